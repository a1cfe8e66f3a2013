import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useLocation } from 'wouter';
import type { AppError } from '../../../shared/contract';
import {
  documentDraftOf,
  documentStatusLabels,
  documentTypeLabels,
  emptyDocumentDraft,
  type DocumentDraft,
} from '../../../shared/evidence/document-schema';
import { formatBytes } from '../../../shared/evidence/attachment-rules';
import { useClient, useRpc } from '../../api/client-context';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { PageHeader } from '../../components/page-header';
import { notify } from '../../components/toasts';
import '../../styles/suppliers.css';
import { DocumentFilesCard } from './document-files-card';
import { DocumentForm } from './document-form';
import { DocumentViewer } from './document-viewer';
import { FilePicker } from './file-picker';
import type { PickedFile } from '../../files/file-transfer';
import { takeHandedOver } from '../../files/pending-files';
import { newDocumentPlace } from './new-document-place';
import { ErrorBanner } from '../../components/error-banner';

interface DocumentPageProps {
  readonly supplierId: string;
  /** null: a new document. */
  readonly documentId: string | null;
  /** For a new document opened from a product (or a gap in the compliance view): the product it covers. */
  readonly productId?: string | undefined;
}

/** One supplier document: the form, its files, and the viewer. */
export function DocumentPage({ supplierId, documentId, productId }: DocumentPageProps) {
  const client = useClient();
  const [, navigate] = useLocation();
  const supplier = useRpc('suppliers.get', { id: supplierId });
  const document = useRpc('documents.get', { id: documentId ?? '' }, { enabled: documentId !== null, staleTime: 0 });
  const smeltsForOthers = supplier.data?.roles.some((r) => r === 'smelter' || r === 'cast-house') ?? false;
  const products = useRpc('products.list', smeltsForOthers ? {} : { supplierId }, { enabled: supplier.isSuccess });
  // Certificates dropped on a product (or a licence line) arrive here with the new document.
  const [pending, setPending] = useState<PickedFile[]>(() =>
    documentId === null ? takeHandedOver(newDocumentPlace(supplierId, productId)) : [],
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [openFileId, setOpenFileId] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const current = documentId !== null ? (document.data ?? null) : null;
  const initial = useMemo<DocumentDraft | null>(
    () =>
      current
        ? documentDraftOf(current)
        : documentId === null
          ? emptyDocumentDraft(supplierId, productId ? [productId] : [])
          : null,
    [current, documentId, supplierId, productId],
  );
  const loadError = supplier.error ?? document.error ?? products.error;
  if (loadError) {
    return (
      <p className="banner banner-error" role="alert">
        {loadError.message} <Link href={`/suppliers/${supplierId}`}>Back to the supplier</Link>
      </p>
    );
  }
  if (!supplier.data || !products.data || !initial) return <p className="muted">Loading…</p>;

  const save = async (draft: DocumentDraft) => {
    setBusy(true);
    setError(null);
    try {
      if (current) {
        await client.call('documents.update', { id: current.id, version: current.version, draft });
        notify({
          tone: 'success',
          title:
            draft.status === 'accepted' && current.status === 'draft'
              ? 'Document accepted as evidence'
              : 'Document saved',
        });
        return;
      }
      const created = await client.call('documents.create', draft);
      const failed: string[] = [];
      for (const file of pending) {
        const result = await client.callSafe('documents.attachFile', {
          documentId: created.id,
          fileName: file.name,
          contentBase64: await file.base64(),
        });
        if (!result.ok) failed.push(result.error.message);
      }
      setPending([]);
      notify(
        failed.length === 0
          ? {
              tone: 'success',
              title: 'Document saved',
              detail: pending.length > 0 ? `${pending.length} file(s) attached.` : undefined,
            }
          : { tone: 'error', title: 'Document saved, but some files were not attached', detail: failed.join(' ') },
      );
      navigate(`/suppliers/${supplierId}/documents/${created.id}`, { replace: true });
    } catch (e) {
      setError((e as AppError).message);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setConfirmDelete(false);
    if (!current) return;
    const result = await client.callSafe('documents.delete', { id: current.id });
    if (!result.ok) {
      notify({ tone: 'error', title: 'Document not deleted', detail: result.error.message });
      return;
    }
    notify({ tone: 'success', title: 'Document deleted' });
    navigate(`/suppliers/${supplierId}`);
  };

  const openFile = current?.files.find((f) => f.id === openFileId) ?? null;

  return (
    <>
      <p className="breadcrumb">
        <Link href="/suppliers">Suppliers & documents</Link> ›{' '}
        <Link href={`/suppliers/${supplierId}`}>{supplier.data.name}</Link> ›
      </p>
      <PageHeader
        title={
          current
            ? `${documentTypeLabels[current.type]}${current.reference ? ` ${current.reference}` : ''}`
            : 'New document'
        }
        subtitle={
          current
            ? `${documentStatusLabels[current.status]} · from ${supplier.data.name}`
            : `From ${supplier.data.name}. Record what the document states, then attach the file.`
        }
        actions={
          current ? (
            <Button className="button button-danger" onPress={() => setConfirmDelete(true)}>
              Delete document
            </Button>
          ) : null
        }
      />
      <div className="document-layout">
        <div>
          <DocumentForm
            key={current ? `${current.id}:${current.version}` : 'new'}
            supplier={supplier.data}
            products={products.data}
            initial={initial}
            isNew={current === null}
            busy={busy}
            onSubmit={(draft) => void save(draft)}
          >
            {current === null ? (
              <fieldset className="form-section">
                <legend className="form-section-title">Files</legend>
                <FilePicker onFiles={(files) => setPending((list) => [...list, ...files])} isDisabled={busy} />
                {pending.length > 0 ? (
                  <ul className="item-list">
                    {pending.map((file, i) => (
                      <li key={`${file.name}-${i}`} className="item">
                        <div className="item-main">
                          <span className="item-title">{file.name}</span>
                          <span className="item-sub">
                            {formatBytes(file.sizeBytes)} · attached when the document is saved
                          </span>
                        </div>
                        <Button
                          className="button button-quiet"
                          onPress={() => setPending((list) => list.filter((_, j) => j !== i))}
                          aria-label={`Do not attach ${file.name}`}
                        >
                          Remove
                        </Button>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </fieldset>
            ) : null}
          </DocumentForm>
          <ErrorBanner message={error} />
        </div>
        {current ? <DocumentFilesCard doc={current} onOpen={setOpenFileId} openFileId={openFileId} /> : null}
      </div>
      {current && openFile ? (
        <DocumentViewer key={openFile.id} documentId={current.id} file={openFile} onClose={() => setOpenFileId(null)} />
      ) : null}
      <ConfirmDialog
        isOpen={confirmDelete}
        title="Delete this document?"
        confirmLabel="Delete document"
        onConfirm={() => void remove()}
        onCancel={() => setConfirmDelete(false)}
      >
        The document is removed from the ledger (its files stay in the store, named by the audit trail). A document
        linked to licence lines is kept as their record.
      </ConfirmDialog>
    </>
  );
}

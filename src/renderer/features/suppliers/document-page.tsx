import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useLocation } from 'wouter';
import {
  documentDraftOf,
  documentStatusLabels,
  documentTypeLabels,
  emptyDocumentDraft,
  type DocumentDraft,
} from '../../../shared/evidence/document-schema';
import { isReadableName } from '../../../shared/evidence/reading/readable-files';
import { useClient, useRpc } from '../../api/client-context';
import { ConfirmDialog, useConfirmation } from '../../components/confirm-dialog';
import { PageHeader } from '../../components/page-header';
import { notify } from '../../components/toasts';
import type { PickedFile } from '../../files/file-transfer';
import { takeHandedOver } from '../../files/pending-files';
import '../../styles/suppliers.css';
import { DocumentEditor } from './document-editor';
import { newDocumentPlace } from './new-document-place';
import { endSentence } from '../../../shared/text/sentence';

/** The person closed the viewer: a draft's first file is not opened again by itself. */
const undefinedFile = '';

interface DocumentPageProps {
  readonly supplierId: string;
  /** null: a new document. */
  readonly documentId: string | null;
  /** For a new document opened from a product (or a gap in the compliance view): the product it covers. */
  readonly productId?: string | undefined;
}

/** One supplier document: the form, its files, the viewer and what the reader proposes. */
export function DocumentPage({ supplierId, documentId, productId }: DocumentPageProps) {
  const client = useClient();
  const [, navigate] = useLocation();
  const supplier = useRpc('suppliers.get', { id: supplierId });
  const document = useRpc('documents.get', { id: documentId ?? '' }, { enabled: documentId !== null, staleTime: 0 });
  const smeltsForOthers = supplier.data?.roles.some((r) => r === 'smelter' || r === 'cast-house') ?? false;
  const products = useRpc('products.list', smeltsForOthers ? {} : { supplierId }, { enabled: supplier.isSuccess });
  // Certificates dropped on a product (or a licence line) arrive here with the new document.
  const [handedOver] = useState<PickedFile[]>(() =>
    documentId === null ? takeHandedOver(newDocumentPlace(supplierId, productId)) : [],
  );
  // Kept here, not in the editor: a save remounts the editor with the new version, the open file stays open.
  const [openFileId, setOpenFileId] = useState<string | null>(null);
  const confirmDelete = useConfirmation();

  const current = documentId !== null ? (document.data ?? null) : null;
  // A draft read from a supplier's pack opens on its file, with what it states proposed beside it.
  const firstReadable =
    current?.status === 'draft' ? (current.files.find((f) => isReadableName(f.fileName))?.id ?? null) : null;
  const shownFileId = openFileId === undefinedFile ? null : (openFileId ?? firstReadable);
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

  const remove = async () => {
    confirmDelete.close();
    if (!current) return;
    const result = await client.callSafe('documents.delete', { id: current.id });
    if (!result.ok) {
      notify({ tone: 'error', title: 'Document not deleted', detail: result.error.message });
      return;
    }
    notify({ tone: 'success', title: 'Document deleted' });
    navigate(`/suppliers/${supplierId}`);
  };

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
            : `${endSentence(`From ${supplier.data.name}`)} Attach the certificate: what it states is proposed beside it, for you to check.`
        }
        actions={
          current ? (
            <Button className="button button-danger" onPress={confirmDelete.ask}>
              Delete document
            </Button>
          ) : null
        }
      />
      <DocumentEditor
        key={current ? `${current.id}:${current.version}` : 'new'}
        supplier={supplier.data}
        products={products.data}
        current={current}
        initial={initial}
        handedOver={handedOver}
        openFileId={shownFileId}
        onOpenFile={(id) => setOpenFileId(id ?? undefinedFile)}
      />
      <ConfirmDialog
        {...confirmDelete.dialog}
        title="Delete this document?"
        confirmLabel="Delete document"
        onConfirm={() => void remove()}
      >
        The document is removed from the ledger (its files stay in the store, named by the audit trail). A document
        linked to licence lines is kept as their record.
      </ConfirmDialog>
    </>
  );
}

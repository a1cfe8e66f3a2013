import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { Link, useLocation } from 'wouter';
import {
  documentDraftSchema,
  type DocumentDraft,
  type SupplierDocument,
} from '../../../shared/evidence/document-schema';
import { formatBytes } from '../../../shared/evidence/attachment-rules';
import { isReadableName } from '../../../shared/evidence/reading/readable-files';
import type { FileReading } from '../../../shared/evidence/reading/reading-schema';
import type { SupplierProduct } from '../../../shared/evidence/product-schema';
import type { Supplier } from '../../../shared/evidence/supplier-schema';
import { useRpc } from '../../api/client-context';
import { useAction } from '../../api/use-action';
import { ErrorBanner } from '../../components/error-banner';
import { notify } from '../../components/toasts';
import type { PickedFile } from '../../files/file-transfer';
import { DocumentFilesCard } from './document-files-card';
import { DocumentForm } from './document-form';
import { DocumentViewer } from './document-viewer';
import { FilePicker } from './file-picker';
import { PendingFileViewer } from './pending-file-viewer';
import { ProposalsPanel } from './proposals-panel';
import { useProposals } from './use-proposals';
import { Card } from '../../components/card';

interface DocumentEditorProps {
  readonly supplier: Supplier;
  readonly products: readonly SupplierProduct[];
  /** null: a new document. */
  readonly current: SupplierDocument | null;
  readonly initial: DocumentDraft;
  /** Files handed over with a new document (dropped on a product or a licence line). */
  readonly handedOver?: readonly PickedFile[];
  /** The attached file open in the viewer (kept by the page across saves). */
  readonly openFileId: string | null;
  readonly onOpenFile: (fileId: string | null) => void;
}

/** A picked file's key for this page's life (two files may share a name and a size). */
const pendingKeys = new WeakMap<PickedFile, string>();
let nextPendingKey = 0;
function pendingKey(file: PickedFile): string {
  let key = pendingKeys.get(file);
  if (key === undefined) {
    nextPendingKey += 1;
    key = `pending-${nextPendingKey}`;
    pendingKeys.set(file, key);
  }
  return key;
}

/** The next document of this supplier awaiting review, after this one (a pack read in one go is reviewed in turn). */
function NextToReview({ supplierId, documentId }: { supplierId: string; documentId: string }) {
  const drafts = useRpc('documents.list', { supplierId, status: 'draft' }, { staleTime: 0 });
  const others = (drafts.data ?? []).filter((d) => d.id !== documentId);
  const index = (drafts.data ?? []).findIndex((d) => d.id === documentId);
  const next = (index >= 0 ? (drafts.data ?? []).slice(index + 1).concat(drafts.data!.slice(0, index)) : others)[0];
  if (!next) return null;
  return (
    <p className="next-review">
      {others.length} more {others.length === 1 ? 'document awaits' : 'documents await'} review.{' '}
      <Link href={`/suppliers/${supplierId}/documents/${next.id}`}>Next document to review →</Link>
    </p>
  );
}

/**
 * One document's form, its files and the viewer, with the reader's proposals beside the open
 * file: a file picked for a new document is read before it is saved; an attached file when it
 * is opened. Accepted proposals fill the form and record where they came from.
 */
export function DocumentEditor({
  supplier,
  products,
  current,
  initial,
  handedOver = [],
  openFileId,
  onOpenFile,
}: DocumentEditorProps) {
  const [, navigate] = useLocation();
  const form = useForm<DocumentDraft>({
    resolver: zodResolver(documentDraftSchema),
    defaultValues: initial,
    mode: 'onTouched',
  });
  const create = useAction('documents.create');
  const update = useAction('documents.update');
  const attach = useAction('documents.attachFile');
  const readUpload = useAction('documents.readUpload');
  const [pending, setPending] = useState<PickedFile[]>(() => [...handedOver]);
  const [shownPending, setShownPending] = useState<string | null>(() => {
    const first = handedOver.find((f) => isReadableName(f.name));
    return first ? pendingKey(first) : null;
  });
  const [uploadReadings, setUploadReadings] = useState<Record<string, FileReading>>({});

  const openFile = current?.files.find((f) => f.id === openFileId) ?? null;
  const stored = useRpc(
    'documents.readProposals',
    { documentId: current?.id ?? '', fileId: openFile?.id ?? '' },
    {
      enabled: openFile !== null && isReadableName(openFile.fileName),
      staleTime: Infinity,
      retry: false,
    },
  );
  const pendingFile = pending.find((f) => pendingKey(f) === shownPending) ?? null;
  const reading = openFile
    ? (stored.data ?? null)
    : pendingFile
      ? (uploadReadings[pendingKey(pendingFile)] ?? null)
      : null;
  const proposals = useProposals(form, reading);

  // A picked file is read once, when it is first shown.
  const requested = useRef(new Set<string>());
  const readFile = readUpload.run;
  useEffect(() => {
    if (!pendingFile || !isReadableName(pendingFile.name)) return;
    const key = pendingKey(pendingFile);
    if (requested.current.has(key)) return;
    requested.current.add(key);
    void (async () => {
      const result = await readFile({ fileName: pendingFile.name, contentBase64: await pendingFile.base64() });
      if (result) setUploadReadings((all) => ({ ...all, [key]: result }));
    })();
  }, [pendingFile, readFile]);

  const addPending = (files: PickedFile[]) => {
    setPending((list) => [...list, ...files]);
    const first = files.find((f) => isReadableName(f.name));
    if (first) setShownPending(pendingKey(first));
  };

  const busy = create.busy || update.busy || attach.busy;
  const save = async (draft: DocumentDraft) => {
    if (current) {
      const saved = await update.run({ id: current.id, version: current.version, draft });
      if (saved)
        notify({
          tone: 'success',
          title:
            draft.status === 'accepted' && current.status === 'draft'
              ? 'Document accepted as evidence'
              : 'Document saved',
        });
      return;
    }
    const created = await create.run(draft);
    if (!created) return;
    const failed: string[] = [];
    for (const file of pending) {
      const added = await attach.run({
        documentId: created.id,
        fileName: file.name,
        contentBase64: await file.base64(),
      });
      if (!added) failed.push(`${file.name} was not attached.`);
    }
    notify(
      failed.length === 0
        ? {
            tone: 'success',
            title: 'Document saved',
            detail: pending.length > 0 ? `${pending.length} file(s) attached.` : undefined,
          }
        : { tone: 'error', title: 'Document saved, but some files were not attached', detail: failed.join(' ') },
    );
    setPending([]);
    navigate(`/suppliers/${supplier.id}/documents/${created.id}`, { replace: true });
  };

  const showingReader = (openFile !== null && isReadableName(openFile.fileName)) || pendingFile !== null;
  const readingError = openFile ? (stored.error?.message ?? null) : (readUpload.error?.message ?? null);
  const readingBusy = openFile ? stored.isLoading : readUpload.busy;
  // One panel of proposals, beside a stored file or beside a file not yet saved.
  const proposalsPanel = (
    <ProposalsPanel
      reading={reading}
      loading={readingBusy}
      error={readingError}
      decisions={proposals.decisions}
      onAccept={proposals.accept}
      onReject={proposals.reject}
      onUndo={proposals.undo}
      focused={proposals.focused}
      onFocus={proposals.setFocused}
    />
  );

  return (
    <>
      {current?.status === 'draft' ? <NextToReview supplierId={supplier.id} documentId={current.id} /> : null}
      {current === null ? (
        <Card titleId="new-files-title" title="Certificate or declaration">
          <p className="muted small form-hint">
            A PDF or a scan is read as soon as it is picked: what it states is proposed beside it, for you to accept,
            correct or reject.
          </p>
          <FilePicker onFiles={addPending} isDisabled={busy} />
          {pending.length > 0 ? (
            <ul className="item-list">
              {pending.map((file, i) => (
                <li key={`${file.name}-${i}`} className={`item ${shownPending === pendingKey(file) ? 'is-open' : ''}`}>
                  <div className="item-main">
                    <span className="item-title">{file.name}</span>
                    <span className="item-sub">
                      {formatBytes(file.sizeBytes)} · attached when the document is saved
                    </span>
                  </div>
                  <div className="item-actions">
                    {isReadableName(file.name) ? (
                      <Button
                        className="button button-secondary"
                        onPress={() => setShownPending(pendingKey(file))}
                        aria-label={`Open ${file.name}`}
                      >
                        Open
                      </Button>
                    ) : null}
                    <Button
                      className="button button-quiet"
                      onPress={() => {
                        setPending((list) => list.filter((_, j) => j !== i));
                        if (shownPending === pendingKey(file)) setShownPending(null);
                      }}
                      aria-label={`Do not attach ${file.name}`}
                    >
                      Remove
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          ) : null}
        </Card>
      ) : null}
      {current && openFile ? (
        <div className={showingReader ? 'reading-layout' : undefined}>
          <DocumentViewer
            key={openFile.id}
            documentId={current.id}
            file={openFile}
            onClose={() => onOpenFile(null)}
            highlights={proposals.highlights}
          />
          {showingReader ? proposalsPanel : null}
        </div>
      ) : null}
      {current === null && pendingFile ? (
        <div className="reading-layout">
          <PendingFileViewer
            key={pendingKey(pendingFile)}
            file={pendingFile}
            highlights={proposals.highlights}
            onClose={() => setShownPending(null)}
          />
          {proposalsPanel}
        </div>
      ) : null}
      <div className="document-layout">
        <div>
          <DocumentForm
            supplier={supplier}
            products={products}
            form={form}
            isNew={current === null}
            busy={busy}
            onSubmit={(draft) => void save(draft)}
          ></DocumentForm>
          <ErrorBanner message={create.error?.message ?? update.error?.message ?? attach.error?.message} />
        </div>
        {current ? (
          <DocumentFilesCard doc={current} onOpen={onOpenFile} openFileId={openFileId} onAttached={onOpenFile} />
        ) : null}
      </div>
    </>
  );
}

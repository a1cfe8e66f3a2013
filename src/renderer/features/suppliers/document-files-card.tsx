import { useState } from 'react';
import { Button } from 'react-aria-components';
import { displayDate, localIsoDate } from '../../../shared/dates/iso-date';
import { formatBytes } from '../../../shared/evidence/attachment-rules';
import { isReadableName } from '../../../shared/evidence/reading/readable-files';
import type { SupplierDocument } from '../../../shared/evidence/document-schema';
import { mustStillKeep, recordKeepingRule } from '../../../shared/records/keep-until';
import { useClient } from '../../api/client-context';
import { toAppError, useAction } from '../../api/use-action';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorBanner } from '../../components/error-banner';
import { notify } from '../../components/toasts';
import { FilePicker } from './file-picker';
import type { PickedFile } from '../../files/file-transfer';
import { useCommandHandler } from '../../app/commands/command-handlers';
import { useFiles } from '../../files/files-context';
import { Card } from '../../components/card';

/** The files attached to a saved document: open one in the viewer, attach more, or remove one. */
export function DocumentFilesCard({
  doc,
  onOpen,
  openFileId,
  onAttached,
}: {
  doc: SupplierDocument;
  onOpen: (fileId: string) => void;
  openFileId: string | null;
  /** A PDF or scan just attached: opened at once, so what it states is proposed. */
  onAttached?: (fileId: string) => void;
}) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const transfer = useFiles();
  const removal = useAction('documents.detachFile');
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);
  const young = mustStillKeep(doc.keepUntil, localIsoDate(new Date()));

  const attach = async (files: PickedFile[]) => {
    setBusy(true);
    // One notice per file: a refused file does not stop the others.
    let opened = false;
    for (const file of files) {
      let contentBase64: string;
      try {
        contentBase64 = await file.base64();
      } catch (e) {
        notify({ tone: 'error', title: `${file.name} was not attached`, detail: toAppError(e).message });
        continue;
      }
      const result = await client.callSafe('documents.attachFile', {
        documentId: doc.id,
        fileName: file.name,
        contentBase64,
      });
      if (!result.ok) {
        notify({ tone: 'error', title: `${file.name} was not attached`, detail: result.error.message });
        continue;
      }
      notify({ tone: 'success', title: `${file.name} attached` });
      if (!opened && isReadableName(file.name)) {
        opened = true;
        onAttached?.(result.value.id);
      }
    }
    setBusy(false);
  };

  // File › Attach supplier document… while this document is open: the system dialog, then attach.
  useCommandHandler(
    'file.attachDocument',
    transfer.native
      ? async () => {
          const picked = await transfer.choose('supplier-document', true);
          for (const refusal of picked.refused) notify({ tone: 'error', title: 'Not taken', detail: refusal.reason });
          if (picked.files.length > 0) await attach(picked.files);
        }
      : null,
  );

  const detach = async () => {
    const file = removing;
    setRemoving(null);
    if (!file) return;
    // The dialog named the record-keeping rule when it applies, so the person has confirmed it.
    const done = await removal.run({ documentId: doc.id, fileId: file.id, confirmRecordKeeping: young });
    if (done) notify({ tone: 'success', title: `${file.name} removed from the document` });
  };

  return (
    <Card titleId="files-title" title="Files">
      <p className="muted small" data-testid="document-keep-until">
        <strong>Keep until</strong>{' '}
        {doc.keepUntil
          ? `${displayDate(doc.keepUntil)}: five years from the latest date of entry of the licences it is evidence on (${recordKeepingRule})`
          : 'not yet a customs record: no licence line is linked to it'}
      </p>
      {doc.files.length === 0 ? (
        <p className="empty-state">No file attached yet. Attach the certificate or declaration as you received it.</p>
      ) : null}
      <ul className="item-list">
        {doc.files.map((file) => (
          <li
            key={file.id}
            className={`item ${openFileId === file.id ? 'is-open' : ''}`}
            data-testid={`file-${file.fileName}`}
          >
            <div className="item-main">
              <span className="item-title">{file.fileName}</span>
              <span className="item-sub">
                {formatBytes(file.sizeBytes)} · SHA-256 <code title={file.sha256}>{file.sha256.slice(0, 12)}…</code>
              </span>
            </div>
            <div className="item-actions">
              <Button
                className="button button-secondary"
                onPress={() => onOpen(file.id)}
                aria-label={`Open ${file.fileName}`}
              >
                Open
              </Button>
              <Button
                className="button button-quiet"
                onPress={() => setRemoving({ id: file.id, name: file.fileName })}
                aria-label={`Remove ${file.fileName}`}
              >
                Remove
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <ErrorBanner message={removal.error?.message} />
      <ConfirmDialog
        isOpen={removing !== null}
        title={`Remove ${removing?.name ?? 'this file'}?`}
        confirmLabel="Remove file"
        onConfirm={() => void detach()}
        onCancel={() => setRemoving(null)}
      >
        <p>The file is taken off this document; the audit trail keeps its name and SHA-256.</p>
        {young && doc.keepUntil ? (
          <p className="banner banner-warning">
            Record keeping: this document is evidence on a licence, and records of an entry are kept for five years from
            the date of entry ({recordKeepingRule}), here until {displayDate(doc.keepUntil)}.
          </p>
        ) : null}
      </ConfirmDialog>
      <FilePicker onFiles={(files) => void attach(files)} isDisabled={busy} />
      {busy ? <p className="muted small">Attaching…</p> : null}
    </Card>
  );
}

import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { AppError } from '../../../shared/contract';
import { formatBytes } from '../../../shared/evidence/attachment-rules';
import { isReadableName } from '../../../shared/evidence/reading/readable-files';
import type { SupplierDocument } from '../../../shared/evidence/document-schema';
import { useClient } from '../../api/client-context';
import { notify } from '../../components/toasts';
import { FilePicker } from './file-picker';
import { fileToBase64 } from '../../files/file-transfer';

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

  const attach = async (files: File[]) => {
    setBusy(true);
    let opened = false;
    for (const file of files) {
      try {
        const added = await client.call('documents.attachFile', {
          documentId: doc.id,
          fileName: file.name,
          contentBase64: await fileToBase64(file),
        });
        notify({ tone: 'success', title: `${file.name} attached` });
        if (!opened && isReadableName(file.name)) {
          opened = true;
          onAttached?.(added.id);
        }
      } catch (e) {
        notify({ tone: 'error', title: `${file.name} was not attached`, detail: (e as AppError).message });
      }
    }
    setBusy(false);
  };

  const detach = async (fileId: string, name: string) => {
    const result = await client.callSafe('documents.detachFile', { documentId: doc.id, fileId });
    notify(
      result.ok
        ? { tone: 'success', title: `${name} removed from the document` }
        : { tone: 'error', title: `${name} was not removed`, detail: result.error.message },
    );
  };

  return (
    <section className="card" aria-labelledby="files-title">
      <h2 id="files-title" className="card-title">
        Files
      </h2>
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
                onPress={() => void detach(file.id, file.fileName)}
                aria-label={`Remove ${file.fileName}`}
              >
                Remove
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <FilePicker onFiles={(files) => void attach(files)} isDisabled={busy} />
      {busy ? <p className="muted small">Attaching…</p> : null}
    </section>
  );
}

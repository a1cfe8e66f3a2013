import { useEffect, useMemo, useRef, useState } from 'react';
import { Button } from 'react-aria-components';

import { useRpc } from '#renderer/api/client-context';
import { ErrorBanner } from '#renderer/components/error-banner';
import { base64ToBytes } from '#renderer/files/file-transfer';
import { useSaveFile } from '#renderer/files/files-context';
import { formatBytes } from '#shared/suppliers/attachment-rules';
import type { DocumentFile } from '#shared/suppliers/document-schema';

import { FileView } from './file-view';
import type { PageHighlight } from './page-highlights';

/**
 * Shows one attached file inside the app. The core re-hashes it on every open: if the bytes no
 * longer match the SHA-256 recorded when it was attached, that is said first, in red, with both
 * hashes, and the content is still shown so the person can judge what changed.
 */
export function DocumentViewer({
  documentId,
  file,
  onClose,
  highlights = [],
}: {
  documentId: string;
  file: DocumentFile;
  onClose: () => void;
  /** The words proposals were read from, marked on the pages. */
  highlights?: readonly PageHighlight[];
}) {
  const opened = useRpc('documents.readFile', { documentId, fileId: file.id }, { staleTime: 0, gcTime: 0 });
  const bytes = useMemo(
    () => (opened.data?.contentBase64 ? base64ToBytes(opened.data.contentBase64) : null),
    [opened.data],
  );
  const [exportWarning, setExportWarning] = useState(false);
  const saveFile = useSaveFile();
  // The viewer opens below the document's form: bring it into view and move the focus to it, so
  // "Open" visibly does something (and a keyboard user is where the file is).
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    section.current?.scrollIntoView({ block: 'start' });
    // After the press that opened it has finished (it keeps the focus on its button until then).
    const timer = setTimeout(() => section.current?.focus({ preventScroll: true }), 0);
    return () => clearTimeout(timer);
  }, [file.id]);

  return (
    <section className="card viewer" aria-labelledby="viewer-title" ref={section} tabIndex={-1}>
      <div className="card-head">
        <h2 id="viewer-title" className="card-title">
          {file.fileName} <span className="muted small">({formatBytes(file.sizeBytes)})</span>
        </h2>
        <div className="page-actions">
          <Button
            className="button button-secondary"
            isDisabled={!opened.data?.contentBase64}
            onPress={() => {
              if (!opened.data) return;
              if (!opened.data.intact) setExportWarning(true);
              void saveFile('document-copy', {
                fileName: file.fileName,
                mediaType: file.mediaType,
                content: { base64: opened.data.contentBase64 },
              });
            }}
          >
            Export
          </Button>
          <Button className="button button-quiet" onPress={onClose}>
            Close viewer
          </Button>
        </div>
      </div>
      <ErrorBanner message={opened.error?.message} />
      {opened.data ? (
        opened.data.intact ? (
          <p className="integrity integrity-ok" data-testid="file-integrity">
            Verified: the content matches SHA-256 <code>{opened.data.sha256.slice(0, 16)}…</code> recorded when it was
            attached.
          </p>
        ) : (
          <div className="banner banner-error" role="alert" data-testid="file-integrity">
            <strong>
              {opened.data.actualSha256
                ? 'This file has changed since it was attached.'
                : 'This file is missing from the app’s file store.'}
            </strong>
            <br />
            Recorded SHA-256: <code>{opened.data.sha256}</code>
            <br />
            {opened.data.actualSha256 ? (
              <>
                Stored content now hashes to: <code>{opened.data.actualSha256}</code>. It was damaged or altered outside
                the app: do not rely on it; ask the supplier for the document again.
              </>
            ) : (
              'Restore the data folder from a backup, or ask the supplier for the document again.'
            )}
          </div>
        )
      ) : null}
      {exportWarning ? (
        <p className="banner banner-error" role="status">
          Exported as it is now, which is not what was attached (see above).
        </p>
      ) : null}
      {opened.isLoading ? <p className="muted">Opening…</p> : null}
      {bytes ? (
        <FileView bytes={bytes} fileName={file.fileName} mediaType={file.mediaType} highlights={highlights} />
      ) : null}
    </section>
  );
}

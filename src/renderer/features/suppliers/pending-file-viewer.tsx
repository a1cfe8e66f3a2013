import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';

import { base64ToBytes, type PickedFile } from '#renderer/files/file-transfer';
import { attachmentKindInfo, extensionOf, formatBytes, kindForExtension } from '#shared/suppliers/attachment-rules';

import { FileView } from './file-view';
import type { PageHighlight } from './page-highlights';

/** A file picked for a new document, shown before it is attached (it is attached when the document is saved). */
export function PendingFileViewer({
  file,
  highlights,
  onClose,
}: {
  file: PickedFile;
  highlights: readonly PageHighlight[];
  onClose: () => void;
}) {
  const [bytes, setBytes] = useState<Uint8Array<ArrayBuffer> | null>(null);
  useEffect(() => {
    let cancelled = false;
    void file.base64().then((base64) => {
      if (!cancelled) setBytes(base64ToBytes(base64));
    });
    return () => {
      cancelled = true;
    };
  }, [file]);
  // A picked file is judged by its name, as the core does: the viewer shows it by that kind.
  const kind = kindForExtension(extensionOf(file.name));
  const mediaType = kind ? attachmentKindInfo[kind].mediaType : 'application/octet-stream';
  return (
    <section className="card viewer" aria-labelledby="viewer-title">
      <div className="card-head">
        <h2 id="viewer-title" className="card-title">
          {file.name} <span className="muted small">({formatBytes(file.sizeBytes)}, not attached yet)</span>
        </h2>
        <Button className="button button-quiet" onPress={onClose}>
          Close viewer
        </Button>
      </div>
      {bytes ? (
        <FileView bytes={bytes} fileName={file.name} mediaType={mediaType} highlights={highlights} />
      ) : (
        <p className="muted">Opening…</p>
      )}
    </section>
  );
}

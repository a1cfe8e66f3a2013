import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { formatBytes } from '../../../shared/evidence/attachment-rules';
import { FileView } from './file-view';
import type { PageHighlight } from './page-highlights';

/** A file picked for a new document, shown before it is attached (it is attached when the document is saved). */
export function PendingFileViewer({
  file,
  highlights,
  onClose,
}: {
  file: File;
  highlights: readonly PageHighlight[];
  onClose: () => void;
}) {
  const [bytes, setBytes] = useState<Uint8Array<ArrayBuffer> | null>(null);
  useEffect(() => {
    let cancelled = false;
    void file.arrayBuffer().then((buffer) => {
      if (!cancelled) setBytes(new Uint8Array(buffer));
    });
    return () => {
      cancelled = true;
    };
  }, [file]);
  return (
    <section className="card viewer" aria-labelledby="viewer-title">
      <div className="card-head">
        <h2 id="viewer-title" className="card-title">
          {file.name} <span className="muted small">({formatBytes(file.size)}, not attached yet)</span>
        </h2>
        <Button className="button button-quiet" onPress={onClose}>
          Close viewer
        </Button>
      </div>
      {bytes ? (
        <FileView bytes={bytes} fileName={file.name} mediaType={file.type} highlights={highlights} />
      ) : (
        <p className="muted">Opening…</p>
      )}
    </section>
  );
}

import { FileChooser } from '#renderer/files/file-chooser';
import type { PickedFile } from '#renderer/files/file-transfer';
import { useFileDrop } from '#renderer/files/use-file-drop';
import { allowedExtensionsText, formatBytes, maxAttachmentBytes } from '#shared/suppliers/attachment-rules';

/** Drop certificates here or choose them: PDFs, images and spreadsheets, checked before anything is sent. */
export function FilePicker({ onFiles, isDisabled }: { onFiles: (files: PickedFile[]) => void; isDisabled?: boolean }) {
  const drop = useFileDrop('supplier-document', (picked) => onFiles(picked.files), { disabled: isDisabled ?? false });
  return (
    <div className="file-picker">
      <div
        className="drop-zone"
        aria-label="Drop files to attach"
        role="group"
        data-drop-target={drop.over ? '' : undefined}
        {...drop.props}
      >
        <span className="drop-zone-text">Drop files here, or</span>
        <FileChooser
          kind="supplier-document"
          multiple
          label="Choose files…"
          isDisabled={isDisabled ?? false}
          onPicked={(picked) => onFiles(picked.files)}
        />
        <span className="muted small">
          {allowedExtensionsText}; at most {formatBytes(maxAttachmentBytes)} each
        </span>
      </div>
    </div>
  );
}

import { useState } from 'react';
import { Button, DropZone, FileTrigger, Text, type DropItem } from 'react-aria-components';
import {
  allowedExtensions,
  allowedExtensionsText,
  attachmentNameProblem,
  formatBytes,
  maxAttachmentBytes,
} from '../../../shared/evidence/attachment-rules';

/** The reason a picked file will be refused, said before it is sent (the core checks again, by content). */
export function fileProblem(file: File): string | null {
  const nameProblem = attachmentNameProblem(file.name);
  if (nameProblem) return nameProblem;
  if (file.size > maxAttachmentBytes)
    return `"${file.name}" is ${formatBytes(file.size)}; attached files can be at most ${formatBytes(maxAttachmentBytes)}.`;
  if (file.size === 0) return `"${file.name}" is empty (0 bytes).`;
  return null;
}

const isFile = (item: DropItem): item is Extract<DropItem, { kind: 'file' }> => item.kind === 'file';

/** Drop files here or pick them: PDFs, images and spreadsheets, checked before anything is sent. */
export function FilePicker({ onFiles, isDisabled }: { onFiles: (files: File[]) => void; isDisabled?: boolean }) {
  const [problem, setProblem] = useState<string | null>(null);
  const accept = (files: File[]) => {
    const refused = files.map(fileProblem).filter((p): p is string => p !== null);
    setProblem(refused.length > 0 ? refused.join(' ') : null);
    const good = files.filter((f) => fileProblem(f) === null);
    if (good.length > 0) onFiles(good);
  };
  return (
    <div className="file-picker">
      <DropZone
        className="drop-zone"
        isDisabled={isDisabled ?? false}
        aria-label="Drop files to attach"
        onDrop={async (event) => accept(await Promise.all(event.items.filter(isFile).map((item) => item.getFile())))}
      >
        <Text slot="label" className="drop-zone-text">
          Drop files here, or
        </Text>
        <FileTrigger
          allowsMultiple
          acceptedFileTypes={allowedExtensions.map((e) => `.${e}`)}
          onSelect={(list) => accept(list ? [...list] : [])}
        >
          <Button className="button button-secondary" isDisabled={isDisabled ?? false}>
            Choose files…
          </Button>
        </FileTrigger>
        <span className="muted small">
          {allowedExtensionsText}; at most {formatBytes(maxAttachmentBytes)} each
        </span>
      </DropZone>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

import { type DragEvent, useRef, useState } from 'react';

import { toAppError } from '#renderer/api/use-action';
import { notify } from '#renderer/components/toasts';
import type { OpenKind } from '#shared/files/file-kinds';

import type { Picked } from './file-transfer';
import { useFiles } from './files-context';

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer.types).includes('Files');

/**
 * Makes an element a place to drop files (or, for a backup, a folder) of one kind. The File
 * objects of the drop go to the file transfer as they are: the desktop app needs them to find
 * their paths, the browser reads them. Refused ones are said at once; `onPicked` gets the rest.
 */
export function useFileDrop(kind: OpenKind, onPicked: (picked: Picked) => void, options: { disabled?: boolean } = {}) {
  const transfer = useFiles();
  const [over, setOver] = useState(false);
  const depth = useRef(0);
  const disabled = options.disabled ?? false;

  const props = {
    onDragEnter: (event: DragEvent) => {
      if (disabled || !carriesFiles(event)) return;
      event.preventDefault();
      depth.current += 1;
      setOver(true);
    },
    onDragOver: (event: DragEvent) => {
      if (disabled || !carriesFiles(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    },
    onDragLeave: () => {
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setOver(false);
    },
    onDrop: (event: DragEvent) => {
      if (disabled || !carriesFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      depth.current = 0;
      setOver(false);
      const files = Array.from(event.dataTransfer.files);
      if (files.length === 0) return;
      void transfer.fromFiles(kind, files).then(
        (picked) => {
          for (const refusal of picked.refused) notify({ tone: 'error', title: 'Not taken', detail: refusal.reason });
          if (picked.files.length > 0) onPicked(picked);
        },
        (error: unknown) =>
          notify({ tone: 'error', title: 'The dropped files could not be used', detail: toAppError(error).message }),
      );
    },
  };
  return { props, over };
}

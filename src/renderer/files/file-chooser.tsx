import { Button, FileTrigger } from 'react-aria-components';

import { toAppError } from '#renderer/api/use-action';
import { notify } from '#renderer/components/toasts';
import { type OpenKind, type OpenKindInfo, openKinds } from '#shared/files/file-kinds';

import type { Picked } from './file-transfer';
import { useFiles } from './files-context';

interface FileChooserProps {
  readonly kind: OpenKind;
  readonly label: string;
  readonly onPicked: (picked: Picked) => void;
  readonly multiple?: boolean;
  readonly isDisabled?: boolean;
  readonly className?: string;
}

/**
 * A button that asks for files of one kind: the system's open dialog in the desktop app (starting
 * in the folder last used for this kind), the browser's file input in the browser version.
 */
export function FileChooser({ kind, label, onPicked, multiple = false, isDisabled, className }: FileChooserProps) {
  const transfer = useFiles();
  const info: OpenKindInfo = openKinds[kind];
  const deliver = (picked: Picked) => {
    for (const refusal of picked.refused) notify({ tone: 'error', title: 'Not taken', detail: refusal.reason });
    if (picked.files.length > 0) onPicked(picked);
  };
  const failed = (error: unknown) =>
    notify({ tone: 'error', title: 'The file could not be opened', detail: toAppError(error).message });
  const button = (
    <Button
      className={className ?? 'button button-secondary'}
      isDisabled={isDisabled ?? false}
      onPress={transfer.native ? () => void transfer.choose(kind, multiple).then(deliver, failed) : undefined}
    >
      {label}
    </Button>
  );
  if (transfer.native) return button;
  return (
    <FileTrigger
      allowsMultiple={multiple}
      acceptedFileTypes={info.filters.flatMap((f) => f.extensions.map((e) => `.${e}`))}
      onSelect={(list) => void transfer.fromFiles(kind, list ? [...list] : []).then(deliver, failed)}
    >
      {button}
    </FileTrigger>
  );
}

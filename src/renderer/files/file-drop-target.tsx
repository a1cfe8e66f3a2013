import type { HTMLAttributes, ReactNode } from 'react';

import type { OpenKind } from '#shared/files/file-kinds';

import type { Picked } from './file-transfer';
import { useFileDrop } from './use-file-drop';

interface FileDropTargetProps extends Omit<HTMLAttributes<HTMLElement>, 'onDrop'> {
  readonly kind: OpenKind;
  readonly onPicked: (picked: Picked) => void;
  readonly as?: 'div' | 'li' | 'section';
  readonly disabled?: boolean;
  /** Said while files are held over it, e.g. "Drop to attach to Sheet 3003". */
  readonly hint: string;
  readonly children: ReactNode;
}

/**
 * An element files of one kind can be dropped on (a product, a licence line, the register, the
 * backups page). Dropping is a shortcut: each place also has a button that does the same.
 */
export function FileDropTarget({
  kind,
  onPicked,
  as = 'div',
  disabled,
  hint,
  children,
  className,
  ...rest
}: FileDropTargetProps) {
  const drop = useFileDrop(kind, onPicked, { disabled: disabled ?? false });
  const Tag = as;
  return (
    <Tag
      {...rest}
      className={`file-drop-target ${className ?? ''}`}
      data-drop-target={drop.over ? '' : undefined}
      data-drop-hint={hint}
      {...drop.props}
    >
      {children}
    </Tag>
  );
}

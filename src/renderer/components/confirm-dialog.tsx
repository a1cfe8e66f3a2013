import { useState } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

/** Whether a yes/no question is open: `ask` opens it, `close` shuts it, `dialog` goes to `<ConfirmDialog {...dialog}>`. */
export function useConfirmation() {
  const [isOpen, setOpen] = useState(false);
  const close = () => setOpen(false);
  return { isOpen, ask: () => setOpen(true), close, dialog: { isOpen, onCancel: close } };
}

/** Asks before an action that cannot be undone; the safe choice has the focus. */
export function ConfirmDialog({
  isOpen,
  title,
  children,
  confirmLabel,
  tone = 'danger',
  onConfirm,
  onCancel,
}: {
  isOpen: boolean;
  title: string;
  children: React.ReactNode;
  confirmLabel: string;
  tone?: 'danger' | 'primary';
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onCancel()} isDismissable>
      <Modal className="modal">
        <Dialog className="dialog" role="alertdialog">
          <Heading slot="title" className="dialog-title">
            {title}
          </Heading>
          <div className="dialog-body">{children}</div>
          <div className="dialog-actions">
            <Button className="button button-secondary" onPress={onCancel} autoFocus>
              Keep it
            </Button>
            <Button className={`button button-${tone}`} onPress={onConfirm}>
              {confirmLabel}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

import { acceleratorFor, appCommands, type CommandMenu, shortcutsSheetKey } from '#shared/commands/app-commands';
import { displayAccelerator } from '#shared/commands/shortcut-keys';

import { keyPlatform } from './key-platform';

const groups: { menu: CommandMenu; title: string }[] = [
  { menu: 'file', title: 'Licences and files' },
  { menu: 'go', title: 'Go to' },
  { menu: 'help', title: 'Help' },
];

/**
 * Every shortcut of this version of the app, as the person's keyboard writes it. Built from the
 * same command list as the desktop menu, so the two never disagree.
 */
export function ShortcutsSheet({
  host,
  isOpen,
  onClose,
}: {
  host: 'electron' | 'web';
  isOpen: boolean;
  onClose: () => void;
}) {
  const platform = keyPlatform();
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className="modal shortcuts-modal">
        <Dialog className="dialog" aria-labelledby="shortcuts-title">
          <Heading id="shortcuts-title" slot="title" className="dialog-title">
            Keyboard shortcuts
          </Heading>
          <div className="shortcuts-groups">
            {groups.map((group) => {
              const rows = appCommands
                .filter((c) => c.menu === group.menu && (host === 'electron' || c.runsIn === 'window'))
                .map((c) => ({ command: c, keys: acceleratorFor(c, host) }))
                .filter((r) => r.keys !== null || r.command.id === 'help.shortcuts');
              return (
                <section key={group.menu} aria-labelledby={`shortcuts-${group.menu}`}>
                  <h3 id={`shortcuts-${group.menu}`} className="shortcuts-group-title">
                    {group.title}
                  </h3>
                  <dl className="shortcuts-list">
                    {rows.map(({ command, keys }) => (
                      <div key={command.id} className="shortcut-row" data-testid={`shortcut-${command.id}`}>
                        <dt>{command.description}</dt>
                        <dd>
                          {keys ? <kbd>{displayAccelerator(keys, platform)}</kbd> : null}
                          {command.id === 'help.shortcuts' ? (
                            <>
                              {keys ? ' or ' : null}
                              <kbd>{shortcutsSheetKey}</kbd>
                            </>
                          ) : null}
                        </dd>
                      </div>
                    ))}
                  </dl>
                </section>
              );
            })}
          </div>
          <p className="muted small">
            {host === 'electron'
              ? 'The same commands are in the menu bar.'
              : 'In the browser version, Alt+N starts a new licence: the browser keeps Ctrl+N for a new window. PDFs are saved from the print dialog.'}{' '}
            Shortcuts without Ctrl or Cmd do nothing while you type in a field.
          </p>
          <div className="dialog-actions">
            <Button className="button button-primary" onPress={onClose} autoFocus>
              Close
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

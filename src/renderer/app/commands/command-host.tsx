import { useEffect, useEffectEvent, useState } from 'react';
import { useLocation } from 'wouter';

import { useClient } from '#renderer/api/client-context';
import { toAppError } from '#renderer/api/use-action';
import { notify } from '#renderer/components/toasts';
import { importPlace } from '#renderer/features/licences/import-page';
import { useFiles } from '#renderer/files/files-context';
import { handOver } from '#renderer/files/pending-files';
import {
  acceleratorFor,
  appCommands,
  commandById,
  type CommandId,
  shortcutsSheetKey,
} from '#shared/commands/app-commands';
import { isPlainTyping, matchesAccelerator } from '#shared/commands/shortcut-keys';

import { screenHandler } from './command-handlers';
import { keyPlatform } from './key-platform';
import { ShortcutsSheet } from './shortcuts-sheet';

const typingInto = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.role === 'combobox');

/**
 * Runs the app's commands, whichever way they come: the desktop menu (an `app.command` push),
 * a shortcut pressed in the browser version, a clicked notification (`app.navigate`). The
 * desktop app's shortcuts are its menu's accelerators, so here they are bound only in the browser.
 */
export function CommandHost() {
  const client = useClient();
  const files = useFiles();
  const [, navigate] = useLocation();
  const [sheetOpen, setSheetOpen] = useState(false);

  const defaults: Partial<Record<CommandId, () => void | Promise<void>>> = {
    'help.shortcuts': () => setSheetOpen(true),
    'file.importLicences': async () => {
      if (!files.native) return navigate('/licences/import');
      const picked = await files.choose('licence-import');
      for (const refusal of picked.refused) notify({ tone: 'error', title: 'Not taken', detail: refusal.reason });
      if (picked.files.length === 0) return;
      handOver(importPlace, picked.files);
      navigate('/licences/import');
    },
    'file.attachDocument': () => {
      navigate('/suppliers');
      notify({
        tone: 'info',
        title: 'Which supplier is the document from?',
        detail:
          'Open the supplier (or one of its documents) and choose Attach supplier document again, or drop the file on one of its products.',
      });
    },
    'file.export': () => {
      navigate('/licences');
      notify({
        tone: 'info',
        title: 'Export from the register',
        detail: 'Search, filter or select the licences to export, then choose Export… again.',
      });
    },
    'file.print': () => {
      navigate('/licences');
      notify({
        tone: 'info',
        title: 'What should be printed?',
        detail:
          'Open a licence, or select licences in the register, then print; Reports prints a range of import dates.',
      });
    },
    // Without a passphrase there is nothing to lock: say how to get one (the sidebar's Lock now
    // registers the real handler while a protected folder is open).
    'file.lock': () => {
      navigate('/settings');
      notify({
        tone: 'info',
        title: 'This data folder has no passphrase',
        detail:
          'Protect it with a passphrase in Settings; Lock now then closes the data until the passphrase is given.',
      });
    },
    'file.savePdf': () => {
      navigate('/licences');
      notify({
        tone: 'info',
        title: 'What should be saved as PDF?',
        detail: 'Open a licence, or select licences in the register, then choose Save as PDF again.',
      });
    },
  };

  const run = useEffectEvent((id: CommandId) => {
    const handler = screenHandler(id);
    const command = commandById(id);
    const action = handler ?? defaults[id] ?? (command.route ? () => navigate(command.route!) : undefined);
    if (!action) return;
    void Promise.resolve()
      .then(action)
      .catch((error: unknown) => notify({ tone: 'error', title: command.label, detail: toAppError(error).message }));
  });
  const open = useEffectEvent((route: string) => navigate(route));

  useEffect(() => {
    const stops = [
      client.on('app.command', ({ id }) => run(id)),
      client.on('app.navigate', ({ route }) => open(route)),
    ];
    return () => stops.forEach((stop) => stop());
  }, [client]);

  useEffect(() => {
    const platform = keyPlatform();
    const bound = appCommands
      .filter((c) => c.runsIn === 'window')
      .map((c) => ({ id: c.id, keys: client.host === 'web' ? acceleratorFor(c, 'web') : null }))
      .filter((b): b is { id: CommandId; keys: string } => b.keys !== null);
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      if (event.key === shortcutsSheetKey && isPlainTyping(event) && !typingInto(event.target)) {
        event.preventDefault();
        run('help.shortcuts');
        return;
      }
      const hit = bound.find((b) => matchesAccelerator(b.keys, event, platform));
      if (!hit) return;
      event.preventDefault();
      run(hit.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [client.host]);

  return <ShortcutsSheet host={client.host} isOpen={sheetOpen} onClose={() => setSheetOpen(false)} />;
}

import { z } from 'zod';

/*
 * The one list of the app's commands: the desktop app builds its menu bar from it, the renderer
 * binds the same shortcuts (in the browser, where the browser lets a page have them) and shows
 * them on the shortcuts sheet. Accelerators use Electron's syntax; `CmdOrCtrl` is Cmd on macOS
 * and Ctrl elsewhere.
 */

export const commandIds = [
  'file.newLicence',
  'file.importLicences',
  'file.attachDocument',
  'file.export',
  'file.print',
  'file.savePdf',
  'file.lock',
  'go.dashboard',
  'go.licences',
  'go.needLicence',
  'go.suppliers',
  'go.sync',
  'go.reports',
  'go.backups',
  'go.audit',
  'go.settings',
  'help.shortcuts',
  'help.about',
  'help.dataFolder',
  'help.logFolder',
] as const;
export const commandIdSchema = z.enum(commandIds);
export type CommandId = (typeof commandIds)[number];

export type CommandMenu = 'file' | 'go' | 'help';

export interface AppCommand {
  readonly id: CommandId;
  readonly menu: CommandMenu;
  /** As the menu shows it: an ellipsis when more is asked before anything happens. */
  readonly label: string;
  /** What it does, for the shortcuts sheet. */
  readonly description: string;
  /** The desktop app's accelerator (Electron syntax), if it has one. */
  readonly accelerator?: string;
  /**
   * The browser version's accelerator where the browser keeps the desktop one for itself
   * (Ctrl+N opens a browser window and cannot be taken by a page); `null`: none in the browser.
   */
  readonly browserAccelerator?: string | null;
  /** The screen it opens, for commands that are a place. */
  readonly route?: string;
  /** `app`: the desktop app's main process does it (an OS dialog, a folder); `window`: the page does. */
  readonly runsIn: 'window' | 'app';
  /** Starts a group in its menu (a separator above it). */
  readonly groupStart?: boolean;
}

/** The sections of the app, in the order of the sidebar; Ctrl/Cmd+1…8 in that order, Settings Ctrl/Cmd+,. */
export const sections = [
  { id: 'go.dashboard', route: '/', label: 'Dashboard', match: (path: string) => path === '/' },
  { id: 'go.licences', route: '/licences', label: 'Licences', match: (path: string) => path.startsWith('/licences') },
  {
    id: 'go.needLicence',
    route: '/need-licence',
    label: 'Do I need a licence?',
    match: (path: string) => path.startsWith('/need-licence'),
  },
  {
    id: 'go.suppliers',
    route: '/suppliers',
    label: 'Suppliers & documents',
    match: (path: string) => path.startsWith('/suppliers'),
  },
  { id: 'go.sync', route: '/sync', label: 'Filing gateway', match: (path: string) => path.startsWith('/sync') },
  { id: 'go.reports', route: '/reports', label: 'Reports', match: (path: string) => path.startsWith('/reports') },
  { id: 'go.backups', route: '/backups', label: 'Backups', match: (path: string) => path.startsWith('/backups') },
  { id: 'go.audit', route: '/audit', label: 'Audit trail', match: (path: string) => path.startsWith('/audit') },
  { id: 'go.settings', route: '/settings', label: 'Settings', match: (path: string) => path.startsWith('/settings') },
] as const satisfies readonly { id: CommandId; route: string; label: string; match: (path: string) => boolean }[];

const goCommands: AppCommand[] = sections.map((section, index) => ({
  id: section.id,
  menu: 'go',
  label: section.label,
  description: `Go to ${section.label}`,
  route: section.route,
  runsIn: 'window',
  // Numbered sections; Settings takes the platforms' usual Preferences shortcut.
  accelerator: section.id === 'go.settings' ? 'CmdOrCtrl+,' : `CmdOrCtrl+${index + 1}`,
  ...(section.id === 'go.settings' ? { groupStart: true } : {}),
}));

export const appCommands: readonly AppCommand[] = [
  {
    id: 'file.newLicence',
    menu: 'file',
    label: 'New licence',
    description: 'Start a new licence',
    accelerator: 'CmdOrCtrl+N',
    browserAccelerator: 'Alt+N',
    route: '/licences/new',
    runsIn: 'window',
  },
  {
    id: 'file.importLicences',
    menu: 'file',
    label: 'Import licences…',
    description: 'Import licences from a CSV or XLSX file',
    accelerator: 'CmdOrCtrl+O',
    route: '/licences/import',
    runsIn: 'window',
  },
  {
    id: 'file.attachDocument',
    menu: 'file',
    label: 'Attach supplier document…',
    description: 'Attach a certificate or declaration to the supplier or document on screen',
    runsIn: 'window',
  },
  {
    id: 'file.export',
    menu: 'file',
    label: 'Export…',
    description: 'Export the selected licences, or those the register shows, as CSV',
    accelerator: 'CmdOrCtrl+E',
    runsIn: 'window',
    groupStart: true,
  },
  {
    id: 'file.print',
    menu: 'file',
    label: 'Print summary…',
    description: 'Print the summary of the licence on screen, or of the selected licences',
    accelerator: 'CmdOrCtrl+P',
    runsIn: 'window',
    groupStart: true,
  },
  {
    id: 'file.savePdf',
    menu: 'file',
    label: 'Save as PDF…',
    description: 'Save that summary as a PDF file',
    accelerator: 'CmdOrCtrl+Shift+P',
    // The browser version saves PDFs through its print dialog.
    browserAccelerator: null,
    runsIn: 'window',
  },
  {
    id: 'file.lock',
    menu: 'file',
    label: 'Lock now',
    description: 'Close a protected data folder until its passphrase is given again',
    accelerator: 'CmdOrCtrl+Shift+L',
    runsIn: 'window',
    groupStart: true,
  },
  ...goCommands,
  {
    id: 'help.shortcuts',
    menu: 'help',
    label: 'Keyboard shortcuts',
    description: 'Show this list of shortcuts',
    accelerator: 'CmdOrCtrl+/',
    runsIn: 'window',
  },
  {
    id: 'help.about',
    menu: 'help',
    label: 'About AIM Licences',
    description: 'Versions of the app and of what it is built on',
    runsIn: 'app',
    groupStart: true,
  },
  {
    id: 'help.dataFolder',
    menu: 'help',
    label: 'Open the data folder',
    description: 'Show the folder with the database, backups and attached files',
    runsIn: 'app',
  },
  {
    id: 'help.logFolder',
    menu: 'help',
    label: 'Open the log folder',
    description: 'Show the folder with the log files, for a support request',
    runsIn: 'app',
  },
];

export function commandById(id: CommandId): AppCommand {
  const found = appCommands.find((c) => c.id === id);
  if (!found) throw new Error(`No command ${id}`);
  return found;
}

/** The accelerator a host binds: the desktop one, or the browser's replacement where there is one. */
export function acceleratorFor(command: AppCommand, host: 'electron' | 'web'): string | null {
  if (host === 'web' && command.browserAccelerator !== undefined) return command.browserAccelerator;
  return command.accelerator ?? null;
}

/** The key that opens the shortcuts sheet from anywhere but a text field, in both versions. */
export const shortcutsSheetKey = '?';

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { fixedClock } from '#core/clock';
import { appCommands } from '#shared/commands/app-commands';

import { validDraft } from '../../support/licence-fixtures';
import { type TempCore, tempCore } from '../../support/temp-core';
import { FakeBrowserWindow, FakeWebContents, type MenuTemplateItem, recorded, resetRecorded } from './fake-electron';

// The desktop shell's own behaviour (issue 13), driven the way Electron drives it: the menu built
// from the command list and clicked, system dialogs answering (the only stand-in: the person's
// choice), files dropped on the window, reminders shown and clicked, the window's place kept
// across a restart and an unplugged monitor. Behind each, the real core on a real SQLite file.
vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { installAppMenu } = await import('../../../src/main/electron/app-menu');
const { createCommandRunner, sendToWindow } = await import('../../../src/main/electron/desktop-commands');
const { createElectronFileDialogs } = await import('../../../src/main/electron/file-dialogs');
const { hostDrops } = await import('../../../src/main/electron/drop-host');
const { startOsNotifications } = await import('../../../src/main/electron/os-notifications');
const { createMainWindow, secureWebPreferences } = await import('../../../src/main/electron/window');
const { lockDownSession } = await import('../../../src/main/electron/security');
const { FakeSession } = await import('./fake-electron');

let core: TempCore | null = null;
let scratch: string;
beforeEach(() => {
  resetRecorded();
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-desktop-'));
});
afterEach(() => {
  core?.dispose();
  core = null;
  fs.rmSync(scratch, { recursive: true, force: true });
});

const menuOf = (platform: NodeJS.Platform, development = false) => {
  const window = new FakeBrowserWindow({});
  FakeBrowserWindow.focused = window;
  installAppMenu({
    platform,
    development,
    appName: 'AIM Licences',
    run: createCommandRunner({
      dataDir: '/data/AIM Licences',
      logDir: path.join(scratch, 'logs'),
      window: () => FakeBrowserWindow.focused as never,
      versions: () => ({ 'AIM Licences': '0.1.0', Electron: '45.5.0', Chromium: '142', Node: '22' }),
    }),
  });
  const template = recorded.applicationMenu!.template;
  const menu = (label: string) => template.find((m) => (m.label ?? m.role)?.replace('&', '') === label)!;
  const find = (label: string): MenuTemplateItem =>
    template.flatMap((m) => m.submenu ?? []).find((i) => i.label === label)!;
  return { template, menu, find, window };
};
const labels = (items: MenuTemplateItem[] | undefined) =>
  (items ?? []).map((i) => (i.type === 'separator' ? '—' : (i.label ?? `role:${i.role}`)));

describe('the application menu (item 1)', () => {
  it('is built from the command list, with its accelerators, in File, Edit, View, Go and Help', () => {
    const { template, menu } = menuOf('linux');
    expect(template.map((m) => (m.label ?? m.role)!.replace('&', ''))).toEqual([
      'File',
      'editMenu',
      'View',
      'Go',
      'Help',
    ]);
    expect(labels(menu('File').submenu)).toEqual([
      'New licence',
      'Import licences…',
      'Attach supplier document…',
      '—',
      'Export…',
      '—',
      'Print summary…',
      'Save as PDF…',
      '—',
      'Lock now',
      '—',
      'Quit',
    ]);
    const everyItem = template.flatMap((m) => m.submenu ?? []).filter((i) => i.id);
    for (const command of appCommands) {
      const item = everyItem.find((i) => i.id === command.id);
      expect(item, command.id).toBeDefined();
      expect(item!.label).toBe(command.label);
      expect(item!.accelerator).toBe(command.accelerator);
    }
    expect(
      menu('Go')
        .submenu!.filter((i) => i.accelerator)
        .map((i) => i.accelerator),
    ).toEqual([
      'CmdOrCtrl+1',
      'CmdOrCtrl+2',
      'CmdOrCtrl+3',
      'CmdOrCtrl+4',
      'CmdOrCtrl+5',
      'CmdOrCtrl+6',
      'CmdOrCtrl+7',
      'CmdOrCtrl+8',
      'CmdOrCtrl+,',
    ]);
  });

  it('has reload and the developer tools only in development', () => {
    expect(labels(menuOf('linux').menu('View').submenu)).toEqual([
      'role:resetZoom',
      'role:zoomIn',
      'role:zoomOut',
      '—',
      'role:togglefullscreen',
    ]);
    expect(labels(menuOf('linux', true).menu('View').submenu)).toContain('role:toggleDevTools');
  });

  it('on macOS: the app menu with About and Quit, the standard Edit roles, and Window', () => {
    const { template } = menuOf('darwin');
    expect(template.map((m) => m.label ?? m.role)).toEqual([
      'AIM Licences',
      '&File',
      'editMenu',
      '&View',
      '&Go',
      'windowMenu',
      '&Help',
    ]);
    expect(labels(template[0]!.submenu)).toContain('About AIM Licences');
    expect(labels(template[0]!.submenu)).toContain('role:quit');
    expect(labels(template[1]!.submenu)).toContain('role:close');
  });

  it('sends the page’s commands to the focused window, and does the app’s own', () => {
    const { find, window } = menuOf('linux');
    find('New licence').click!();
    find('Audit trail').click!();
    expect(window.webContents.sent).toEqual([
      ['aim:event', 'app.command', { id: 'file.newLicence' }],
      ['aim:event', 'app.command', { id: 'go.audit' }],
    ]);
    find('Open the data folder').click!();
    find('Open the log folder').click!();
    expect(recorded.openedPaths).toEqual(['/data/AIM Licences', path.join(scratch, 'logs')]);
    expect(fs.existsSync(path.join(scratch, 'logs'))).toBe(true);
    find('About AIM Licences').click!();
    expect(recorded.messageBoxes[0]).toMatchObject({
      message: 'AIM Licences 0.1.0',
      detail: expect.stringContaining('Electron: 45.5.0'),
    });
  });
});

describe('native files (item 2): the system dialogs, routed to the core', () => {
  it('imports through the open dialog and exports through the save dialog, remembering each kind’s folder', async () => {
    const window = new FakeBrowserWindow({});
    const dialogs = createElectronFileDialogs({ window: () => window as never, documents: () => scratch });
    core = tempCore('2026-03-02T15:00:00.000Z', { fileDialogs: dialogs });
    const call = (method: string, input: unknown) => core!.dispatch(method, input, { host: 'electron' });
    const csv = path.join(scratch, 'in', 'licences.csv');
    fs.mkdirSync(path.dirname(csv));
    fs.writeFileSync(csv, 'licence_ref\nA\n');

    recorded.dialogAnswers.push([csv]);
    const chosen = (await call('files.choose', { kind: 'licence-import' })) as {
      ok: true;
      value: { files: { token: string; name: string }[] };
    };
    expect(recorded.dialogRequests[0]).toMatchObject({
      type: 'open',
      window,
      options: {
        title: 'Import licences from a CSV or XLSX file',
        defaultPath: scratch,
        properties: ['openFile'],
        filters: [{ name: 'Licence files (CSV, XLSX)', extensions: ['csv', 'xlsx'] }],
      },
    });
    expect(chosen.value.files[0]!.name).toBe('licences.csv');
    const read = (await call('files.read', { token: chosen.value.files[0]!.token })) as {
      value: { contentBase64: string };
    };
    expect(Buffer.from(read.value.contentBase64, 'base64').toString()).toBe('licence_ref\nA\n');

    // Cancelled: nothing granted, nothing read.
    recorded.dialogAnswers.push(null);
    expect(await call('files.choose', { kind: 'supplier-document', multiple: true })).toMatchObject({
      ok: true,
      value: { files: [] },
    });
    expect(recorded.dialogRequests[1]!.options.properties).toEqual(['openFile', 'multiSelections']);

    const out = path.join(scratch, 'out', 'march.csv');
    fs.mkdirSync(path.dirname(out));
    recorded.dialogAnswers.push(out);
    expect(
      await call('files.save', { kind: 'licence-export', fileName: 'licences.csv', content: { text: 'x\n' } }),
    ).toMatchObject({ ok: true, value: { saved: true, fileName: 'march.csv' } });
    expect(recorded.dialogRequests[2]).toMatchObject({
      type: 'save',
      options: {
        defaultPath: path.join(scratch, 'licences.csv'),
        properties: expect.arrayContaining(['showOverwriteConfirmation']),
      },
    });
    expect(fs.readFileSync(out, 'utf8')).toBe('x\n');
    recorded.dialogAnswers.push(null);
    await call('files.save', { kind: 'licence-export', fileName: 'april.csv', content: { text: '' } });
    expect(recorded.dialogRequests[3]!.options.defaultPath).toBe(path.join(scratch, 'out', 'april.csv'));
    recorded.dialogAnswers.push([csv]);
    await call('files.choose', { kind: 'licence-import' });
    expect(recorded.dialogRequests[4]!.options.defaultPath).toBe(path.join(scratch, 'in'));
  });
});

/** An IPC event from the main frame of one of our windows (or from a stranger). */
function ipcEvent(url: string) {
  FakeBrowserWindow.fromWebContentsResult = new FakeBrowserWindow({});
  return { senderFrame: { url, parent: null }, sender: new FakeWebContents() } as never;
}

describe('drag and drop (item 3): dropped files reach the main process as paths, the page gets tokens', () => {
  it('reads paths in the preload, checks each one in main, and refuses strangers and the app’s own files', async () => {
    core = tempCore('2026-03-02T15:00:00.000Z');
    const open = core;
    hostDrops({ grantGiven: (kind, paths) => open.files.grantGiven(kind, paths) });
    await import('../../../src/main/electron/preload');
    const bridge = recorded.exposed.get('aimBridge') as {
      grantDropped: (kind: string, files: unknown[]) => Promise<unknown>;
    };
    const certificate = path.join(scratch, 'MTC-2291.pdf');
    fs.writeFileSync(certificate, '%PDF-1.7\n');
    const droppedPdf = { name: 'MTC-2291.pdf' };
    const madeByPage = { name: 'fake.pdf' };
    const droppedDb = { name: 'aim-licences.sqlite3' };
    recorded.filePaths.set(droppedPdf, certificate);
    recorded.filePaths.set(droppedDb, core.paths.databaseFile);
    await bridge.grantDropped('supplier-document', [droppedPdf, madeByPage, droppedDb]);
    // What the preload sent: paths of real dropped files only, never something the page made up.
    const [channel, kind, paths] = recorded.ipcRendererCalls.at(-1)!;
    expect([channel, kind, paths]).toEqual([
      'aim:grant-dropped',
      'supplier-document',
      [certificate, core.paths.databaseFile],
    ]);

    const handler = recorded.ipcHandlers.get('aim:grant-dropped') as (e: unknown, k: unknown, p: unknown) => unknown;
    const answer = handler(ipcEvent('app://aim/index.html'), kind, paths) as {
      ok: true;
      value: { files: { token: string; name: string }[]; refused: { name: string }[] };
    };
    expect(answer.value.files.map((f) => f.name)).toEqual(['MTC-2291.pdf']);
    expect(answer.value.refused.map((r) => r.name)).toEqual(['aim-licences.sqlite3']);
    expect(JSON.stringify(answer)).not.toContain(scratch);
    expect(
      await core.dispatch('files.read', { token: answer.value.files[0]!.token }, { host: 'electron' }),
    ).toMatchObject({
      ok: true,
      value: { name: 'MTC-2291.pdf', contentBase64: Buffer.from('%PDF-1.7\n').toString('base64') },
    });

    expect(handler(ipcEvent('https://evil.example/'), kind, paths)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(handler(ipcEvent('app://aim/index.html'), 'anything', paths)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    // A backup folder dropped on Backups is a folder; a file there is refused.
    expect(handler(ipcEvent('app://aim/index.html'), 'backup-folder', [scratch, certificate])).toMatchObject({
      ok: true,
      value: { files: [{ folder: true }], refused: [{ name: 'MTC-2291.pdf' }] },
    });
  });
});

describe('notifications (item 4): the core’s reminders as OS notifications', () => {
  it('shows what is due at start; a click opens that screen in the window', async () => {
    core = tempCore('2026-03-02T15:00:00.000Z');
    const licence = core.licences.create(validDraft({ reference: 'DUE-SOON', expectedImportDate: '2026-03-09' }));
    const window = new FakeBrowserWindow({});
    window.minimized = true;
    const schedule = startOsNotifications({
      session: { dueNotices: () => core!.notices.list().notices },
      clock: fixedClock('2026-03-02T15:00:00.000Z'),
      open: (route) => {
        window.restore();
        sendToWindow(window as never, 'app.navigate', { route });
      },
    })!;
    schedule.stop();
    expect(recorded.notifications.map((n) => [n.options.title, n.options.body, n.shown])).toEqual([
      ['A licence to file before its import date', 'DUE-SOON: imports on 9 Mar 2026.', true],
    ]);
    recorded.notifications[0]!.click();
    expect(window.minimized).toBe(false);
    expect(window.webContents.sent).toEqual([['aim:event', 'app.navigate', { route: `/licences/${licence.id}` }]]);
  });

  it('shows nothing for a kind the user turned off, and nothing while the data is locked', async () => {
    core = tempCore('2026-03-02T15:00:00.000Z');
    core.licences.create(validDraft({ expectedImportDate: '2026-03-09' }));
    await core.dispatch(
      'notices.saveSettings',
      { 'file-before-import': false, 'licence-expiring': true, 'evidence-expiring': true, 'sync-failed': true },
      { host: 'electron' },
    );
    startOsNotifications({ session: { dueNotices: () => core!.notices.list().notices }, open: () => {} })!.stop();
    startOsNotifications({ session: { dueNotices: () => null }, open: () => {} })!.stop();
    expect(recorded.notifications).toEqual([]);
    recorded.notificationsSupported = false;
    expect(
      startOsNotifications({ session: { dueNotices: () => core!.notices.list().notices }, open: () => {} }),
    ).toBeNull();
  });
});

describe('the window and spelling (item 5)', () => {
  it('reopens with its last size, position and maximised state', async () => {
    const stateFile = path.join(scratch, 'window-state.json');
    recorded.displays = [
      { workArea: { x: 0, y: 0, width: 1920, height: 1080 } },
      { workArea: { x: 1920, y: 0, width: 2560, height: 1440 } },
    ];
    const first = createMainWindow(undefined, stateFile) as unknown as FakeBrowserWindow;
    expect(first.options).toMatchObject({ x: 320, y: 110, width: 1280, height: 860 });
    first.bounds = { x: 2100, y: 100, width: 1500, height: 1000 };
    first.maximized = true;
    first.emit('close');
    expect(JSON.parse(fs.readFileSync(stateFile, 'utf8'))).toEqual({
      x: 2100,
      y: 100,
      width: 1500,
      height: 1000,
      maximized: true,
      fullScreen: false,
    });
    const second = createMainWindow(undefined, stateFile) as unknown as FakeBrowserWindow;
    expect(second.options).toMatchObject({ x: 2100, y: 100, width: 1500, height: 1000 });
    second.emit('ready-to-show');
    expect(second.maximized).toBe(true);

    // The external monitor is gone: back on the laptop's screen, at its size, reachable.
    recorded.displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];
    const third = createMainWindow(undefined, stateFile) as unknown as FakeBrowserWindow;
    expect(third.options).toMatchObject({ x: 210, y: 40, width: 1500, height: 1000 });
  });

  it('saves a moment after the window moves, not on every pixel', async () => {
    vi.useFakeTimers();
    try {
      const stateFile = path.join(scratch, 'window-state.json');
      const window = createMainWindow(undefined, stateFile) as unknown as FakeBrowserWindow;
      window.bounds = { x: 10, y: 20, width: 1000, height: 700 };
      window.emit('move');
      window.emit('resize');
      expect(fs.existsSync(stateFile)).toBe(false);
      vi.advanceTimersByTime(600);
      expect(JSON.parse(fs.readFileSync(stateFile, 'utf8'))).toMatchObject({ x: 10, y: 20, width: 1000 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('checks spelling only where the OS has its own dictionaries (macOS), so nothing is downloaded', () => {
    for (const [platform, enabled] of [
      ['linux', false],
      ['win32', false],
      ['darwin', true],
    ] as const) {
      recorded.spellChecker.length = 0;
      lockDownSession(new FakeSession() as never, undefined, platform);
      expect(recorded.spellChecker, platform).toEqual([enabled]);
    }
    expect(secureWebPreferences('preload.js').spellcheck).toBe(process.platform === 'darwin');
  });
});

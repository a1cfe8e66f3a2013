import { Menu, type MenuItemConstructorOptions } from 'electron';

import { type AppCommand, appCommands, type CommandId, type CommandMenu } from '#shared/commands/app-commands';

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  /** Under `forge start`: Reload and the developer tools are in the View menu. Never in a packaged app. */
  readonly development: boolean;
  readonly appName: string;
  /** Runs a command of the command list (the page's or the app's own). */
  readonly run: (id: CommandId) => void;
}

const item = (command: AppCommand, run: (id: CommandId) => void): MenuItemConstructorOptions => ({
  id: command.id,
  label: command.label,
  ...(command.accelerator ? { accelerator: command.accelerator } : {}),
  click: () => run(command.id),
});

/** A menu's commands from the command list, with a separator before each group. */
function commandsOf(menu: CommandMenu, run: (id: CommandId) => void, skip: CommandId[] = []) {
  const items: MenuItemConstructorOptions[] = [];
  for (const command of appCommands.filter((c) => c.menu === menu && !skip.includes(c.id))) {
    if (command.groupStart && items.length > 0) items.push({ type: 'separator' });
    items.push(item(command, run));
  }
  return items;
}

/**
 * The menu bar, built from the one command list the page also binds: File, Edit (the standard
 * roles, so copy and paste work on macOS), View, Go, Help; on macOS the app menu and Window too.
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const { run } = options;
  const about = appCommands.find((c) => c.id === 'help.about')!;
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (options.development)
    view.push({ type: 'separator' }, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' });
  return [
    ...(mac
      ? [
          {
            label: options.appName,
            submenu: [
              item(about, run),
              { type: 'separator' },
              { role: 'services' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: '&File',
      submenu: [
        ...commandsOf('file', run),
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    { role: 'editMenu' },
    { label: '&View', submenu: view },
    { label: '&Go', submenu: commandsOf('go', run) },
    ...(mac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []),
    { role: 'help', label: '&Help', submenu: commandsOf('help', run, mac ? ['help.about'] : []) },
  ];
}

export function installAppMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}

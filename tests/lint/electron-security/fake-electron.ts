/**
 * A stand-in for the `electron` module, for the Electron checklist and desktop-shell tests on
 * machines where the Electron binary is not installed (it never runs here, so nothing real is
 * replaced). It records what the app registers (handlers, windows, privileges, the menu, shown
 * notifications and dialogs) so the tests can drive them the way Electron would: a navigation to a
 * foreign site, a permission request, an IPC call from a frame, a menu click, a dialog's answer, a
 * notification clicked, a monitor unplugged.
 */
type Handler = (...args: never[]) => unknown;

export class FakeWebContents {
  readonly listeners = new Map<string, Handler[]>();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  on(event: string, handler: Handler): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), handler]);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  /** Fires an event with a preventable Event object; returns whether a listener prevented it. */
  emit(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    const e = { preventDefault: () => (prevented = true) };
    for (const handler of this.listeners.get(event) ?? []) (handler as (...a: unknown[]) => void)(e, ...args);
    return prevented;
  }
  readonly sent: unknown[][] = [];
  send(...args: unknown[]): void {
    this.sent.push(args);
  }
}

export const recorded = {
  appListeners: new Map<string, Handler[]>(),
  windows: [] as FakeBrowserWindow[],
  ipcHandlers: new Map<string, Handler>(),
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  privilegedSchemes: [] as unknown[],
  openedExternally: [] as string[],
  exposed: new Map<string, unknown>(),
  ipcRendererCalls: [] as unknown[][],
  ipcRendererListeners: new Map<string, Handler[]>(),
  applicationMenu: null as FakeMenu | null,
  notifications: [] as FakeNotification[],
  openedPaths: [] as string[],
  messageBoxes: [] as unknown[],
  dialogRequests: [] as { type: 'open' | 'save'; options: Record<string, unknown>; window: unknown }[],
  /** What the next dialogs answer, in order (an open dialog's paths, a save dialog's path, or null: cancelled). */
  dialogAnswers: [] as (string[] | string | null)[],
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] as { workArea: Rect }[],
  /** What webUtils.getPathForFile answers for each File object a drop hands to the preload. */
  filePaths: new Map<unknown, string>(),
  spellChecker: [] as boolean[],
  notificationsSupported: true,
};

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class FakeMenu {
  constructor(readonly template: MenuTemplateItem[]) {}
  static buildFromTemplate = (template: MenuTemplateItem[]) => new FakeMenu(template);
  static setApplicationMenu = (menu: FakeMenu | null) => {
    recorded.applicationMenu = menu;
  };
}
export interface MenuTemplateItem {
  id?: string;
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  click?: () => void;
  submenu?: MenuTemplateItem[];
}

export class FakeNotification {
  static isSupported = () => recorded.notificationsSupported;
  readonly listeners = new Map<string, Handler[]>();
  shown = false;
  constructor(readonly options: { title: string; body: string }) {
    recorded.notifications.push(this);
  }
  on(event: string, handler: Handler): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), handler]);
    return this;
  }
  show(): void {
    this.shown = true;
  }
  /** What the OS does when the person clicks it. */
  click(): void {
    for (const handler of this.listeners.get('click') ?? []) (handler as () => void)();
  }
}

export class FakeBrowserWindow {
  static fromWebContentsResult: FakeBrowserWindow | null = null;
  static focused: FakeBrowserWindow | null = null;
  readonly webContents = new FakeWebContents();
  readonly listeners = new Map<string, Handler[]>();
  loadedUrl: string | null = null;
  bounds: Rect;
  maximized = false;
  fullScreen = false;
  minimized = false;
  focusCount = 0;
  constructor(readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
    recorded.windows.push(this);
    const o = options as Partial<Rect>;
    this.bounds = { x: o.x ?? 0, y: o.y ?? 0, width: o.width ?? 800, height: o.height ?? 600 };
  }
  static getAllWindows = () => recorded.windows;
  static fromWebContents = () => FakeBrowserWindow.fromWebContentsResult;
  static getFocusedWindow = () => FakeBrowserWindow.focused;
  on(event: string, handler: Handler): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), handler]);
    return this;
  }
  once(event: string, handler: Handler): this {
    return this.on(event, handler);
  }
  /** Fires a window event as Electron would (after a move, on close, …). */
  emit(event: string): void {
    for (const handler of this.listeners.get(event) ?? []) (handler as () => void)();
  }
  show(): void {}
  focus(): void {
    this.focusCount += 1;
  }
  restore(): void {
    this.minimized = false;
  }
  isMinimized = () => this.minimized;
  maximize(): void {
    this.maximized = true;
  }
  setFullScreen(on: boolean): void {
    this.fullScreen = on;
  }
  isMaximized = () => this.maximized;
  isFullScreen = () => this.fullScreen;
  getNormalBounds = () => ({ ...this.bounds });
  isDestroyed = () => false;
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
}

export class FakeSession {
  permissionRequestHandler:
    ((contents: unknown, permission: string, callback: (granted: boolean) => void, details?: unknown) => void) | null =
    null;
  permissionCheckHandler: ((contents: unknown, permission: string) => boolean) | null = null;
  setSpellCheckerEnabled(enabled: boolean): void {
    recorded.spellChecker.push(enabled);
  }
  headersListener:
    ((details: { responseHeaders: Record<string, string[]> }, callback: (r: unknown) => void) => void) | null = null;
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }
  webRequest = {
    onHeadersReceived: (listener: FakeSession['headersListener']) => {
      this.headersListener = listener;
    },
  };
}

export function resetRecorded(): void {
  recorded.appListeners.clear();
  recorded.windows.length = 0;
  recorded.ipcHandlers.clear();
  recorded.protocolHandlers.clear();
  recorded.privilegedSchemes.length = 0;
  recorded.openedExternally.length = 0;
  recorded.exposed.clear();
  recorded.ipcRendererCalls.length = 0;
  recorded.ipcRendererListeners.clear();
  recorded.applicationMenu = null;
  recorded.notifications.length = 0;
  recorded.openedPaths.length = 0;
  recorded.messageBoxes.length = 0;
  recorded.dialogRequests.length = 0;
  recorded.dialogAnswers.length = 0;
  recorded.displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];
  recorded.filePaths.clear();
  recorded.spellChecker.length = 0;
  recorded.notificationsSupported = true;
  FakeBrowserWindow.fromWebContentsResult = null;
  FakeBrowserWindow.focused = null;
}

function nextDialogAnswer(): string[] | string | null {
  if (recorded.dialogAnswers.length === 0) throw new Error('The test did not say what the dialog answers.');
  return recorded.dialogAnswers.shift()!;
}

export const electronModule = {
  app: {
    on(event: string, handler: Handler) {
      recorded.appListeners.set(event, [...(recorded.appListeners.get(event) ?? []), handler]);
    },
  },
  shell: {
    openExternal: (url: string) => {
      recorded.openedExternally.push(url);
      return Promise.resolve();
    },
    openPath: (path: string) => {
      recorded.openedPaths.push(path);
      return Promise.resolve('');
    },
  },
  BrowserWindow: FakeBrowserWindow,
  Menu: FakeMenu,
  Notification: FakeNotification,
  screen: {
    getAllDisplays: () => recorded.displays,
    getPrimaryDisplay: () => recorded.displays[0]!,
  },
  dialog: {
    showOpenDialog: (...args: unknown[]) => {
      const [window, options] = args.length === 2 ? args : [null, args[0]];
      recorded.dialogRequests.push({ type: 'open', options: options as Record<string, unknown>, window });
      const answer = nextDialogAnswer();
      return Promise.resolve(
        answer === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: answer },
      );
    },
    showSaveDialog: (...args: unknown[]) => {
      const [window, options] = args.length === 2 ? args : [null, args[0]];
      recorded.dialogRequests.push({ type: 'save', options: options as Record<string, unknown>, window });
      const answer = nextDialogAnswer();
      return Promise.resolve(
        answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer },
      );
    },
    showMessageBox: (...args: unknown[]) => {
      recorded.messageBoxes.push(args.length === 2 ? args[1] : args[0]);
      return Promise.resolve({ response: 0 });
    },
  },
  webUtils: {
    getPathForFile: (file: unknown) => {
      if (!recorded.filePaths.has(file)) throw new TypeError('not a File');
      return recorded.filePaths.get(file)!;
    },
  },
  ipcMain: {
    handle: (channel: string, handler: Handler) => recorded.ipcHandlers.set(channel, handler),
    removeHandler: (channel: string) => recorded.ipcHandlers.delete(channel),
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.privilegedSchemes.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
      recorded.protocolHandlers.set(scheme, handler),
  },
  contextBridge: {
    exposeInMainWorld: (name: string, api: unknown) => recorded.exposed.set(name, api),
  },
  ipcRenderer: {
    invoke: (...args: unknown[]) => {
      recorded.ipcRendererCalls.push(args);
      return Promise.resolve({ ok: true, value: null });
    },
    on: (channel: string, handler: Handler) =>
      recorded.ipcRendererListeners.set(channel, [...(recorded.ipcRendererListeners.get(channel) ?? []), handler]),
    removeListener: (channel: string, handler: Handler) =>
      recorded.ipcRendererListeners.set(
        channel,
        (recorded.ipcRendererListeners.get(channel) ?? []).filter((h) => h !== handler),
      ),
  },
};

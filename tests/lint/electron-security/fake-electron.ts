/**
 * A stand-in for the `electron` module, for the Electron checklist tests on machines where the
 * Electron binary is not installed (it never runs here, so nothing real is replaced). It records
 * what the app registers (handlers, windows, privileges) so the tests can drive them the way
 * Electron would: a navigation to a foreign site, a permission request, an IPC call from a frame.
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
  send(): void {}
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
};

export class FakeBrowserWindow {
  static fromWebContentsResult: FakeBrowserWindow | null = null;
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  constructor(readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
    recorded.windows.push(this);
  }
  static getAllWindows = () => recorded.windows;
  static fromWebContents = () => FakeBrowserWindow.fromWebContentsResult;
  once(): void {}
  show(): void {}
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
  FakeBrowserWindow.fromWebContentsResult = null;
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
  },
  BrowserWindow: FakeBrowserWindow,
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

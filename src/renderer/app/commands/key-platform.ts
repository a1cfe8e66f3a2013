import type { KeyPlatform } from '#shared/commands/shortcut-keys';

/** Whether shortcuts are written and pressed the Mac way (Cmd) or the others' (Ctrl). */
export const keyPlatform = (): KeyPlatform =>
  /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent) ? 'mac' : 'other';

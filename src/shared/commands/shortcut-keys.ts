/*
 * Accelerators (Electron's syntax, as in the command list) read as keys: what a key press must
 * be to run a command, and how the shortcut is written for the person's platform.
 */

export type KeyPlatform = 'mac' | 'other';

export interface ParsedAccelerator {
  /** Cmd on macOS, Ctrl elsewhere (CmdOrCtrl). */
  readonly primary: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
  /** The key itself: an upper-case letter, a digit, or a punctuation character. */
  readonly key: string;
}

/** The parts of a KeyboardEvent a shortcut depends on. */
export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
}

export function parseAccelerator(accelerator: string): ParsedAccelerator {
  const parts = accelerator.split('+');
  // "CmdOrCtrl++" would name the plus key; no command uses it.
  const key = parts.pop() ?? '';
  const modifiers = new Set(parts.map((p) => p.toLowerCase()));
  for (const m of modifiers) {
    if (!['cmdorctrl', 'commandorcontrol', 'shift', 'alt', 'option'].includes(m))
      throw new Error(`Unsupported modifier "${m}" in accelerator "${accelerator}"`);
  }
  if (key.length !== 1) throw new Error(`Accelerator "${accelerator}" must end in one key`);
  return {
    primary: modifiers.has('cmdorctrl') || modifiers.has('commandorcontrol'),
    shift: modifiers.has('shift'),
    alt: modifiers.has('alt') || modifiers.has('option'),
    key: key.toUpperCase(),
  };
}

/**
 * Letters and digits are matched by their physical key (`code`), so Alt+N still means N on a
 * Mac, where Option+N types a dead key; punctuation by the character it types.
 */
function sameKey(wanted: string, press: KeyPress): boolean {
  if (/^[A-Z]$/.test(wanted)) return press.code === `Key${wanted}`;
  if (/^[0-9]$/.test(wanted)) return press.code === `Digit${wanted}` || press.code === `Numpad${wanted}`;
  return press.key === wanted;
}

export function matchesAccelerator(accelerator: string, press: KeyPress, platform: KeyPlatform): boolean {
  const wanted = parseAccelerator(accelerator);
  const primary = platform === 'mac' ? press.metaKey : press.ctrlKey;
  const other = platform === 'mac' ? press.ctrlKey : press.metaKey;
  // Shift is part of punctuation on many layouts (Ctrl+/ is Ctrl+Shift+7 in German): it is not
  // compared for punctuation keys.
  const shiftMatters = /^[A-Z0-9]$/.test(wanted.key);
  return (
    primary === wanted.primary &&
    !other &&
    press.altKey === wanted.alt &&
    (!shiftMatters || press.shiftKey === wanted.shift) &&
    sameKey(wanted.key, press)
  );
}

/** "Ctrl+Shift+P" elsewhere, "⌘⇧P" on a Mac: how each platform prints its shortcuts. */
export function displayAccelerator(accelerator: string, platform: KeyPlatform): string {
  const { primary, shift, alt, key } = parseAccelerator(accelerator);
  if (platform === 'mac') return `${alt ? '⌥' : ''}${shift ? '⇧' : ''}${primary ? '⌘' : ''}${key}`;
  return [primary ? 'Ctrl' : '', alt ? 'Alt' : '', shift ? 'Shift' : '', key].filter(Boolean).join('+');
}

/** True for key presses typed into a field, which shortcuts without a modifier must leave alone. */
export function isPlainTyping(press: KeyPress): boolean {
  return !press.ctrlKey && !press.metaKey && !press.altKey;
}

import { describe, expect, it } from 'vitest';

import { acceleratorFor, appCommands, commandIds, sections } from './app-commands';
import { displayAccelerator, type KeyPress, matchesAccelerator, parseAccelerator } from './shortcut-keys';

const press = (over: Partial<KeyPress>): KeyPress => ({
  key: '',
  code: '',
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...over,
});

describe('the command list', () => {
  it('has each command once, and every accelerator once per host', () => {
    expect(appCommands.map((c) => c.id).sort()).toEqual([...commandIds].sort());
    for (const host of ['electron', 'web'] as const) {
      const keys = appCommands.map((c) => acceleratorFor(c, host)).filter((a): a is string => a !== null);
      expect(new Set(keys).size, host).toBe(keys.length);
      for (const key of keys) expect(() => parseAccelerator(key)).not.toThrow();
    }
  });

  it('numbers the sections Ctrl/Cmd+1… in sidebar order (Settings: Ctrl/Cmd+,), and names the issue’s file shortcuts', () => {
    const go = appCommands.filter((c) => c.menu === 'go');
    expect(go.map((c) => c.route)).toEqual(sections.map((s) => s.route));
    expect(go.map((c) => c.accelerator)).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `CmdOrCtrl+${n}`),
      'CmdOrCtrl+,',
    ]);
    const byId = new Map(appCommands.map((c) => [c.id, c]));
    expect(byId.get('file.newLicence')!.accelerator).toBe('CmdOrCtrl+N');
    expect(byId.get('file.importLicences')!.accelerator).toBe('CmdOrCtrl+O');
    expect(byId.get('file.print')!.accelerator).toBe('CmdOrCtrl+P');
  });

  it('gives the browser a replacement where the browser keeps the key (Ctrl+N opens a window)', () => {
    const newLicence = appCommands.find((c) => c.id === 'file.newLicence')!;
    expect(acceleratorFor(newLicence, 'electron')).toBe('CmdOrCtrl+N');
    expect(acceleratorFor(newLicence, 'web')).toBe('Alt+N');
    const print = appCommands.find((c) => c.id === 'file.print')!;
    expect(acceleratorFor(print, 'web')).toBe('CmdOrCtrl+P');
  });
});

describe('matching a key press', () => {
  it('reads CmdOrCtrl as Cmd on a Mac and Ctrl elsewhere, and no more modifiers than asked', () => {
    expect(matchesAccelerator('CmdOrCtrl+N', press({ key: 'n', code: 'KeyN', ctrlKey: true }), 'other')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+N', press({ key: 'n', code: 'KeyN', metaKey: true }), 'mac')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+N', press({ key: 'n', code: 'KeyN', ctrlKey: true }), 'mac')).toBe(false);
    expect(
      matchesAccelerator('CmdOrCtrl+N', press({ key: 'N', code: 'KeyN', ctrlKey: true, shiftKey: true }), 'other'),
    ).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+N', press({ key: 'n', code: 'KeyN' }), 'other')).toBe(false);
    expect(
      matchesAccelerator(
        'CmdOrCtrl+Shift+P',
        press({ key: 'P', code: 'KeyP', ctrlKey: true, shiftKey: true }),
        'other',
      ),
    ).toBe(true);
  });

  it('matches letters and digits by physical key (Option+N on a Mac types a dead key)', () => {
    expect(matchesAccelerator('Alt+N', press({ key: '˜', code: 'KeyN', altKey: true }), 'mac')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+3', press({ key: '3', code: 'Numpad3', ctrlKey: true }), 'other')).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+,', press({ key: ',', code: 'Comma', metaKey: true }), 'mac')).toBe(true);
    // Ctrl+/ typed with Shift on layouts where / needs it.
    expect(
      matchesAccelerator('CmdOrCtrl+/', press({ key: '/', code: 'Digit7', ctrlKey: true, shiftKey: true }), 'other'),
    ).toBe(true);
  });

  it('prints shortcuts the way each platform writes them', () => {
    expect(displayAccelerator('CmdOrCtrl+Shift+P', 'other')).toBe('Ctrl+Shift+P');
    expect(displayAccelerator('CmdOrCtrl+Shift+P', 'mac')).toBe('⇧⌘P');
    expect(displayAccelerator('Alt+N', 'mac')).toBe('⌥N');
    expect(() => parseAccelerator('Hyper+N')).toThrow(/Unsupported modifier/);
  });
});

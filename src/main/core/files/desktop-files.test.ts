import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { type TempCore, tempCore } from '../../../../tests/support/temp-core';
import type { FileDialogs, OpenDialogRequest, SaveDialogRequest } from './desktop-files';
import { grantLifetimeMs } from './file-grants';

// The system dialogs are the host's (Electron's); here they answer what a person would pick, and
// everything behind them (checks, grants, reading, writing, remembered folders) is the real core.
let outside: string;
let core: TempCore;
const asked: (OpenDialogRequest | SaveDialogRequest)[] = [];
let answer: string[] | string | null = [];
const dialogs: FileDialogs = {
  open: (request) => {
    asked.push(request);
    return Promise.resolve(answer as string[]);
  },
  save: (request) => {
    asked.push(request);
    return Promise.resolve(answer as string | null);
  },
};
const call = (method: string, input: unknown) => core.dispatch(method, input, { host: 'electron' });

beforeEach(() => {
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-user-files-'));
  core = tempCore('2026-03-02T15:00:00.000Z', { fileDialogs: dialogs });
  asked.length = 0;
});
afterEach(() => {
  core.dispose();
  fs.rmSync(outside, { recursive: true, force: true });
});

const put = (name: string, content: string | Buffer) => {
  const file = path.join(outside, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
};

describe('opening files through the system dialog', () => {
  it('gives the page a token and a name for what was chosen, reads it in the main process, and remembers the folder', async () => {
    const csv = put('in/licences.csv', 'licence_ref\nA-1\n');
    answer = [csv];
    const chosen = await call('files.choose', { kind: 'licence-import' });
    expect(chosen).toMatchObject({
      ok: true,
      value: { files: [{ name: 'licences.csv', sizeBytes: 16, folder: false }] },
    });
    const { files } = (chosen as { value: { files: { token: string }[] } }).value;
    expect(JSON.stringify(chosen)).not.toContain(outside);
    expect(asked[0]).toMatchObject({ kind: 'licence-import', folder: false, multiple: false });
    expect((asked[0] as OpenDialogRequest).defaultPath).toBeUndefined();

    const read = await call('files.read', { token: files[0]!.token });
    expect(read).toMatchObject({ ok: true, value: { name: 'licences.csv' } });
    expect(Buffer.from((read as { value: { contentBase64: string } }).value.contentBase64, 'base64').toString()).toBe(
      'licence_ref\nA-1\n',
    );

    answer = [];
    expect(await call('files.choose', { kind: 'licence-import' })).toMatchObject({
      ok: true,
      value: { files: [], refused: [] },
    });
    expect((asked[1] as OpenDialogRequest).defaultPath).toBe(path.join(outside, 'in'));
  });

  it('refuses, one by one, what the kind does not accept: wrong type, too large, a folder, the app’s own data', async () => {
    const pdf = put('cert.pdf', '%PDF-1.7');
    const exe = put('tool.exe', 'MZ');
    const big = put('scan.pdf', Buffer.alloc(25 * 1024 * 1024 + 1));
    answer = [pdf, exe, big, outside, core.paths.databaseFile, 'relative.pdf'];
    const chosen = await call('files.choose', { kind: 'supplier-document', multiple: true });
    const value = (chosen as { value: { files: { name: string }[]; refused: { name: string; reason: string }[] } })
      .value;
    expect(value.files.map((f) => f.name)).toEqual(['cert.pdf']);
    expect(value.refused.map((r) => r.reason)).toEqual([
      expect.stringMatching(/"tool.exe" is not a file this accepts/),
      expect.stringMatching(/"scan.pdf" is larger than the 25 MB accepted here/),
      expect.stringMatching(/is a folder; choose a file/),
      expect.stringMatching(/part of the app's own data folder/),
      'The app was given something that is not a file on this computer.',
    ]);
  });

  it('follows a link to what it points at, so a link cannot smuggle in the app’s own files', async () => {
    const link = path.join(outside, 'innocent.csv');
    fs.symlinkSync(core.paths.databaseFile, link);
    answer = [link];
    const chosen = await call('files.choose', { kind: 'licence-import' });
    expect(chosen).toMatchObject({ ok: true, value: { files: [], refused: [{ name: 'innocent.csv' }] } });
  });

  it('accepts only tokens it gave out, for an hour, and re-checks the file when it is read', async () => {
    expect(await call('files.read', { token: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await call('files.read', { token: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const csv = put('a.csv', 'x');
    answer = [csv];
    const token = (
      (await call('files.choose', { kind: 'licence-import' })) as { value: { files: { token: string }[] } }
    ).value.files[0]!.token;
    fs.rmSync(csv);
    expect(await call('files.read', { token })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    put('a.csv', 'y');
    expect(await call('files.read', { token })).toMatchObject({ ok: true });
    core.clock.advance(grantLifetimeMs + 1);
    expect(await call('files.read', { token })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringMatching(/choose it again/) },
    });
  });
});

describe('saving files through the system dialog', () => {
  it('writes where the user chose, suggests the name in the folder last used for that kind, and says when cancelled', async () => {
    const target = path.join(outside, 'exports', 'my-licences.csv');
    fs.mkdirSync(path.dirname(target));
    answer = target;
    expect(
      await call('files.save', { kind: 'licence-export', fileName: 'licences.csv', content: { text: 'a,b\n' } }),
    ).toMatchObject({ ok: true, value: { saved: true, fileName: 'my-licences.csv' } });
    expect(fs.readFileSync(target, 'utf8')).toBe('a,b\n');
    expect(asked[0]).toMatchObject({ kind: 'licence-export', defaultPath: 'licences.csv' });

    answer = null;
    expect(
      await call('files.save', { kind: 'licence-export', fileName: 'again.csv', content: { base64: 'AAE=' } }),
    ).toMatchObject({ ok: true, value: { saved: false } });
    expect((asked[1] as SaveDialogRequest).defaultPath).toBe(path.join(outside, 'exports', 'again.csv'));
    // Another kind has its own folder.
    answer = null;
    await call('files.save', { kind: 'summary-pdf', fileName: 'PO-1.pdf', content: { base64: 'AAE=' } });
    expect((asked[2] as SaveDialogRequest).defaultPath).toBe('PO-1.pdf');
  });

  it('never writes into the app’s own data folder, and takes a file name, not a path, from the page', async () => {
    answer = core.paths.databaseFile;
    expect(
      await call('files.save', { kind: 'licence-export', fileName: 'x.csv', content: { text: 'overwrite?' } }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(fs.readFileSync(core.paths.databaseFile).subarray(0, 15).toString()).toBe('SQLite format 3');
    expect(
      await call('files.save', { kind: 'licence-export', fileName: '../../x.csv', content: { text: '' } }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('is the desktop app’s: the browser version is told to use its own dialogs', async () => {
    const web = tempCore();
    try {
      expect(await web.dispatch('files.choose', { kind: 'licence-import' }, { host: 'web' })).toMatchObject({
        ok: false,
        error: { code: 'UNAVAILABLE' },
      });
    } finally {
      web.dispose();
    }
  });
});

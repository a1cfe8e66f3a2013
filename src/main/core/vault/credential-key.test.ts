import { createDecipheriv } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { fixedClock } from '#core/clock';
import { createFileCredentialStore } from '#core/sync/file-credential-store';
import type { VaultOutcome } from '#shared/contract/vault';

import { openTestCore, type TestCore } from '../../../../tests/support/temp-core';
import { call, otherPassphrase, passphrase, testKdf } from '../../../../tests/support/vault-fixtures';
import { sealedKeyId } from './sealed-file';

let root: string;
let core: TestCore | null = null;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-cred-key-'));
});
afterEach(() => {
  core?.close();
  core = null;
  fs.rmSync(root, { recursive: true, force: true });
});

const signedIn = {
  portalUrl: 'http://127.0.0.1:1',
  username: 'filer@lakeside-al.example',
  company: 'Lakeside Aluminum Imports LLC',
  token: 'portal-token-7f3a',
  expiresAt: '2026-03-03T15:00:00.000Z',
};

/** What someone with a copy of the folder gets: the token decrypted with the bytes of the key file, or null. */
function tokenFromCopy(secretsDir: string): string | null {
  const key = fs.readFileSync(path.join(secretsDir, 'credentials.key'));
  if (key.length !== 32) return null;
  const sealed = JSON.parse(fs.readFileSync(path.join(secretsDir, 'portal-credentials.enc'), 'utf8')) as Record<
    string,
    string
  >;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv!, 'base64'));
    decipher.setAuthTag(Buffer.from(sealed.tag!, 'base64'));
    const clear = Buffer.concat([decipher.update(Buffer.from(sealed.data!, 'base64')), decipher.final()]);
    return (JSON.parse(clear.toString('utf8')) as { token: string }).token;
  } catch {
    return null;
  }
}

describe('the web host and command line gateway token key', () => {
  it('is sealed with the passphrase key in a protected folder, follows passphrase changes and is plain again without protection', async () => {
    const dataDir = path.join(root, 'data');
    const secrets = path.join(dataDir, 'secrets');
    core = openTestCore({
      dataDir,
      clock: fixedClock('2026-03-02T15:00:00.000Z'),
      logError: () => {},
      vaultKdf: testKdf,
    });
    const store = createFileCredentialStore(secrets, core.keyring);
    await store.set(signedIn);
    // A plain folder: the key lies beside its ciphertext (the documented limit, said on screen).
    expect(tokenFromCopy(secrets)).toBe(signedIn.token);
    expect(store.protection.description).toMatch(/protect the folder with a passphrase/);

    const enabled = await call<VaultOutcome>(core.dispatch, 'vault.enable', {
      passphrase,
      confirmation: passphrase,
      acknowledgeNoRecovery: true,
    });
    expect(enabled.problems).toEqual([]);
    const firstId = core.keyring.target()!.id;
    expect(sealedKeyId(fs.readFileSync(path.join(secrets, 'credentials.key')))).toBe(firstId);
    expect(tokenFromCopy(secrets)).toBeNull();
    expect(await createFileCredentialStore(secrets).get()).toBeNull();
    expect(await store.get()).toEqual(signedIn);
    expect(store.protection.description).toMatch(/encrypted with your passphrase/);

    await call(core.dispatch, 'vault.change', {
      currentPassphrase: passphrase,
      passphrase: otherPassphrase,
      confirmation: otherPassphrase,
    });
    const secondId = core.keyring.target()!.id;
    expect(secondId).not.toBe(firstId);
    expect(sealedKeyId(fs.readFileSync(path.join(secrets, 'credentials.key')))).toBe(secondId);
    expect(await createFileCredentialStore(secrets, core.keyring).get()).toEqual(signedIn);

    await call(core.dispatch, 'vault.remove', { currentPassphrase: otherPassphrase });
    expect(tokenFromCopy(secrets)).toBe(signedIn.token);
    expect(await createFileCredentialStore(secrets, core.keyring).get()).toEqual(signedIn);
  });

  it('seals a key written before protection existed the first time the unlocked folder reads it', async () => {
    const dataDir = path.join(root, 'data');
    const secrets = path.join(dataDir, 'secrets');
    core = openTestCore({
      dataDir,
      clock: fixedClock('2026-03-02T15:00:00.000Z'),
      logError: () => {},
      vaultKdf: testKdf,
    });
    await call(core.dispatch, 'vault.enable', { passphrase, confirmation: passphrase, acknowledgeNoRecovery: true });
    // As an older version left it: a plain key file in a protected folder.
    await createFileCredentialStore(secrets).set(signedIn);
    expect(tokenFromCopy(secrets)).toBe(signedIn.token);
    expect(await createFileCredentialStore(secrets, core.keyring).get()).toEqual(signedIn);
    expect(sealedKeyId(fs.readFileSync(path.join(secrets, 'credentials.key')))).toBe(core.keyring.target()!.id);
    expect(tokenFromCopy(secrets)).toBeNull();
  });
});

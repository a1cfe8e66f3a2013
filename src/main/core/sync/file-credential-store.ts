import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { ensurePrivateDir } from '#core/private-files';
import { readCredentialKey, writeCredentialKey } from '#core/vault/credential-key';
import type { Keyring } from '#core/vault/keyring';

import { type CredentialStore, type PortalCredentials, portalCredentialsSchema } from './credential-store';

const dataFileName = 'portal-credentials.enc';
const format = 'aim-cred-v1';

function writePrivate(file: string, data: Buffer | string): void {
  // Write then rename: a crash never leaves half a token behind.
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, data, { mode: 0o600 });
  fs.renameSync(temp, file);
  fs.chmodSync(file, 0o600);
}

/**
 * The credential store of the web host, the command line and the tests: AES-256-GCM with a
 * random key kept in its own file (owner-only permissions) in `secrets/` beside the database. It
 * keeps the token out of the database, its backups, the logs and the diagnostics bundle, and it
 * keeps other user accounts out. In a folder protected with a passphrase the key file is itself
 * sealed with the passphrase's key (vault/credential-key.ts), so a copy of the folder does not
 * give the token away; in a plain folder someone who can read the whole folder can decrypt it.
 * The desktop app uses the operating system's keychain instead (safeStorage).
 */
export function createFileCredentialStore(secretsDir: string, keyring?: Keyring): CredentialStore {
  const dataFile = path.join(secretsDir, dataFileName);
  const lookup = (id: string) => keyring?.lookup(id);

  function key(create: boolean): Buffer | null {
    const read = readCredentialKey(secretsDir, lookup);
    const target = keyring?.target() ?? null;
    if (read.state === 'ok') {
      // A key written before the folder was protected (or by an older version) is sealed now.
      if (read.sealedWith !== (target?.id ?? null)) writeCredentialKey(secretsDir, read.key, target);
      return read.key;
    }
    if (!create) return null;
    ensurePrivateDir(secretsDir);
    const fresh = randomBytes(32);
    writeCredentialKey(secretsDir, fresh, target);
    return fresh;
  }

  return {
    // Asked when shown: protection can be switched on or off while the app runs.
    get protection() {
      return {
        level: 'key-file' as const,
        description:
          'The gateway token is encrypted (AES-256-GCM) with a key kept in a separate file that only your user account can read. ' +
          'It never goes into the database, backups, logs or diagnostics. ' +
          (keyring?.target()
            ? 'That key is itself encrypted with your passphrase, so a copy of the data folder does not reveal the token.'
            : 'Anyone who can read your whole data folder could still decrypt it; protect the folder with a passphrase to prevent that.'),
        warning: null,
      };
    },
    get() {
      const k = key(false);
      if (!k || !fs.existsSync(dataFile)) return Promise.resolve(null);
      try {
        const sealed = JSON.parse(fs.readFileSync(dataFile, 'utf8')) as {
          format: string;
          iv: string;
          tag: string;
          data: string;
        };
        if (sealed.format !== format) return Promise.resolve(null);
        const decipher = createDecipheriv('aes-256-gcm', k, Buffer.from(sealed.iv, 'base64'));
        decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
        const clear = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString(
          'utf8',
        );
        const parsed = portalCredentialsSchema.safeParse(JSON.parse(clear));
        return Promise.resolve(parsed.success ? parsed.data : null);
      } catch {
        // A damaged or foreign file is treated as "not signed in": the user signs in again.
        return Promise.resolve(null);
      }
    },
    set(credentials: PortalCredentials) {
      const k = key(true)!;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', k, iv);
      const data = Buffer.concat([cipher.update(JSON.stringify(credentials), 'utf8'), cipher.final()]);
      const sealed = {
        format,
        iv: iv.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
        data: data.toString('base64'),
      };
      writePrivate(dataFile, JSON.stringify(sealed));
      return Promise.resolve();
    },
    clear() {
      fs.rmSync(dataFile, { force: true });
      return Promise.resolve();
    },
  };
}

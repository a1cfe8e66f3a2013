import fs from 'node:fs';
import path from 'node:path';

import { safeStorage } from 'electron';

import {
  createMemoryCredentialStore,
  type CredentialStore,
  type PortalCredentials,
  portalCredentialsSchema,
} from '#core/sync/credential-store';
import type { CredentialProtection } from '#shared/sync/sync-model';

const fileName = 'portal-credentials.safe';

/**
 * The desktop app's credential store: the token is encrypted with Electron's safeStorage (the
 * OS keychain: Keychain on macOS, DPAPI on Windows, libsecret/kwallet on Linux) and the
 * ciphertext kept in `secrets/`. On a Linux desktop without a keyring safeStorage falls back to
 * "basic_text", which is no real protection: the user is told so in the sync view. When
 * encryption is not available at all, the token is kept in memory for this run only.
 * Call after the app is ready.
 */
export async function createSafeStorageCredentialStore(secretsDir: string): Promise<CredentialStore> {
  const available = await safeStorage.isAsyncEncryptionAvailable();
  if (!available) {
    return createMemoryCredentialStore({
      level: 'memory-only',
      description:
        'This computer offers no way to encrypt the gateway token, so it is kept in memory only; sign in again after each start.',
      warning: 'No secure storage is available on this computer: the gateway token is not saved.',
    });
  }
  const basicText = process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text';
  const protection: CredentialProtection = basicText
    ? {
        level: 'os-basic-text',
        description:
          'Your Linux desktop has no keyring the app can use, so the token is stored with a fixed key: about as safe as plain text.',
        warning:
          'The gateway token is stored without real protection on this computer (no keyring found). Install or unlock a keyring (GNOME Keyring, KWallet) to protect it.',
      }
    : {
        level: 'os-keychain',
        description:
          "The gateway token is encrypted with your operating system's keychain and can be read only by your user account on this computer.",
        warning: null,
      };
  const file = path.join(secretsDir, fileName);

  async function write(credentials: PortalCredentials): Promise<void> {
    const sealed = await safeStorage.encryptStringAsync(JSON.stringify(credentials));
    fs.mkdirSync(secretsDir, { recursive: true, mode: 0o700 });
    const temp = `${file}.tmp`;
    fs.writeFileSync(temp, sealed, { mode: 0o600 });
    fs.renameSync(temp, file);
  }

  return {
    protection,
    async get() {
      if (!fs.existsSync(file)) return null;
      try {
        const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(fs.readFileSync(file));
        const parsed = portalCredentialsSchema.safeParse(JSON.parse(result));
        if (!parsed.success) return null;
        if (shouldReEncrypt) await write(parsed.data);
        return parsed.data;
      } catch {
        // Written under another key (a new keyring, another machine): sign in again.
        return null;
      }
    },
    set: write,
    clear() {
      fs.rmSync(file, { force: true });
      return Promise.resolve();
    },
  };
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/**
 * A fresh folder in the system's temp directory for every test of the file, removed after each test
 * once `release` has closed what still holds files in it (a core, a session).
 */
export function tempDataFolder(prefix: string, release: () => unknown = () => {}): { readonly path: string } {
  let folder = '';
  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterEach(async () => {
    await release();
    fs.rmSync(folder, { recursive: true, force: true });
  });
  return {
    get path() {
      return folder;
    },
  };
}

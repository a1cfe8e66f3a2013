import { ipcMain } from 'electron';
import { z } from 'zod';

import type { CoreSession } from '#core/recovery/core-session';
import type { Result } from '#shared/contract';
import { ipcChannels } from '#shared/contract/bridge';
import type { GrantedFiles } from '#shared/contract/files';
import { openKindSchema } from '#shared/files/file-kinds';

import { isTrustedSender } from './ipc-host';

const droppedSchema = z.object({
  kind: openKindSchema,
  paths: z.array(z.string().min(1).max(4096)).max(100, { error: 'at most 100 files at once' }),
});

/**
 * Files dropped on the window: the preload reads their paths (webUtils.getPathForFile) and sends
 * them here, from our own window's main frame only. Each path is checked like one chosen in a
 * dialog (a file or folder of the kind, its size, not the app's own data) and granted a token.
 */
export function hostDrops(session: Pick<CoreSession, 'grantGiven'>, devServerUrl?: string): () => void {
  ipcMain.handle(ipcChannels.grantDropped, (event, kind: unknown, paths: unknown): Result<GrantedFiles> => {
    if (!isTrustedSender(event, devServerUrl)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'This window is not allowed to call the app.' } };
    }
    const parsed = droppedSchema.safeParse({ kind, paths });
    if (!parsed.success) {
      return { ok: false, error: { code: 'VALIDATION', message: `Dropped files: ${parsed.error.issues[0]!.message}` } };
    }
    const granted = session.grantGiven(parsed.data.kind, parsed.data.paths);
    if (!granted) {
      return { ok: false, error: { code: 'UNAVAILABLE', message: 'Unlock the app (or finish the recovery) first.' } };
    }
    return { ok: true, value: granted };
  });
  return () => ipcMain.removeHandler(ipcChannels.grantDropped);
}

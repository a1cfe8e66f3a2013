import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';

import { useClient } from '#renderer/api/client-context';
import { toAppError } from '#renderer/api/use-action';
import { notify } from '#renderer/components/toasts';
import type { SaveKind } from '#shared/files/file-kinds';

import { createFileTransfer, type FileToSave, type FileTransfer } from './file-transfer';

const FilesContext = createContext<FileTransfer | null>(null);

export function FilesProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const transfer = useMemo(() => createFileTransfer(client), [client]);
  return <FilesContext.Provider value={transfer}>{children}</FilesContext.Provider>;
}

export function useFiles(): FileTransfer {
  const transfer = useContext(FilesContext);
  if (!transfer) throw new Error('useFiles outside FilesProvider');
  return transfer;
}

/**
 * Saves what the core produced: the desktop app asks where (and says where it went), the browser
 * downloads it. Resolves to whether it was saved; a failure is shown, never thrown.
 */
export function useSaveFile(): (kind: SaveKind, file: FileToSave, what?: string) => Promise<boolean> {
  const transfer = useFiles();
  return useCallback(
    async (kind, file, what) => {
      try {
        const outcome = await transfer.save(kind, file);
        if (outcome.saved && transfer.native) notify({ tone: 'success', title: `Saved ${outcome.fileName}` });
        else if (outcome.saved && what) notify({ tone: 'success', title: what });
        return outcome.saved;
      } catch (error) {
        notify({ tone: 'error', title: `${file.fileName} was not saved`, detail: toAppError(error).message });
        return false;
      }
    },
    [transfer],
  );
}

/*
 * The one way screens open and save files. The browser version reads File objects (a file input,
 * a drop) and offers downloads; the desktop app asks the main process, which shows the system's
 * own dialogs, reads and writes the chosen paths, and gives the page tokens, never paths. Files
 * cross the RPC as base64 (JSON over HTTP, structured clone over IPC). No fetch: the renderer's
 * CSP allows its own origin only.
 */
import type { Client } from '#renderer/api/client';
import type { GrantedFiles } from '#shared/contract/files';
import { type OpenKind, type OpenKindInfo, openKinds, type SaveKind } from '#shared/files/file-kinds';
import { attachmentNameProblem, formatBytes } from '#shared/suppliers/attachment-rules';

/** A file (or folder) the person gave the app. */
export interface PickedFile {
  readonly name: string;
  readonly sizeBytes: number;
  readonly folder: boolean;
  /** Desktop app: the main process's token for it (a folder can be used only through it). */
  readonly token: string | null;
  /** Its content, base64 (read when needed: a document form may be filled in first). */
  base64(): Promise<string>;
}

export interface Refusal {
  readonly name: string;
  readonly reason: string;
}

export interface Picked {
  readonly files: PickedFile[];
  readonly refused: Refusal[];
}

export interface FileToSave {
  readonly fileName: string;
  readonly mediaType: string;
  readonly content: { readonly text: string } | { readonly base64: string };
}

export interface FileTransfer {
  /** True in the desktop app: choosing opens the system dialog, saving asks where. */
  readonly native: boolean;
  /** Desktop app: the system open dialog for this kind. (The browser version shows a file input instead.) */
  choose(kind: OpenKind, multiple?: boolean): Promise<Picked>;
  /** Files from a drop or a file input, checked against the kind before anything is read. */
  fromFiles(kind: OpenKind, files: readonly File[]): Promise<Picked>;
  /** Desktop app: the system save dialog, written by the main process. Browser: a download. */
  save(kind: SaveKind, file: FileToSave): Promise<{ saved: boolean; fileName: string }>;
}

/** Reads a picked file into base64. */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error(`"${file.name}" could not be read.`));
    reader.readAsDataURL(file);
  });
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function offer(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; free it a little later to be safe.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

function download(file: FileToSave): void {
  if ('text' in file.content) {
    const type = /charset=/i.test(file.mediaType) ? file.mediaType : `${file.mediaType};charset=utf-8`;
    offer(file.fileName, new Blob([file.content.text], { type }));
  } else {
    offer(file.fileName, new Blob([base64ToBytes(file.content.base64)], { type: file.mediaType }));
  }
}

/** The browser's own check of a File against the kind (the core checks the bytes again). */
function refusalOf(kind: OpenKind, file: File): string | null {
  const info: OpenKindInfo = openKinds[kind];
  if (info.folder) return 'A folder can be used only in the desktop app: drop it there, or choose it with the button.';
  // Attachments are judged by name here, as the core does; other files by their content, in the core.
  if (kind === 'supplier-document') {
    const problem = attachmentNameProblem(file.name);
    if (problem) return problem;
  }
  if (file.size > info.maxBytes)
    return `"${file.name}" is larger than the ${formatBytes(info.maxBytes)} accepted here.`;
  if (file.size === 0) return `"${file.name}" is empty (0 bytes).`;
  return null;
}

function browserTransfer(): FileTransfer {
  return {
    native: false,
    choose: () => Promise.reject(new Error('The browser version chooses files with its file input.')),
    fromFiles(kind, files) {
      const picked: Picked = { files: [], refused: [] };
      for (const file of files) {
        const reason = refusalOf(kind, file);
        if (reason) picked.refused.push({ name: file.name, reason });
        else
          picked.files.push({
            name: file.name,
            sizeBytes: file.size,
            folder: false,
            token: null,
            base64: () => fileToBase64(file),
          });
      }
      return Promise.resolve(picked);
    },
    save(_kind, file) {
      download(file);
      return Promise.resolve({ saved: true, fileName: file.fileName });
    },
  };
}

function desktopTransfer(client: Client): FileTransfer {
  const fromGrants = (granted: GrantedFiles): Picked => ({
    refused: granted.refused,
    files: granted.files.map((g) => ({
      name: g.name,
      sizeBytes: g.sizeBytes,
      folder: g.folder,
      token: g.token,
      base64: async () => (await client.call('files.read', { token: g.token })).contentBase64,
    })),
  });
  return {
    native: true,
    choose: async (kind, multiple = false) => fromGrants(await client.call('files.choose', { kind, multiple })),
    async fromFiles(kind, files) {
      if (!client.grantDropped) return { files: [], refused: [] };
      const result = await client.grantDropped(kind, files);
      if (!result.ok) return { files: [], refused: files.map((f) => ({ name: f.name, reason: result.error.message })) };
      const picked = fromGrants(result.value);
      // What had no path on this computer (dragged out of a web page or an e-mail preview) never reached the app.
      const known = new Set([...picked.files.map((f) => f.name), ...picked.refused.map((r) => r.name)]);
      const lost = files
        .filter((f) => !known.has(f.name))
        .map((f) => ({
          name: f.name,
          reason: `"${f.name}" is not a file on this computer; save it to a folder first, then drop it from there.`,
        }));
      return { files: picked.files, refused: [...picked.refused, ...lost] };
    },
    save: (kind, file) =>
      client.call('files.save', { kind, fileName: file.fileName, content: file.content }) as Promise<{
        saved: boolean;
        fileName: string;
      }>,
  };
}

export function createFileTransfer(client: Client): FileTransfer {
  return client.host === 'electron' ? desktopTransfer(client) : browserTransfer();
}

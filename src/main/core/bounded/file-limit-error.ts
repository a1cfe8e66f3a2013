/**
 * A file from outside broke one of the limits it is read under. `reason` completes the sentence
 * "FILE was refused: …", naming the limit, so every caller words the refusal the same way.
 */
export class FileLimitError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'FileLimitError';
  }
}

/** "12.3 MB", "512 MB", "1 GB": limits and sizes as a person reads them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${+(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${+(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

/** A file from outside is not what it claims to be (a broken ZIP, XML that does not close). */
export class MalformedFileError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'MalformedFileError';
  }
}

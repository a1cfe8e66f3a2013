import fs from 'node:fs';
import path from 'node:path';

import log from 'electron-log/node';

import { redactValue } from './log-redaction';

/** Each log file is rotated at this size, and this many older files are kept: a few megabytes in all. */
export const maxLogBytes = 1024 * 1024;
export const keptLogFiles = 4;

export interface AppLog {
  readonly file: string;
  readonly dir: string;
  info(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
  /** The `logError` a core takes: what went wrong, and where. */
  logError(error: unknown, where: string): void;
}

export const logDirOf = (dataDir: string) => path.join(dataDir, 'logs');

/** name.log → name.1.log → … → name.<kept>.log, the oldest dropped. */
function rotate(file: string): void {
  const { dir, name, ext } = path.parse(file);
  const numbered = (n: number) => path.join(dir, `${name}.${n}${ext}`);
  fs.rmSync(numbered(keptLogFiles), { force: true });
  for (let n = keptLogFiles - 1; n >= 1; n -= 1) {
    if (fs.existsSync(numbered(n))) fs.renameSync(numbered(n), numbered(n + 1));
  }
  fs.renameSync(file, numbered(1));
}

/**
 * The log of one host (`desktop`, `web`, `cli`) in the data folder's `logs/`, written with
 * electron-log's file transport, rotated by size, readable only by the user, and passed through
 * the one redaction (log-redaction.ts) before anything is written or printed.
 */
export function createAppLog(options: { dataDir: string; name: 'desktop' | 'web' | 'cli'; console?: boolean }): AppLog {
  const dir = logDirOf(options.dataDir);
  const file = path.join(dir, `${options.name}.log`);
  const logger = log.create({ logId: `aim-${options.name}` });
  logger.transports.file.resolvePathFn = () => file;
  logger.transports.file.maxSize = maxLogBytes;
  logger.transports.file.writeOptions = { flag: 'a', mode: 0o600, encoding: 'utf8' };
  logger.transports.file.archiveLogFn = (old) => rotate(old.path);
  logger.transports.console.level = options.console === false ? false : 'warn';
  if (logger.transports.ipc) logger.transports.ipc.level = false;
  if (logger.transports.remote) logger.transports.remote.level = false;
  logger.hooks.push((message) => ({ ...message, data: message.data.map((d) => redactValue(d)) }));
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch {
    // A read-only data folder: the file transport reports it once; the app still runs.
  }
  return {
    file,
    dir,
    info: (...data) => logger.info(...data),
    warn: (...data) => logger.warn(...data),
    error: (...data) => logger.error(...data),
    logError: (error, where) => logger.error(`[${where}]`, error),
  };
}

import fs from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

import type { Db } from '#core/db/open-database';
import {
  checkRecordSignature,
  recordSignatureSchema,
  type SignatureCheck,
  signRecord,
} from '#core/vault/record-signature';
import type { VaultKeys } from '#core/vault/vault-keys';

/**
 * The hash chain proves that no entry was changed or removed in the middle, but not that the
 * newest entries are all there: cutting the tail off leaves a valid, shorter chain. So after
 * every committed change the app records the newest entry (sequence number and hash) in a small
 * file beside the database. Verification then also checks that the log still reaches that entry
 * and that it is the same one. In a protected folder the anchor is signed (record-signature.ts),
 * so it cannot be written by hand; in a plain folder someone who can rewrite both the database
 * and this file can rewrite history consistently, and only the backups' recorded heads
 * (rollback-check.ts) and the head hash shown in the app (which a careful filer notes down)
 * catch that.
 */
export const auditAnchorFileName = 'audit-anchor.json';

export const auditAnchorSchema = z.object({
  seq: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string(),
  /** Present in a protected folder: HMAC over seq, hash and at. */
  signature: recordSignatureSchema.optional(),
});
export type AuditAnchor = z.infer<typeof auditAnchorSchema>;

export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
}

export const anchorFile = (dataDir: string): string => path.join(dataDir, auditAnchorFileName);

export function readAuditHead(db: Db): AuditHead | null {
  return db.prepare<[], AuditHead>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() ?? null;
}

export type AnchorRead =
  { state: 'missing' } | { state: 'unreadable'; reason: string } | { state: 'ok'; anchor: AuditAnchor };

export function readAnchor(dataDir: string): AnchorRead {
  let text: string;
  try {
    text = fs.readFileSync(anchorFile(dataDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    return { state: 'unreadable', reason: (error as Error).message };
  }
  try {
    const parsed = auditAnchorSchema.safeParse(JSON.parse(text));
    return parsed.success
      ? { state: 'ok', anchor: parsed.data }
      : { state: 'unreadable', reason: 'it does not have the expected fields' };
  } catch {
    return { state: 'unreadable', reason: 'it is not valid JSON' };
  }
}

/** Write-to-temp, fsync, rename: a crash leaves either the old anchor or the new one, never half of one. */
export function writeFileAtomically(file: string, text: string): void {
  const temp = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(temp, 'w', 0o600);
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
  syncDirectory(path.dirname(file));
}

/** Makes a rename durable. Windows cannot open a directory for fsync; NTFS journals renames itself. */
export function syncDirectory(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** What the anchor's signature covers. */
export const anchorBody = (anchor: AuditAnchor) => ({ seq: anchor.seq, hash: anchor.hash, at: anchor.at });

/** Whether the anchor was signed by a key of this folder. */
export const anchorSignature = (
  anchor: AuditAnchor,
  lookup: (keyId: string) => VaultKeys | undefined,
): SignatureCheck => checkRecordSignature(lookup, 'audit-anchor', anchorBody(anchor), anchor.signature);

export function writeAnchor(
  dataDir: string,
  head: AuditHead,
  at: string,
  signer: VaultKeys | null = null,
): AuditAnchor {
  const body = { seq: head.seq, hash: head.hash, at };
  const anchor: AuditAnchor = signer ? { ...body, signature: signRecord(signer, 'audit-anchor', body) } : body;
  writeFileAtomically(anchorFile(dataDir), `${JSON.stringify(anchor, null, 2)}\n`);
  return anchor;
}

/** Compares the log with the anchor; returns the problem in words, or null when the log reaches it unchanged. */
export function anchorProblem(db: Db, anchor: AuditAnchor): { problem: string; firstBadSeq: number } | null {
  if (anchor.seq === 0) return null;
  const row = db.prepare<[number], { hash: string }>('SELECT hash FROM audit_log WHERE seq = ?').get(anchor.seq);
  const head = readAuditHead(db);
  if (!row) {
    const last = head?.seq ?? 0;
    return {
      problem: `entries ${last + 1} to ${anchor.seq} were removed: the log ends at entry ${last}, but entry ${anchor.seq} was recorded on ${anchor.at}`,
      firstBadSeq: last + 1,
    };
  }
  if (row.hash !== anchor.hash) {
    return {
      problem: `entry ${anchor.seq} is not the one recorded on ${anchor.at}: the log was rewritten from there back`,
      firstBadSeq: anchor.seq,
    };
  }
  return null;
}

/**
 * Keeps the anchor file in step with the log. `refresh()` runs after each call the hosts
 * dispatch (after its transaction has committed) and writes only when the head moved.
 */
export function createAnchorKeeper(
  db: Db,
  dataDir: string,
  now: () => string,
  onError: (error: unknown) => void,
  signer: () => VaultKeys | null = () => null,
) {
  let written: AuditHead | null = null;
  const current = readAnchor(dataDir);
  if (current.state === 'ok') written = { seq: current.anchor.seq, hash: current.anchor.hash };
  const hashAt = db.prepare<[number], { hash: string }>('SELECT hash FROM audit_log WHERE seq = ?');
  /** The anchor only moves forward along the same chain: a shortened or rewritten log is left for verification to report. */
  const continuesFrom = (anchor: AuditHead, head: AuditHead) =>
    head.seq > anchor.seq && hashAt.get(anchor.seq)?.hash === anchor.hash;
  return {
    /** The anchor as it stood when the core opened: what verification compares with. */
    initial: current,
    refresh(): void {
      if (!db.open || db.inTransaction) return;
      try {
        const head = readAuditHead(db);
        if (!head || (written && !continuesFrom(written, head))) return;
        writeAnchor(dataDir, head, now(), signer());
        written = head;
      } catch (error) {
        onError(error);
      }
    },
    /** After a restore the old anchor belongs to the damaged file: start again from the restored head. */
    reset(): void {
      written = null;
    },
  };
}
export type AnchorKeeper = ReturnType<typeof createAnchorKeeper>;

import { createHash } from 'node:crypto';
import fs from 'node:fs';

import { strFromU8 } from 'fflate';
import { z } from 'zod';

import { auditHash } from '#core/audit/audit-log';
import { FileLimitError, formatBytes, MalformedFileError } from '#core/bounded/file-limit-error';
import { readZipDirectory, type ZipDirectory, type ZipEntry, type ZipLimits } from '#core/bounded/zip-directory';
import { readEntry, streamEntry } from '#core/bounded/zip-entry';
import { auditPackManifestSchema, type PackVerification } from '#shared/reports/audit-pack-schema';

/**
 * Packs are capped at 300 MB when made (mostly stored, not compressed): the limits below are far
 * beyond any real one, and are checked from the ZIP's table of contents before anything is
 * inflated. The app's own choice.
 */
export const packLimits = {
  zip: { maxEntries: 100_000, maxTotalBytes: 1024 ** 3, maxRatio: 100, ratioGraceBytes: 1024 * 1024 },
  maxManifestBytes: 32 * 1024 * 1024,
  maxTrailBytes: 256 * 1024 * 1024,
} as const satisfies { zip: ZipLimits; maxManifestBytes: number; maxTrailBytes: number };

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const trailSchema = z.array(
  z.object({
    seq: z.number().int(),
    at: z.string(),
    actor: z.string(),
    entity: z.string(),
    entityId: z.string(),
    action: z.string(),
    before: z.string().nullable(),
    after: z.string().nullable(),
    prevHash: z.string(),
    hash: z.string(),
  }),
);

const failed = (problem: string): PackVerification => ({
  ok: false,
  problems: [problem],
  warnings: [],
  manifestSha256: null,
  createdAt: null,
  licences: 0,
  files: 0,
  recordedInAuditTrail: false,
});

function readWhole(zip: ZipDirectory, entry: ZipEntry, max: number): Uint8Array | string {
  if (entry.size > max)
    return `${entry.name} would unpack to ${formatBytes(entry.size)}, more than the ${formatBytes(max)} allowed`;
  return readEntry(zip, entry);
}

function hashEntry(zip: ZipDirectory, entry: ZipEntry): string {
  const hash = createHash('sha256');
  streamEntry(zip, entry, (chunk) => {
    hash.update(chunk);
  });
  return hash.digest('hex');
}

/**
 * Checks an audit pack on its own terms: every file the manifest lists is there with its
 * SHA-256 and size, no file was added, and every audit entry in it still hashes to its recorded
 * hash (the same formula as the app's hash chain). Files are hashed as they stream out of the
 * ZIP, one slice at a time. Runs in a worker (see verifyAuditPack); `recordedInAuditTrail` is
 * filled in by the caller, who has the app's data.
 */
export function checkAuditPack(bytes: Uint8Array): PackVerification {
  let zip: ZipDirectory;
  try {
    zip = readZipDirectory(bytes, packLimits.zip);
  } catch (error) {
    if (error instanceof FileLimitError) return failed(`The pack was refused: ${error.reason}.`);
    return failed(
      `This is not a readable ZIP file (${(error as MalformedFileError).reason ?? (error as Error).message}).`,
    );
  }
  try {
    return checkEntries(zip);
  } catch (error) {
    if (error instanceof FileLimitError) return failed(`The pack was refused: ${error.reason}.`);
    if (error instanceof MalformedFileError) return failed(`The pack is damaged: ${error.reason}.`);
    throw error;
  }
}

/** Packs are made at most 300 MB; a file over 1 GB is not read at all. */
const maxPackFileBytes = 1024 ** 3;

export function checkAuditPackSource(source: { bytes: Uint8Array } | { file: string }): PackVerification {
  if ('bytes' in source) return checkAuditPack(source.bytes);
  const size = fs.statSync(source.file).size;
  if (size > maxPackFileBytes)
    return failed(
      `The pack was refused: it is ${formatBytes(size)}, more than the ${formatBytes(maxPackFileBytes)} allowed.`,
    );
  return checkAuditPack(fs.readFileSync(source.file));
}

function checkEntries(zip: ZipDirectory): PackVerification {
  const manifestEntry = zip.find('manifest.json');
  if (!manifestEntry)
    return failed('The pack has no manifest.json: it was not made by AIM Licences, or the manifest was removed.');
  const manifestBytes = readWhole(zip, manifestEntry, packLimits.maxManifestBytes);
  if (typeof manifestBytes === 'string') return failed(`The pack was refused: ${manifestBytes}.`);
  let manifestJson: unknown;
  try {
    manifestJson = JSON.parse(strFromU8(manifestBytes));
  } catch {
    return failed('manifest.json is not valid JSON.');
  }
  const parsed = auditPackManifestSchema.safeParse(manifestJson);
  if (!parsed.success)
    return failed(
      `manifest.json is not an AIM Licences audit pack manifest (${parsed.error.issues[0]?.message ?? 'unknown shape'}).`,
    );
  const manifest = parsed.data;
  const manifestSha256 = sha256(manifestBytes);

  const problems: string[] = [];
  const listed = new Set(manifest.files.map((file) => file.path));
  // Exact names: the pack's own paths are compared as written, not case-folded.
  const entries = new Map(zip.entries.map((entry) => [entry.name, entry]));
  for (const file of manifest.files) {
    const entry = entries.get(file.path);
    if (!entry) {
      problems.push(`${file.path} is listed in the manifest but missing from the pack.`);
      continue;
    }
    if (entry.size !== file.sizeBytes)
      problems.push(`${file.path} is ${entry.size} bytes; the manifest says ${file.sizeBytes}.`);
    const actual = hashEntry(zip, entry);
    if (actual !== file.sha256)
      problems.push(`${file.path} was changed: its SHA-256 is ${actual}, the manifest says ${file.sha256}.`);
  }
  for (const path of entries.keys()) {
    if (path !== 'manifest.json' && !path.endsWith('/') && !listed.has(path))
      problems.push(`${path} is in the pack but not in the manifest (added later).`);
  }

  const trailEntry = entries.get('audit/audit-trail.json');
  if (trailEntry && listed.has('audit/audit-trail.json')) {
    const trailBytes = readWhole(zip, trailEntry, packLimits.maxTrailBytes);
    if (typeof trailBytes === 'string') problems.push(`The audit trail was not checked: ${trailBytes}.`);
    else {
      const trail = trailSchema.safeParse(
        (() => {
          try {
            return JSON.parse(strFromU8(trailBytes)) as unknown;
          } catch {
            return null;
          }
        })(),
      );
      if (!trail.success) problems.push('audit/audit-trail.json is not a list of audit entries.');
      else {
        for (const entry of trail.data) {
          const row = {
            seq: entry.seq,
            at: entry.at,
            actor: entry.actor,
            entity: entry.entity,
            entity_id: entry.entityId,
            action: entry.action,
            before: entry.before,
            after: entry.after,
            prev_hash: entry.prevHash,
          };
          if (auditHash(row) !== entry.hash)
            problems.push(
              `Audit entry ${entry.seq} in audit/audit-trail.json does not match its hash: it was altered.`,
            );
        }
      }
    }
  }

  return {
    ok: problems.length === 0,
    problems,
    warnings: manifest.problems,
    manifestSha256,
    createdAt: manifest.createdAt,
    licences: manifest.licences.length,
    files: manifest.files.length,
    recordedInAuditTrail: false,
  };
}

import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { z } from 'zod';
import { auditPackManifestSchema, type PackVerification } from '../../../shared/reports/audit-pack-schema';
import { auditHash } from '../audit/audit-log';

/** Packs are capped at 300 MB when made (mostly stored, not compressed): 1 GB unpacked is far beyond any real one. */
const maxUnpackedBytes = 1 * 1024 * 1024 * 1024;
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

/**
 * Checks an audit pack on its own terms: every file the manifest lists is there with its
 * SHA-256 and size, no file was added, and every audit entry in it still hashes to its recorded
 * hash (the same formula as the app's hash chain). `recorded` says whether an app's audit trail
 * names the manifest's hash; pass `() => false` where no app data is at hand.
 */
export function verifyAuditPack(bytes: Uint8Array, recorded: (manifestSha256: string) => boolean): PackVerification {
  let entries: Record<string, Uint8Array>;
  // A ZIP states each file's unpacked size up front: refuse one that would unpack to absurd
  // sizes (a "zip bomb") before inflating anything.
  let declared = 0;
  try {
    entries = unzipSync(bytes, { filter: (file) => (declared += file.originalSize) <= maxUnpackedBytes });
  } catch (error) {
    return failed(`This is not a readable ZIP file (${(error as Error).message}).`);
  }
  if (declared > maxUnpackedBytes)
    return failed(
      `The pack would unpack to more than ${maxUnpackedBytes / 1024 / 1024 / 1024} GB; an AIM Licences pack is never that large.`,
    );
  const manifestBytes = entries['manifest.json'];
  if (!manifestBytes)
    return failed('The pack has no manifest.json: it was not made by AIM Licences, or the manifest was removed.');
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
  for (const file of manifest.files) {
    const content = entries[file.path];
    if (!content) {
      problems.push(`${file.path} is listed in the manifest but missing from the pack.`);
      continue;
    }
    if (content.length !== file.sizeBytes)
      problems.push(`${file.path} is ${content.length} bytes; the manifest says ${file.sizeBytes}.`);
    const actual = sha256(content);
    if (actual !== file.sha256)
      problems.push(`${file.path} was changed: its SHA-256 is ${actual}, the manifest says ${file.sha256}.`);
  }
  for (const path of Object.keys(entries)) {
    if (path !== 'manifest.json' && !path.endsWith('/') && !listed.has(path))
      problems.push(`${path} is in the pack but not in the manifest (added later).`);
  }

  const trailBytes = entries['audit/audit-trail.json'];
  if (trailBytes && listed.has('audit/audit-trail.json')) {
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
          problems.push(`Audit entry ${entry.seq} in audit/audit-trail.json does not match its hash: it was altered.`);
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
    recordedInAuditTrail: recorded(manifestSha256),
  };
}

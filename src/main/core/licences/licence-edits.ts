import type { Db } from '#core/db/open-database';
import { type LicenceDraft, licenceDraftSchema } from '#shared/licences/licence-schema';
import type { LicenceStatus } from '#shared/licences/licence-status';

export interface KeptEdit {
  readonly baseVersion: number;
  readonly draft: LicenceDraft;
  readonly savedAt: string;
}

export interface KeptEditSummary {
  readonly id: string;
  readonly reference: string;
  readonly status: LicenceStatus;
  readonly savedAt: string;
}

/**
 * The working copy of an open licence form, autosaved as it is typed so that nothing typed is
 * lost to a closed window or a crash. It is not the licence's record: no version, no audit entry.
 * Saving the licence turns it into one recorded change and removes it. Callers own the transaction.
 */
export function createLicenceEdits(db: Db) {
  const upsert = db.prepare(
    `INSERT INTO licence_edits (licence_id, base_version, draft, saved_at) VALUES (@id, @base, @draft, @at)
     ON CONFLICT (licence_id) DO UPDATE SET base_version = excluded.base_version, draft = excluded.draft, saved_at = excluded.saved_at`,
  );
  const select = db.prepare<[string], { base_version: number; draft: string; saved_at: string }>(
    'SELECT base_version, draft, saved_at FROM licence_edits WHERE licence_id = ?',
  );
  const remove = db.prepare('DELETE FROM licence_edits WHERE licence_id = ?');
  const all = db.prepare<[], { id: string; reference: string; status: LicenceStatus; saved_at: string }>(
    `SELECT l.id, l.reference, l.status, e.saved_at FROM licence_edits e JOIN licences l ON l.id = e.licence_id
     ORDER BY e.saved_at DESC`,
  );

  return {
    keep(id: string, baseVersion: number, draft: LicenceDraft, at: string): void {
      upsert.run({ id, base: baseVersion, draft: JSON.stringify(draft), at });
    },
    get(id: string): KeptEdit | null {
      const row = select.get(id);
      if (!row) return null;
      // Parsed on the way out: a working copy written by an older version must still fit the form.
      const parsed = licenceDraftSchema.safeParse(JSON.parse(row.draft));
      return parsed.success ? { baseVersion: row.base_version, draft: parsed.data, savedAt: row.saved_at } : null;
    },
    discard(id: string): boolean {
      return remove.run(id).changes > 0;
    },
    list(): KeptEditSummary[] {
      return all.all().map((r) => ({ id: r.id, reference: r.reference, status: r.status, savedAt: r.saved_at }));
    },
  };
}
export type LicenceEdits = ReturnType<typeof createLicenceEdits>;

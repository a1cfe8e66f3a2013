import type { HtsRevision } from '../../../shared/reference/hts';
import { htsRevisionSchema } from '../../../shared/reference/reference-schema';
import type { Db } from '../db/open-database';

interface TableRow {
  id: string;
  kind: string;
  data: string;
}

/**
 * The imported tables of one data folder (table reference_tables). Each row keeps the table as the
 * app uses it, in a versioned envelope, with the publisher's file name, size and SHA-256.
 */
export function createReferenceTableStore(db: Db, logError: (error: unknown) => void = console.error) {
  const all = db.prepare<[], TableRow>('SELECT id, kind, data FROM reference_tables ORDER BY effective_from, id');
  const insert = db.prepare(
    `INSERT INTO reference_tables (id, kind, label, effective_from, file_name, file_sha256, file_bytes, imported_at, data)
     VALUES (@id, @kind, @label, @effectiveFrom, @fileName, @sha256, @bytes, @importedAt, @data)`,
  );
  const remove = db.prepare('DELETE FROM reference_tables WHERE id = ?');

  return {
    /** Every imported HTS revision. A row this version cannot read is left out (and logged), never fatal. */
    htsRevisions(): HtsRevision[] {
      const revisions: HtsRevision[] = [];
      for (const row of all.all()) {
        if (row.kind !== 'hts') continue;
        const parsed = htsRevisionSchema.safeParse((JSON.parse(row.data) as { revision?: unknown }).revision);
        if (parsed.success) revisions.push(parsed.data as HtsRevision);
        else logError(new Error(`Imported reference table ${row.id} cannot be read: ${parsed.error.message}`));
      }
      return revisions;
    },
    /** Inside the caller's transaction (with its audit entry). */
    insertHts(revision: HtsRevision): void {
      const origin = revision.origin;
      if (origin?.kind !== 'imported' || !origin.importedAt) throw new Error('Only imported revisions are stored.');
      insert.run({
        id: revision.id,
        kind: 'hts',
        label: revision.label,
        effectiveFrom: revision.effectiveFrom,
        fileName: origin.fileName,
        sha256: origin.sha256,
        bytes: origin.bytes,
        importedAt: origin.importedAt,
        data: JSON.stringify({ format: 1, revision }),
      });
    },
    remove(id: string): boolean {
      return remove.run(id).changes > 0;
    },
  };
}
export type ReferenceTableStore = ReturnType<typeof createReferenceTableStore>;

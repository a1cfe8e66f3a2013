import type { z } from 'zod';

import type { Db } from '#core/db/open-database';
import type { HtsRevision, ReferenceOrigin } from '#shared/reference/hts';
import {
  type ImportedCbpList,
  importedCbpListSchema,
  type ImportedPortList,
  importedPortListSchema,
} from '#shared/reference/imported-port-list';
import { htsRevisionSchema } from '#shared/reference/reference-schema';

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

  /** Every imported table of a kind. A row this version cannot read is left out (and logged), never fatal. */
  function read(kind: string, key: string, schema: z.ZodType): unknown[] {
    const tables: unknown[] = [];
    for (const row of all.all()) {
      if (row.kind !== kind) continue;
      const parsed = schema.safeParse((JSON.parse(row.data) as Record<string, unknown>)[key]);
      if (parsed.success) tables.push(parsed.data);
      else logError(new Error(`Imported reference table ${row.id} cannot be read: ${parsed.error.message}`));
    }
    return tables;
  }

  /** Inside the caller's transaction (with its audit entry). */
  function store(
    kind: string,
    table: { id: string; label: string; effectiveFrom: string; origin?: ReferenceOrigin | undefined },
    data: object,
  ): void {
    const origin = table.origin;
    if (origin?.kind !== 'imported' || !origin.importedAt) throw new Error('Only imported tables are stored.');
    insert.run({
      id: table.id,
      kind,
      label: table.label,
      effectiveFrom: table.effectiveFrom,
      fileName: origin.fileName,
      sha256: origin.sha256,
      bytes: origin.bytes,
      importedAt: origin.importedAt,
      data: JSON.stringify({ format: 1, ...data }),
    });
  }

  return {
    htsRevisions: () => read('hts', 'revision', htsRevisionSchema) as HtsRevision[],
    censusPortLists: () => read('ports-census', 'list', importedPortListSchema) as ImportedPortList[],
    cbpPortLists: () => read('ports-cbp', 'list', importedCbpListSchema) as ImportedCbpList[],
    insertHts: (revision: HtsRevision) => store('hts', revision, { revision }),
    insertCensusPortList: (list: ImportedPortList) =>
      store('ports-census', { ...list, effectiveFrom: list.asOf }, { list }),
    insertCbpList: (list: ImportedCbpList) => store('ports-cbp', { ...list, effectiveFrom: list.asOf }, { list }),
    remove(id: string): boolean {
      return remove.run(id).changes > 0;
    },
  };
}
export type ReferenceTableStore = ReturnType<typeof createReferenceTableStore>;

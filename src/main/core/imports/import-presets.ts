import type { AuditLog } from '#core/audit/audit-log';
import type { Clock } from '#core/clock';
import type { Db } from '#core/db/open-database';
import { AppError } from '#shared/contract';
import type { ImportPreset } from '#shared/contract/imports';
import { columnMappingSchema } from '#shared/imports/column-mapping';

/** Named column mappings, so a broker's or an ERP's layout is mapped once and reused. */
export function createImportPresets(db: Db, clock: Clock, audit: AuditLog) {
  const all = db.prepare<[], { name: string; mapping: string }>(
    'SELECT name, mapping FROM import_presets ORDER BY name COLLATE NOCASE',
  );
  const upsert = db.prepare(
    `INSERT INTO import_presets (name, mapping, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at`,
  );
  const remove = db.prepare('DELETE FROM import_presets WHERE name = ?');
  return {
    list: (): ImportPreset[] =>
      all.all().map((row) => ({ name: row.name, mapping: columnMappingSchema.parse(JSON.parse(row.mapping)) })),
    save(preset: ImportPreset): ImportPreset {
      db.transaction(() => {
        upsert.run(preset.name, JSON.stringify(preset.mapping), clock.now().toISOString());
        audit.append({ entity: 'setting', entityId: `import-preset:${preset.name}`, action: 'save', after: preset });
      })();
      return preset;
    },
    delete(name: string): { name: string } {
      db.transaction(() => {
        if (remove.run(name).changes === 0)
          throw new AppError('NOT_FOUND', `There is no column mapping preset named "${name}".`, { name });
        audit.append({ entity: 'setting', entityId: `import-preset:${name}`, action: 'delete' });
      })();
      return { name };
    },
  };
}

import type { AuditLog } from '#core/audit/audit-log';
import type { Clock } from '#core/clock';
import type { Db } from '#core/db/open-database';
import { type FilerProfile, storedFilerProfileSchema } from '#shared/profile/filer-profile';

export interface ProfileService {
  get(): FilerProfile | null;
  save(profile: FilerProfile): FilerProfile;
}

export function createProfileService(db: Db, clock: Clock, audit: AuditLog): ProfileService {
  const select = db.prepare<[], { data: string }>('SELECT data FROM filer_profile WHERE id = 1');
  const upsert = db.prepare(
    `INSERT INTO filer_profile (id, data, updated_at) VALUES (1, @data, @at)
     ON CONFLICT (id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`,
  );
  const get = (): FilerProfile | null => {
    const row = select.get();
    // Parsed on the way out too: a hand-edited row must not reach the UI half-valid.
    return row ? storedFilerProfileSchema.parse(JSON.parse(row.data)) : null;
  };
  return {
    get,
    save: (profile) =>
      db.transaction(() => {
        const before = get();
        upsert.run({ data: JSON.stringify(profile), at: clock.now().toISOString() });
        audit.append({
          entity: 'profile',
          entityId: 'filer',
          action: before ? 'update' : 'create',
          before,
          after: profile,
        });
        return profile;
      })(),
  };
}

import type { AuditLog } from '#core/audit/audit-log';
import type { Db } from '#core/db/open-database';

export const idleLockKey = 'vault.idleLock';

/**
 * How many minutes without use before a protected folder locks by itself (0: never). Kept in the
 * settings table under its own key and audited like every setting; inside the encrypted database,
 * so nobody can switch it off without the passphrase.
 */
export function createIdleLockStore(db: Db, audit: AuditLog) {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const get = (): number => {
    const stored = Number(JSON.parse(select.get(idleLockKey)?.value ?? '0'));
    return Number.isInteger(stored) && stored >= 0 && stored <= 1440 ? stored : 0;
  };
  return {
    get,
    set(minutes: number): { minutes: number } {
      db.transaction(() => {
        const before = get();
        upsert.run(idleLockKey, JSON.stringify(minutes));
        audit.append({
          entity: 'setting',
          entityId: idleLockKey,
          action: 'update',
          before: { minutes: before },
          after: { minutes },
        });
      })();
      return { minutes };
    },
  };
}
export type IdleLockStore = ReturnType<typeof createIdleLockStore>;

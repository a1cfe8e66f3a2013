import { portalLicenceRecordSchema, type PortalLicenceRecord } from '../../../shared/sync/portal-protocol';
import { defaultSyncSettings, syncSettingsSchema, type SyncSettings } from '../../../shared/sync/sync-model';
import type { Db } from '../db/open-database';
import { oneOrNull } from '../db/one-row';

export interface PortalLink {
  readonly licenceId: string;
  readonly portalId: string;
  readonly version: number;
  readonly record: PortalLicenceRecord;
}

interface LinkRow {
  licence_id: string;
  portal_id: string;
  portal_version: number;
  record: string;
}

const toLink = (row: LinkRow): PortalLink => ({
  licenceId: row.licence_id,
  portalId: row.portal_id,
  version: row.portal_version,
  record: portalLicenceRecordSchema.parse(JSON.parse(row.record)),
});

/** Small sync facts kept in SQLite: settings, the changes cursor, last sync, and portal links. */
export function createSyncStore(db: Db) {
  const getValue = db.prepare<[string], { value: string }>('SELECT value FROM sync_state WHERE key = ?');
  const setValue = db.prepare(
    'INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const linkByLicence = db.prepare<[string], LinkRow>('SELECT * FROM sync_links WHERE licence_id = ?');
  const linkByPortal = db.prepare<[string], LinkRow>('SELECT * FROM sync_links WHERE portal_id = ?');
  const upsertLink = db.prepare(`
    INSERT INTO sync_links (licence_id, portal_id, portal_version, record, updated_at) VALUES (@licence_id, @portal_id, @version, @record, @at)
    ON CONFLICT (licence_id) DO UPDATE SET portal_id = excluded.portal_id, portal_version = excluded.portal_version,
      record = excluded.record, updated_at = excluded.updated_at`);

  const read = <T>(key: string, fallback: T): T => {
    const row = getValue.get(key);
    return row ? (JSON.parse(row.value) as T) : fallback;
  };
  const write = (key: string, value: unknown): void => {
    setValue.run(key, JSON.stringify(value));
  };

  return {
    settings(): SyncSettings {
      const parsed = syncSettingsSchema.safeParse({ ...defaultSyncSettings, ...read<object>('settings', {}) });
      return parsed.success ? parsed.data : defaultSyncSettings;
    },
    saveSettings: (settings: SyncSettings) => write('settings', settings),
    /** Where the change feed was read up to, per portal (another portal has other changes). */
    cursor: (portalUrl: string): string => read(`cursor:${portalUrl}`, '0'),
    setCursor: (portalUrl: string, cursor: string) => write(`cursor:${portalUrl}`, cursor),
    lastSyncAt: (): string | null => read<string | null>('lastSyncAt', null),
    setLastSyncAt: (at: string) => write('lastSyncAt', at),
    /** Set when the portal refused the token; cleared by signing in. */
    authPaused: (): boolean => read('authPaused', false),
    setAuthPaused: (paused: boolean) => write('authPaused', paused),

    linkOf: oneOrNull(linkByLicence, toLink),
    linkByPortalId: oneOrNull(linkByPortal, toLink),
    saveLink(licenceId: string, record: PortalLicenceRecord, at: string): void {
      upsertLink.run({
        licence_id: licenceId,
        portal_id: record.portalId,
        version: record.version,
        record: JSON.stringify(record),
        at,
      });
    },
  };
}
export type SyncStore = ReturnType<typeof createSyncStore>;

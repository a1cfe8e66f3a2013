import type { AuditLog } from '#core/audit/audit-log';
import type { Clock } from '#core/clock';
import type { Db } from '#core/db/open-database';
import { createSettingsSection } from '#core/settings/settings-section';
import { displayDate, localIsoDate, plusDays } from '#shared/dates/iso-date';
import {
  licenceReminderDays,
  maxNoticeItems,
  type Notice,
  type NoticeItem,
  type NoticeKind,
  type NoticeList,
  noticeSettingsFromStored,
} from '#shared/notices/notice-schema';
import type { ComplianceReport } from '#shared/suppliers/compliance-schema';
import { documentTypeLabels } from '#shared/suppliers/document-schema';
import type { SyncStatus } from '#shared/sync/sync-model';
import { countOf, pluralWord } from '#shared/text/plural';

export interface NoticeServiceDeps {
  readonly db: Db;
  readonly clock: Clock;
  readonly audit: AuditLog;
  /** The compliance view's report over its own horizon (documents expiring or expired). */
  readonly compliance: () => ComplianceReport;
  readonly syncStatus: () => SyncStatus;
}

interface LicenceRow {
  id: string;
  reference: string;
  importer_name: string;
  day: string;
}

const licenceLabel = (row: LicenceRow) => row.reference || row.importer_name || 'Untitled draft';
/** "A licence expires soon" for one, "3 licences expire soon" for more. */
const plural = (n: number, one: string, many: string) =>
  pluralWord(n, one, many.replace('#', countOf(n, '', '').trim()));

function notice(kind: NoticeKind, title: string, count: number, items: NoticeItem[], listRoute: string): Notice {
  const [first] = items;
  const body =
    count === 1 && first
      ? `${first.label}: ${first.detail.replace(/\.$/, '')}.`
      : `${first ? `${first.label} (${first.detail}) and ` : ''}${count - (first ? 1 : 0)} more.`;
  return {
    kind,
    title,
    body,
    route: count === 1 && first ? first.route : listRoute,
    count,
    items: items.slice(0, maxNoticeItems),
  };
}

/**
 * What the app reminds people of: licences to file before their expected import date, issued
 * licences about to lapse, supplier documents expiring, and licences the portal never received.
 * One notice per kind (a morning with twelve drafts due is one notification, not twelve).
 */
export function createNoticeService(deps: NoticeServiceDeps) {
  const { db, clock } = deps;
  const settings = createSettingsSection(db, deps.audit, 'notices', noticeSettingsFromStored);
  const toFile = db.prepare<{ today: string; horizon: string }, LicenceRow>(`
    SELECT id, reference, importer_name, expected_import_date AS day FROM licences
    WHERE status IN ('draft','ready') AND expected_import_date >= @today AND expected_import_date <= @horizon
    ORDER BY expected_import_date, reference, id`);
  const expiring = db.prepare<{ today: string; horizon: string }, LicenceRow>(`
    SELECT id, reference, importer_name, valid_through AS day FROM licences
    WHERE status = 'issued' AND valid_through IS NOT NULL AND valid_through >= @today AND valid_through <= @horizon
    ORDER BY valid_through, reference, id`);
  const failed = db.prepare<[], { licence_id: string; reference: string; last_error_message: string | null }>(`
    SELECT licence_id, reference, last_error_message FROM sync_outbox WHERE state = 'failed' ORDER BY updated_at, rowid`);

  /** The two licence reminders, alike but for which licences they list and how they word the day. */
  const licenceReminders = [
    {
      kind: 'file-before-import',
      rows: toFile,
      title: (n: number) =>
        plural(n, 'A licence to file before its import date', '# licences to file before their import date'),
      day: (day: string) => `imports on ${displayDate(day)}`,
    },
    {
      kind: 'licence-expiring',
      rows: expiring,
      title: (n: number) => plural(n, 'A licence expires soon', '# licences expire soon'),
      day: (day: string) => `valid through ${displayDate(day)}`,
    },
  ] as const;

  function licenceNotices(today: string): Notice[] {
    const window = { today, horizon: plusDays(today, licenceReminderDays) };
    return licenceReminders.flatMap(({ kind, rows, title, day }) => {
      const found = rows.all(window);
      if (found.length === 0) return [];
      const items = found.map((r) => ({ label: licenceLabel(r), detail: day(r.day), route: `/licences/${r.id}` }));
      return [notice(kind, title(found.length), found.length, items, '/')];
    });
  }

  function evidenceNotice(): Notice | null {
    const report = deps.compliance();
    // Expired documents matter while a licence still ahead depends on them; expiring ones always.
    const docs = report.documents.filter((d) => d.state === 'expiring' || d.licences.length > 0);
    if (docs.length === 0) return null;
    const items = docs.map((d) => ({
      label: `${documentTypeLabels[d.type]}${d.reference ? ` ${d.reference}` : ''} (${d.supplierName})`,
      detail: `${d.state === 'expired' ? 'expired on' : 'expires on'} ${displayDate(d.validUntil)}`,
      route: `/suppliers/${d.supplierId}/documents/${d.id}`,
    }));
    return notice(
      'evidence-expiring',
      plural(docs.length, 'A supplier document expires soon', '# supplier documents expire soon'),
      docs.length,
      items,
      '/suppliers/compliance',
    );
  }

  function syncNotice(): Notice | null {
    const status = deps.syncStatus();
    const rows = failed.all();
    const items: NoticeItem[] = rows.map((r) => ({
      label: r.reference || 'Licence',
      detail: r.last_error_message ?? 'not accepted by the portal after every retry',
      route: `/licences/${r.licence_id}`,
    }));
    if (status.state === 'paused') {
      items.unshift({ label: 'Sync with the filing gateway is paused', detail: status.message, route: '/sync' });
    }
    if (items.length === 0) return null;
    const title =
      rows.length === 0
        ? 'Sync with the filing gateway is paused'
        : plural(
            rows.length,
            'A licence could not be sent to the portal',
            '# licences could not be sent to the portal',
          );
    return notice('sync-failed', title, items.length, items, '/sync');
  }

  return {
    settings,
    /** Every notice due now, of the kinds the user has not turned off. */
    list(): NoticeList {
      const today = localIsoDate(clock.now());
      const on = settings.get();
      const all = [...licenceNotices(today), evidenceNotice(), syncNotice()].filter((n): n is Notice => n !== null);
      return { asOf: today, notices: all.filter((n) => on[n.kind]) };
    },
  };
}
export type NoticeService = ReturnType<typeof createNoticeService>;

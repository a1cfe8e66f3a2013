import { afterEach, describe, expect, it } from 'vitest';

import { fixedClock } from '#core/clock';
import type { Notice } from '#shared/notices/notice-schema';
import { emptyDocumentDraft } from '#shared/suppliers/document-schema';

import { validDraft } from '../../../../tests/support/licence-fixtures';
import { type TempCore, tempCore } from '../../../../tests/support/temp-core';
import { createNoticeSchedule, noticeTickMs, type Timers } from './notice-schedule';

let core: TempCore;
afterEach(() => core?.dispose());

const call = (method: string, input: unknown) => core.dispatch(method, input, { host: 'in-process' });
const kinds = () => core.notices.list().notices.map((n) => n.kind);

describe('what the app reminds people of', () => {
  it('names licences to file before their import date, one notice for all, opening the one licence or the list', () => {
    core = tempCore('2026-03-02T15:00:00.000Z');
    expect(core.notices.list()).toEqual({ asOf: '2026-03-02', notices: [] });
    const soon = core.licences.create(validDraft({ reference: 'SOON-1', expectedImportDate: '2026-03-10' }));
    core.licences.create(validDraft({ reference: 'LATER', expectedImportDate: '2026-05-10' }));
    let [notice] = core.notices.list().notices;
    expect(notice).toMatchObject({
      kind: 'file-before-import',
      title: 'A licence to file before its import date',
      body: 'SOON-1: imports on 10 Mar 2026.',
      route: `/licences/${soon.id}`,
      count: 1,
    });
    core.licences.create(validDraft({ reference: 'SOON-2', expectedImportDate: '2026-03-16' }));
    [notice] = core.notices.list().notices;
    expect(notice).toMatchObject({ title: '2 licences to file before their import date', route: '/', count: 2 });
    expect(notice!.body).toBe('SOON-1 (imports on 10 Mar 2026) and 1 more.');
    expect(notice!.items.map((i) => i.label)).toEqual(['SOON-1', 'SOON-2']);
  });

  it('names issued licences whose validity ends within two weeks', () => {
    core = tempCore('2026-03-02T15:00:00.000Z');
    const issued = core.licences.create(validDraft({ reference: 'ISSUED', expectedImportDate: '2026-05-01' }));
    // The portal's answer (issued, with validity) is written by sync; set here as sync leaves it.
    core.db
      .prepare("UPDATE licences SET status = 'issued', valid_from = '2026-01-01', valid_through = ? WHERE id = ?")
      .run('2026-03-12', issued.id);
    expect(core.notices.list().notices).toEqual([
      expect.objectContaining({ kind: 'licence-expiring', body: 'ISSUED: valid through 12 Mar 2026.' }),
    ]);
  });

  it('names supplier documents expiring, and expired ones a licence ahead still relies on', () => {
    core = tempCore('2026-03-02T15:00:00.000Z');
    const supplier = core.evidence.suppliers.create({
      name: 'Northern Rolling Mills Inc.',
      roles: ['manufacturer'],
      country: 'CA',
      address: '',
      contacts: [],
      notes: '',
    });
    const doc = core.evidence.documents.create({
      ...emptyDocumentDraft(supplier.id),
      reference: 'MTC-1',
      issueDate: '2025-03-01',
      validUntil: '2026-03-20',
    });
    expect(core.notices.list().notices).toEqual([
      expect.objectContaining({
        kind: 'evidence-expiring',
        body: 'Mill / material test certificate MTC-1 (Northern Rolling Mills Inc.): expires on 20 Mar 2026.',
        route: `/suppliers/${supplier.id}/documents/${doc.id}`,
      }),
    ]);
  });

  it('names licences the portal never accepted, and a paused sync', () => {
    core = tempCore('2026-03-02T15:00:00.000Z');
    const licence = core.licences.create(validDraft({ reference: 'FAILS', expectedImportDate: '2026-06-01' }));
    core.db
      .prepare(
        `INSERT INTO sync_outbox (id, licence_id, reference, op, payload, state, attempts, last_error_code, last_error_message, created_at, updated_at)
         VALUES ('e1', ?, 'FAILS', 'submit', '{}', 'failed', 8, 'SERVER_ERROR', 'The portal answered 503 eight times.', '2026-03-01', '2026-03-01')`,
      )
      .run(licence.id);
    expect(core.notices.list().notices).toEqual([
      expect.objectContaining({
        kind: 'sync-failed',
        title: 'A licence could not be sent to the portal',
        body: 'FAILS: The portal answered 503 eight times.',
        route: `/licences/${licence.id}`,
      }),
    ]);
  });

  it('leaves out each kind the user turned off, in the list and for the desktop notifications alike', async () => {
    core = tempCore('2026-03-02T15:00:00.000Z');
    core.licences.create(validDraft({ reference: 'SOON', expectedImportDate: '2026-03-10' }));
    expect(kinds()).toEqual(['file-before-import']);
    const saved = await call('notices.saveSettings', {
      'file-before-import': false,
      'licence-expiring': true,
      'evidence-expiring': true,
      'sync-failed': true,
    });
    expect(saved.ok).toBe(true);
    expect(kinds()).toEqual([]);
    expect(await call('notices.getSettings', {})).toMatchObject({ ok: true, value: { 'file-before-import': false } });
    expect(await call('notices.saveSettings', { 'file-before-import': 'no' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});

/** Timers the test fires by hand, with the clock moved to match. */
function fakeTimers(clock: ReturnType<typeof fixedClock>) {
  let callback: (() => void) | null = null;
  const timers: Timers = {
    setInterval: (fn) => {
      callback = fn;
      return 1;
    },
    clearInterval: () => {
      callback = null;
    },
  };
  return {
    timers,
    /** Moves the clock on by `ms`, ticking as the real interval would. */
    pass(ms: number) {
      for (let done = 0; done < ms; done += noticeTickMs) {
        clock.advance(noticeTickMs);
        callback?.();
      }
    },
    running: () => callback !== null,
  };
}

const notice = (title: string): Notice => ({
  kind: 'file-before-import',
  title,
  body: '',
  route: '/',
  count: 1,
  items: [],
});
const hours = (n: number) => n * 3_600_000;

describe('when the desktop app shows them', () => {
  // Local time: the schedule works in the computer's own day.
  const localMorning = (hour: number) => {
    const d = new Date(2026, 2, 2, hour, 0, 0);
    return d.toISOString();
  };

  it('shows what is due at start, then once a day from 09:00, and nothing when nothing is due', () => {
    const clock = fixedClock(localMorning(7));
    const fake = fakeTimers(clock);
    const shown: string[][] = [];
    let due: Notice[] = [notice('morning')];
    const schedule = createNoticeSchedule({
      clock,
      due: () => due,
      show: (n) => shown.push(n.map((x) => x.title)),
      timers: fake.timers,
    });
    schedule.start();
    expect(shown).toEqual([['morning']]);
    fake.pass(hours(12)); // 07:00 → 19:00: no second reminder the same day
    expect(shown).toHaveLength(1);
    due = [notice('next day')];
    fake.pass(hours(13)); // → 08:00 next day: not yet
    expect(shown).toHaveLength(1);
    fake.pass(hours(1) + noticeTickMs); // just past 09:00
    expect(shown).toEqual([['morning'], ['next day']]);
    fake.pass(hours(20));
    expect(shown).toHaveLength(2);
    due = [];
    fake.pass(hours(10)); // the third day: nothing due, nothing shown
    expect(shown).toHaveLength(2);
    schedule.stop();
    expect(fake.running()).toBe(false);
  });

  it('waits while the data is locked, and shows the start reminder once it can', () => {
    const clock = fixedClock(localMorning(10));
    const fake = fakeTimers(clock);
    const shown: Notice[][] = [];
    let locked = true;
    const schedule = createNoticeSchedule({
      clock,
      due: () => (locked ? null : [notice('after unlock')]),
      show: (n) => shown.push(n),
      timers: fake.timers,
    });
    schedule.start();
    fake.pass(hours(1));
    expect(shown).toHaveLength(0);
    locked = false;
    schedule.tick();
    expect(shown).toHaveLength(1);
    fake.pass(hours(3));
    expect(shown).toHaveLength(1);
  });

  it('keeps going when a check fails, and says so', () => {
    const clock = fixedClock(localMorning(10));
    const fake = fakeTimers(clock);
    const errors: unknown[] = [];
    let fail = true;
    const shown: Notice[][] = [];
    const schedule = createNoticeSchedule({
      clock,
      due: () => {
        if (fail) throw new Error('database busy');
        return [notice('later')];
      },
      show: (n) => shown.push(n),
      onError: (e) => errors.push(e),
      timers: fake.timers,
    });
    schedule.start();
    expect(errors).toHaveLength(1);
    fail = false;
    fake.pass(noticeTickMs);
    expect(shown).toHaveLength(1);
  });
});

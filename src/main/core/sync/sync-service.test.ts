import fs from 'node:fs';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { draftOf } from '#shared/licences/licence-schema';
import type { OutboxEntry, SyncConflict, SyncLogEntry } from '#shared/sync/sync-model';

import { validDraft, validLine } from '../../../../tests/support/licence-fixtures';
import { type SyncTestbed, syncTestbed } from '../../../../tests/support/sync-testbed';

let bed: SyncTestbed | null = null;
afterEach(async () => {
  await bed?.dispose();
  bed = null;
});

const entries = async (b: SyncTestbed) => (await b.call<{ items: OutboxEntry[] }>('sync.outbox', { limit: 100 })).items;

describe('queueing', () => {
  it('queues only ready licences, each with one outbox entry written with its status change', async () => {
    bed = await syncTestbed();
    const ready = bed.core.licences.create(validDraft({ reference: 'R-1' }));
    const draft = bed.core.licences.create(validDraft({ reference: 'D-1' }));
    bed.core.licences.transition([ready.id], 'ready', '');
    const outcome = await bed.call<{ changed: string[]; refused: { id: string; code: string; message: string }[] }>(
      'sync.queue',
      { ids: [ready.id, draft.id] },
    );
    expect(outcome.changed).toEqual([ready.id]);
    expect(outcome.refused).toEqual([
      expect.objectContaining({ id: draft.id, code: 'CONFLICT', message: expect.stringMatching(/"D-1" is "Draft"/) }),
    ]);
    expect(bed.core.licences.get(ready.id).status).toBe('queued');
    const [entry] = await entries(bed);
    expect(entry).toMatchObject({ licenceId: ready.id, op: 'submit', state: 'pending', attempts: 0, reference: 'R-1' });
    expect(entry!.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    // Both changes are in the audit trail of the same transaction.
    expect(bed.core.audit.history('outbox', entry!.id).map((r) => r.action)).toEqual(['queue:submit']);
    expect(bed.core.audit.history('licence', ready.id).map((r) => r.action)).toContain('status:queued');
    // Queueing twice is refused: one operation at a time per licence.
    const again = await bed.call<{ refused: { code: string }[] }>('sync.queue', { ids: [ready.id] });
    expect(again.refused[0]?.code).toBe('CONFLICT');
  });

  it('says what waits: never "up to date" beside licences queued after the last sync', async () => {
    bed = await syncTestbed();
    await bed.signIn();
    expect(bed.core.sync.engine.status()).toMatchObject({ state: 'idle', message: 'Up to date with the portal.' });
    await bed.queueLicences(5);
    expect(bed.core.sync.engine.status()).toMatchObject({ pending: 5, message: '5 requests waiting to send.' });
    await bed.core.sync.engine.syncNow('now');
    expect(bed.core.sync.engine.status()).toMatchObject({ pending: 0, message: 'Up to date with the portal.' });
    const log = await bed.call<{ message: string }[]>('sync.log', { limit: 50 });
    expect(log.map((e) => e.message)).toContain('5 updates from the portal: 5 already recorded.');
  });

  it('judges the filing window again when queueing: a licence too early to file stays ready', async () => {
    bed = await syncTestbed();
    const ready = bed.core.licences.create(validDraft({ reference: 'R-EARLY' }));
    bed.core.licences.transition([ready.id], 'ready', '');
    // The filer narrows the window after marking it ready: the import (18 days away) is now too far.
    const settings = bed.core.settings.get();
    bed.core.settings.save({ ...settings, rules: { ...settings.rules, earliestApplicationDaysBeforeImport: 10 } });
    const outcome = await bed.call<{ changed: string[]; refused: { code: string; message: string }[] }>('sync.queue', {
      ids: [ready.id],
    });
    expect(outcome.changed).toEqual([]);
    expect(outcome.refused).toEqual([
      expect.objectContaining({
        code: 'VALIDATION',
        message: expect.stringMatching(/Too early to file.*can be filed from/),
      }),
    ]);
    expect(bed.core.licences.get(ready.id).status).toBe('ready');
    expect(await entries(bed)).toEqual([]);
  });

  it("shows the portal's reasons on a rejected licence; the entry is failed with REJECTED and retry is refused", async () => {
    bed = await syncTestbed();
    await bed.signIn();
    // 51 product lines: fine for the app, over the portal's own limit of 50.
    const lines = Array.from({ length: 51 }, () => validLine({ quantityKg: 1000, valueUsd: 3500 }));
    const [id] = await bed.queueLicences(1, () => validDraft({ reference: 'BIG-1', lines }));
    await bed.core.sync.engine.syncNow('now');
    const licence = bed.core.licences.get(id!);
    expect(licence.status).toBe('rejected');
    expect(licence.rejectionReasons).toEqual([
      expect.stringMatching(/at most 50 product lines.*\[PORTAL_TOO_MANY_LINES at lines\]/),
    ]);
    const [entry] = await entries(bed);
    expect(entry).toMatchObject({ state: 'failed', lastErrorCode: 'REJECTED' });
    const retry = await bed.call<{ refused: { message: string }[] }>('sync.retry', { ids: [entry!.id] });
    expect(retry.refused[0]?.message).toMatch(/Fix the licence/);
  });
});

describe('a licence queued before its first fileable day', () => {
  /** A moment in this computer's own time zone: "today" for the filing window is the local date. */
  const local = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00`).toISOString();

  it('is held in the outbox, the sync log says so plainly, and it is sent on that day', async () => {
    bed = await syncTestbed();
    await bed.signIn();
    // Expected import 15 May 2026: the portal takes it from 16 Mar 2026 (60 days before).
    const licence = bed.core.licences.create(
      validDraft({ reference: 'EARLY-1', expectedExportDate: '2026-05-05', expectedImportDate: '2026-05-15' }),
    );
    // Filing it now is refused (the filing window is an error where fileability is judged)...
    const now = await bed.call<{ refused: { message: string }[] }>('sync.queue', { ids: [licence.id] });
    expect(now.refused[0]!.message).toMatch(/only licences marked ready/);
    expect(bed.core.licences.transition([licence.id], 'ready', '').refused[0]!.message).toMatch(
      /Too early to file.*It can be filed from 16 Mar 2026/,
    );
    // ...but it can be queued for its first fileable day, judged as of that day.
    const queued = await bed.call<{ changed: string[]; held: { id: string; until: string }[] }>('sync.queue', {
      ids: [licence.id],
      when: 'first-fileable-day',
    });
    expect(queued).toMatchObject({ changed: [licence.id], held: [{ id: licence.id, until: '2026-03-16' }] });
    expect(bed.core.licences.get(licence.id).status).toBe('queued');
    expect((await bed.call<{ to: string; note: string }[]>('licences.history', { id: licence.id })).slice(-2)).toEqual([
      expect.objectContaining({ to: 'ready', note: 'ready to file on 2026-03-16' }),
      expect.objectContaining({ to: 'queued', note: 'queued for sync; held until 2026-03-16, its first fileable day' }),
    ]);
    const [entry] = await entries(bed);
    expect(entry).toMatchObject({ state: 'pending', heldUntil: '2026-03-16' });
    const log = async () => bed!.call<SyncLogEntry[]>('sync.log', { limit: 50 });
    expect((await log()).find((l) => l.action === 'hold')?.message).toBe(
      '"EARLY-1" waits in the outbox until 16 Mar 2026: a licence can be applied for at most 60 days before the expected import date (15 May 2026). It is sent on that day.',
    );

    // Syncs before that day leave it where it is, and say why.
    await bed.core.sync.engine.syncNow('now');
    bed.core.clock.set(local('2026-03-15', 23));
    await bed.signIn();
    expect(bed.sim.state.admin.processed(entry!.id)).toBe(0);
    expect(bed.core.licences.get(licence.id).status).toBe('queued');
    expect(bed.core.sync.engine.status()).toMatchObject({ held: 1, heldUntil: '2026-03-16' });
    expect(bed.core.sync.engine.status().message).toBe(
      '1 held until its first fileable day (the first on 16 Mar 2026).',
    );

    // On its first fileable day it goes, once, and is issued from that day.
    bed.core.clock.set(local('2026-03-16', 0));
    await bed.signIn();
    expect(bed.sim.state.admin.processed(entry!.id)).toBe(1);
    expect(bed.core.licences.get(licence.id)).toMatchObject({ status: 'issued', validFrom: '2026-03-16' });
    expect((await entries(bed))[0]).toMatchObject({ state: 'done', heldUntil: null });
    expect((await log()).filter((l) => l.action === 'hold').map((l) => [l.outcome, l.message])).toEqual([
      ['ok', '"EARLY-1": today (16 Mar 2026) is the first day it can be filed; sending now.'],
      ['held', expect.stringContaining('waits in the outbox until 16 Mar 2026')],
    ]);
    expect(bed.core.sync.engine.status()).toMatchObject({ held: 0, heldUntil: null });
  });

  it('is not held when its first fileable day has come, and is refused when it has other errors', async () => {
    bed = await syncTestbed();
    const onTime = bed.core.licences.create(
      validDraft({ reference: 'ON-TIME', expectedExportDate: '2026-04-21', expectedImportDate: '2026-05-01' }),
    );
    const queued = await bed.call<{ changed: string[]; held: unknown[] }>('sync.queue', {
      ids: [onTime.id],
      when: 'first-fileable-day',
    });
    expect(queued).toMatchObject({ changed: [onTime.id], held: [] });
    expect((await entries(bed))[0]).toMatchObject({ heldUntil: null });

    const broken = bed.core.licences.create(
      validDraft({
        reference: 'BROKEN',
        expectedExportDate: '2026-05-05',
        expectedImportDate: '2026-05-15',
        exporterName: '',
      }),
    );
    const refused = await bed.call<{ refused: { code: string; message: string }[] }>('sync.queue', {
      ids: [broken.id],
      when: 'first-fileable-day',
    });
    expect(refused.refused[0]).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/Exporter name is required/),
    });
    expect(bed.core.licences.get(broken.id).status).toBe('draft');
  });
});

describe('withdrawing', () => {
  it('withdraws a never-sent entry locally and puts the licence back to ready', async () => {
    bed = await syncTestbed();
    const [id] = await bed.queueLicences(1);
    const [entry] = await entries(bed);
    const outcome = await bed.call<{ changed: string[] }>('sync.withdraw', { ids: [entry!.id] });
    expect(outcome.changed).toEqual([entry!.id]);
    expect(bed.core.licences.get(id!).status).toBe('ready');
    expect((await entries(bed))[0]).toMatchObject({ state: 'withdrawn' });
  });

  it('checks an attempted entry with the portal first: one it never got is fenced, one it acted on is not withdrawn', async () => {
    bed = await syncTestbed({ timing: { maxAttempts: 1, requestTimeoutMs: 150 } });
    await bed.signIn();
    const [lost, kept] = await bed.queueLicences(2, (i) => validDraft({ reference: `W-${i}` }));
    // The batch is dropped before the portal reads it; with one attempt allowed, both entries fail.
    bed.sim.faults.set({ next: [{ kind: 'drop', route: 'submit' }] });
    await bed.core.sync.engine.syncNow('now');
    const all = await entries(bed);
    const lostEntry = all.find((e) => e.licenceId === lost)!;
    const keptEntry = all.find((e) => e.licenceId === kept)!;
    expect(lostEntry).toMatchObject({ state: 'failed', lastErrorCode: 'NETWORK' });
    // The second one did reach the portal after all (say, a copy of the request got through later).
    bed.sim.state.submitItem('filer@lakeside-al.example', {
      idempotencyKey: keptEntry.id,
      clientLicenceId: kept!,
      licence: (JSON.parse(bed.core.sync.outbox.get(keptEntry.id)!.payload) as { licence: never }).licence,
    });

    const outcome = await bed.call<{ changed: string[]; refused: { id: string; message: string }[] }>('sync.withdraw', {
      ids: [lostEntry.id, keptEntry.id],
    });
    expect(outcome.changed).toEqual([lostEntry.id]);
    expect(outcome.refused).toEqual([
      expect.objectContaining({ id: keptEntry.id, message: expect.stringMatching(/already received/) }),
    ]);
    expect(bed.core.licences.get(lost!).status).toBe('ready');
    expect(bed.core.licences.get(kept!).status).toBe('issued');
    // The fenced key can never be used at the portal again.
    expect(bed.sim.state.lookup('filer@lakeside-al.example', [lostEntry.id], false)).toEqual([
      { idempotencyKey: lostEntry.id, state: 'fenced' },
    ]);
  });
});

describe('decisions, cancellations and conflicts read back from the portal', () => {
  it('takes a review decision and a cancellation made on the portal from the change feed', async () => {
    bed = await syncTestbed();
    await bed.signIn();
    const big = [validLine({ quantityKg: 2_000_000, valueUsd: 7_000_000 })];
    const [held, plain] = await bed.queueLicences(2, (i) =>
      validDraft({ reference: `F-${i}`, lines: i === 0 ? big : [validLine()] }),
    );
    await bed.core.sync.engine.syncNow('now');
    // The large one was held for review, then decided when the feed was read.
    expect(bed.core.licences.get(held!).status).toBe('issued');
    expect(bed.core.licences.history(held!).map((h) => h.to)).toEqual([
      'draft',
      'ready',
      'queued',
      'submitted',
      'issued',
    ]);

    const portalCopy = bed.sim.state.admin.licences().find((r) => r.clientLicenceId === plain)!;
    bed.sim.state.admin.cancelOnPortal(portalCopy.portalId);
    await bed.core.sync.engine.syncNow('now');
    expect(bed.core.licences.get(plain!).status).toBe('cancelled');
  });

  it('keeps both versions when the portal copy changed under a waiting correction, and sends mine on top when chosen', async () => {
    bed = await syncTestbed();
    await bed.signIn();
    const [id] = await bed.queueLicences(1);
    await bed.core.sync.engine.syncNow('now');
    const issued = bed.core.licences.get(id!);
    const portalId = bed.sim.state.admin.licences()[0]!.portalId;

    // Someone corrects the licence on the portal's web form…
    bed.sim.state.admin.correctOnPortal(portalId, { exporterName: 'Changed On Portal Ltd.' });
    // …while we queue our own correction, prepared on the old version.
    await bed.call('sync.correct', {
      id,
      version: issued.version,
      draft: { ...draftOf(issued), importerName: 'Lakeside Aluminum Imports LLC (corrected)' },
    });
    await bed.core.sync.engine.syncNow('now');

    const [conflict] = await bed.call<SyncConflict[]>('sync.conflicts', {});
    expect(conflict).toMatchObject({ licenceId: id, op: 'correct', mine: { baseVersion: 1 }, portal: { version: 2 } });
    expect(conflict!.mine.licence?.importerName).toBe('Lakeside Aluminum Imports LLC (corrected)');
    expect(conflict!.portal.licence.exporterName).toBe('Changed On Portal Ltd.');
    expect(bed.core.sync.engine.status().conflicts).toBe(1);

    await bed.call('sync.resolveConflict', { id: conflict!.id, keep: 'mine' });
    await bed.core.sync.engine.syncNow('now');
    expect(await bed.call<SyncConflict[]>('sync.conflicts', {})).toEqual([]);
    const onPortal = bed.sim.state.admin.licences()[0]!;
    expect(onPortal.version).toBe(3);
    expect(onPortal.licence.importerName).toBe('Lakeside Aluminum Imports LLC (corrected)');
    expect(bed.core.licences.get(id!).importerName).toBe('Lakeside Aluminum Imports LLC (corrected)');
  });
});

describe('the gateway token', () => {
  it('never reaches the database, the log, the overview or the diagnostics bundle', async () => {
    bed = await syncTestbed();
    await bed.signIn();
    await bed.queueLicences(3);
    await bed.core.sync.engine.syncNow('now');
    const token = (await bed.core.sync.credentials.get())!.token;
    expect(token.length).toBeGreaterThan(20);

    const overview = JSON.stringify(await bed.call('sync.overview', {}));
    expect(overview).toContain('filer@lakeside-al.example');
    expect(overview).not.toContain(token);
    const diagnostics = await bed.call<{ content: string }>('sync.diagnostics', {});
    expect(diagnostics.content).toContain('"signedInAs": "filer@lakeside-al.example"');
    expect(diagnostics.content).not.toContain(token);
    expect(JSON.stringify(await bed.call('sync.log', { limit: 1000 }))).not.toContain(token);

    bed.core.db.pragma('wal_checkpoint(TRUNCATE)');
    for (const file of fs.readdirSync(bed.core.paths.dataDir, { recursive: true }) as string[]) {
      const full = path.join(bed.core.paths.dataDir, file);
      if (fs.statSync(full).isFile()) expect(fs.readFileSync(full).includes(token), file).toBe(false);
    }
    const keyFile = path.join(bed.core.paths.dataDir, 'secrets', 'credentials.key');
    expect(fs.statSync(keyFile).mode & 0o077).toBe(0);
  });
});

describe('the manual path', () => {
  it('records the licence number received by hand, with default validity, and refuses a number already used', async () => {
    bed = await syncTestbed();
    const [a, b] = [
      bed.core.licences.create(validDraft({ reference: 'M-1' })),
      bed.core.licences.create(validDraft({ reference: 'M-2' })),
    ];
    bed.core.licences.transition([a.id, b.id], 'ready', '');
    const recorded = await bed.call('sync.recordManual', { id: a.id, licenceNumber: ' al26x00042 ' });
    expect(recorded).toEqual({
      id: a.id,
      licenceNumber: 'AL26X00042',
      validFrom: '2026-03-02',
      validThrough: '2026-05-15',
    });
    expect(bed.core.licences.get(a.id)).toMatchObject({ status: 'issued', licenceNumber: 'AL26X00042' });
    expect(bed.core.licences.history(a.id).map((h) => h.note)).toEqual([
      '',
      '',
      'filed by hand on the portal web form',
      'licence AL26X00042 recorded by hand',
    ]);

    const duplicate = await bed.core.dispatch(
      'sync.recordManual',
      { id: b.id, licenceNumber: 'AL26X00042' },
      { host: 'in-process' },
    );
    expect(duplicate).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/already recorded on "M-1"/) },
    });
    const bad = await bed.core.dispatch(
      'sync.recordManual',
      { id: b.id, licenceNumber: 'AL-26/1' },
      { host: 'in-process' },
    );
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: expect.stringMatching(/licenceNumber: Licence number must be 1 to 20 letters and digits/),
      },
    });
  });

  it('exports ready licences for the bulk upload, one row per product line, countries spelled out', async () => {
    bed = await syncTestbed();
    const licence = bed.core.licences.create(
      validDraft({
        reference: 'BULK-1',
        lines: [validLine(), validLine({ htsCode: '7604.10.10.00', castCountry: 'NO' })],
      }),
    );
    bed.core.licences.transition([licence.id], 'ready', '');
    const file = await bed.call<{ fileName: string; content: string; rows: number }>('sync.exportBulk', {
      ids: [licence.id],
    });
    expect(file.fileName).toBe('aim-bulk-upload-2026-03-02.csv');
    expect(file.rows).toBe(2);
    const lines = file.content.split('\r\n');
    expect(lines[0]).toMatch(/^"Licence group","Licence kind","Customs entry number","Entry type","Importer name"/);
    // The importer's EIN / CBP number is not a licence field of the form: it is not in the file.
    expect(lines[0]).not.toContain('Importer number');
    expect(lines[1]).toContain('"BULK-1","Regular"');
    expect(lines[1]).toContain('"Canada"');
    expect(lines[1]).toContain('"03/20/2026"');
    expect(lines[2]).toContain('"7604.10.10.00"');
    expect(lines[2]).toContain('"Norway"');
  });
});

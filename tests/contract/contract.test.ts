import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { procedures } from '#shared/contract';

import { validDraft } from '../support/licence-fixtures';
import { inProcess, overHttp, type Transport } from './transports';

const waitFor = async (check: () => boolean, ms = 3000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe.each([
  ['in-process dispatch', inProcess],
  ['web host over HTTP', overHttp],
])('the contract through %s', (_name, make) => {
  let t: Transport;
  beforeEach(async () => {
    t = await make();
  });
  afterEach(async () => {
    await t.close();
  });

  it('creates, reads, lists, updates and deletes a draft with the same envelopes', async () => {
    const created = await t.call('licences.create', validDraft());
    expect(created).toMatchObject({ ok: true, value: { status: 'draft', version: 1, reference: 'PO-1001' } });
    if (!created.ok) return;
    const id = (created.value as { id: string }).id;
    expect(await t.call('licences.get', { id })).toMatchObject({ ok: true, value: { id } });
    expect(await t.call('licences.list', { text: 'lakeside' })).toMatchObject({ ok: true, value: { total: 1 } });
    expect(await t.call('licences.update', { id, version: 1, draft: validDraft({ notes: 'x' }) })).toMatchObject({
      ok: true,
      value: { version: 2 },
    });
    expect(await t.call('licences.update', { id, version: 1, draft: validDraft() })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    // Still inside its five-year keeping period (19 CFR 163.4): deleting it needs the explicit confirmation.
    expect(await t.call('licences.delete', { id })).toMatchObject({
      ok: false,
      error: { code: 'CONFIRMATION_REQUIRED', details: { rule: '19 CFR 163.4' } },
    });
    expect(await t.call('licences.delete', { id, confirmRecordKeeping: true })).toEqual({ ok: true, value: { id } });
    expect(await t.call('licences.get', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('reports bad input as VALIDATION with the field path, and unknown methods as NOT_FOUND', async () => {
    const bad = await t.call('profile.save', {
      company: '',
      street: 'PO Box 12',
      city: 'X',
      state: 'ZZ',
      zip: '1',
      contactName: 'A',
      phone: '1',
      fax: '',
      email: 'no',
      importerNumber: '',
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe('VALIDATION');
    const paths = bad.error.details?.issues?.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['company', 'street', 'state', 'zip', 'phone', 'email']));
    expect(bad.error.details?.issues?.find((i) => i.path === 'street')?.message).toBe(
      'Street address must be a U.S. street address, not a PO box.',
    );
    expect(await t.call('nothing.here', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('pushes licences.changed events', async () => {
    const stream = await t.events();
    await new Promise((r) => setTimeout(r, 50));
    await t.call('licences.create', validDraft());
    await waitFor(() => stream.received.some((e) => e.event === 'licences.changed'));
    expect(stream.received.find((e) => e.event === 'licences.changed')?.payload).toMatchObject({ reason: 'created' });
    stream.stop();
  });

  it('keeps every reply JSON-safe (what IPC and HTTP both carry)', async () => {
    const created = await t.call('licences.create', validDraft());
    expect(JSON.parse(JSON.stringify(created))).toEqual(created);
    const info = await t.call('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { schemaVersion: expect.any(Number) } });
  });
});

describe('the contract itself', () => {
  it('gives every procedure a summary and object-shaped input', () => {
    for (const [name, def] of Object.entries(procedures)) {
      expect(def.summary.length, name).toBeGreaterThan(10);
      expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
    }
  });
});

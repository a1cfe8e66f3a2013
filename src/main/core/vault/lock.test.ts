import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { fixedClock } from '#core/clock';
import { type CoreSession, openCoreSession } from '#core/recovery/core-session';
import type { VaultStatus } from '#shared/contract/vault';

import { validDraft } from '../../../../tests/support/licence-fixtures';
import { call, passphrase, testKdf } from '../../../../tests/support/vault-fixtures';

const ctx = { host: 'in-process' } as const;
let dataDir: string;
let session: CoreSession | null = null;
const clock = fixedClock('2026-03-02T15:00:00.000Z');
const open = () =>
  (session = openCoreSession({ dataDir, clock, checkOutputs: true, logError: () => {}, vaultKdf: testKdf }));

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-lock-'));
});
afterEach(async () => {
  await session?.close();
  session = null;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function protectedSession(): Promise<CoreSession> {
  const s = open();
  await call(s.dispatch, 'licences.create', validDraft({ reference: 'PO-LOCK' }));
  await call(s.dispatch, 'vault.enable', { passphrase, confirmation: passphrase, acknowledgeNoRecovery: true });
  return s;
}

describe('Lock now', () => {
  it('closes the data and forgets the keys until the passphrase is given again, telling every window', async () => {
    const s = await protectedSession();
    const seen: unknown[] = [];
    s.events.subscribe((event, payload) => event === 'vault.changed' && seen.push(payload));
    expect(await call<VaultStatus>(s.dispatch, 'vault.lock', {})).toMatchObject({ state: 'locked' });
    expect(seen).toEqual([{ state: 'locked' }]);
    expect(s.isOpen()).toBe(false);
    expect(await s.dispatch('licences.list', {}, ctx)).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
    // Locking a locked folder changes nothing.
    expect(await call<VaultStatus>(s.dispatch, 'vault.lock', {})).toMatchObject({ state: 'locked' });

    expect(await s.dispatch('vault.unlock', { passphrase: 'not the one at all' }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    await call(s.dispatch, 'vault.unlock', { passphrase });
    expect(seen).toEqual([{ state: 'locked' }, { state: 'unlocked' }]);
    expect(await call(s.dispatch, 'licences.list', {})).toMatchObject({ total: 1 });
  });

  it('is refused, with the reason, for a folder without a passphrase', async () => {
    const s = open();
    expect(await s.dispatch('vault.lock', {}, ctx)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('not protected with a passphrase') },
    });
    expect(await s.dispatch('vault.setIdleLock', { minutes: 10 }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await call(s.dispatch, 'vault.setIdleLock', { minutes: 0 })).toEqual({ minutes: 0 });
  });
});

describe('the idle lock', () => {
  it('locks a protected folder after the chosen minutes without use, and not while the person works', async () => {
    const s = await protectedSession();
    expect(await s.dispatch('vault.setIdleLock', { minutes: 2000 }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    await call(s.dispatch, 'vault.setIdleLock', { minutes: 5 });
    expect(await call(s.dispatch, 'vault.status', {})).toMatchObject({ state: 'unlocked', idleLockMinutes: 5 });

    clock.advance(4 * 60_000);
    await s.checkIdle();
    await call(s.dispatch, 'vault.activity', {});
    clock.advance(4 * 60_000);
    await s.checkIdle();
    expect(await call(s.dispatch, 'vault.status', {})).toMatchObject({ state: 'unlocked' });

    clock.advance(60_000);
    await s.checkIdle();
    expect(await call(s.dispatch, 'vault.status', {})).toMatchObject({ state: 'locked' });
    // The setting is kept (in the encrypted data) and audited.
    await call(s.dispatch, 'vault.unlock', { passphrase });
    expect(await call(s.dispatch, 'vault.status', {})).toMatchObject({ idleLockMinutes: 5 });
    const trail = await call<{ items: { entityId: string; after: unknown }[] }>(s.dispatch, 'audit.list', {});
    expect(trail.items.find((e) => e.entityId === 'vault.idleLock')?.after).toEqual({ minutes: 5 });
  });
});

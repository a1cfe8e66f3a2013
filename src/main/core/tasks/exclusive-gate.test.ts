import { describe, expect, it } from 'vitest';

import type { Dispatch } from '#core/dispatch';

import { createExclusiveGate } from './exclusive-gate';

const answering: Dispatch = async (method) => ({ ok: true, value: method });
const ctx = { host: 'in-process' } as const;
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the exclusive gate', () => {
  it('holds calls while an operation runs and answers them, in order, when it ends', async () => {
    const gate = createExclusiveGate(new Set(['vault.status']));
    const dispatch = gate.guard(answering);
    const answered: string[] = [];
    let finish!: () => void;
    const operation = gate.run(() => new Promise<void>((resolve) => (finish = resolve)));
    expect(gate.closed).toBe(true);
    const held = [dispatch('licences.list', {}, ctx), dispatch('licences.get', {}, ctx)].map((p) =>
      p.then((r) => answered.push(r.ok ? String(r.value) : 'refused')),
    );
    const allowed = dispatch('vault.status', {}, ctx).then(() => answered.push('vault.status'));
    await allowed;
    await tick();
    expect(answered).toEqual(['vault.status']);
    finish();
    await operation;
    await Promise.all(held);
    expect(answered).toEqual(['vault.status', 'licences.list', 'licences.get']);
    expect(gate.closed).toBe(false);
  });

  it('runs one operation at a time and opens again when one fails', async () => {
    const gate = createExclusiveGate();
    const log: string[] = [];
    const first = gate.run(async () => {
      log.push('first starts');
      await tick();
      log.push('first ends');
      throw new Error('failed');
    });
    const second = gate.run(async () => {
      log.push('second runs');
    });
    await expect(first).rejects.toThrow('failed');
    await second;
    expect(log).toEqual(['first starts', 'first ends', 'second runs']);
    expect(await gate.guard(answering)('licences.list', {}, ctx)).toEqual({ ok: true, value: 'licences.list' });
  });
});

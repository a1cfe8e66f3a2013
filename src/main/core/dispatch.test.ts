import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { AppError, type Handlers } from '#shared/contract';

import { type TempCore, tempCore } from '../../../tests/support/temp-core';
import { createDispatch } from './dispatch';

let core: TempCore;
beforeEach(() => {
  core = tempCore();
});
afterEach(() => core.dispose());

const ctx = { host: 'in-process' as const };

describe('the dispatcher every host shares', () => {
  it('answers an unknown procedure with NOT_FOUND', async () => {
    expect(await core.dispatch('licences.steal', {}, ctx)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no procedure named "licences.steal".' },
    });
  });

  it('refuses input that breaks the schema with VALIDATION, naming the field and the rule', async () => {
    const result = await core.dispatch('licences.get', { id: 42 }, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toContain('id:');
    expect(result.error.details?.issues?.[0]).toMatchObject({ path: 'id', rule: 'invalid_type' });
  });

  it('refuses unexpected keys (strict inputs), so a typo is never silently ignored', async () => {
    const result = await core.dispatch('licences.get', { id: 'x', admin: true }, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('passes an AppError through with its code and details', async () => {
    expect(await core.dispatch('licences.get', { id: 'no-such-id' }, ctx)).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: 'No licence with id no-such-id exists (it may have been deleted).',
        details: { id: 'no-such-id' },
      },
    });
  });

  it('turns any other failure into INTERNAL without a stack trace, and logs it', async () => {
    const logged: unknown[] = [];
    const handlers = {
      ...core.handlers,
      'app.info': () => {
        throw new TypeError('secret internals at /home/x');
      },
    } as Handlers;
    const dispatch = createDispatch(handlers, { logError: (e) => logged.push(e) });
    const result = await dispatch('app.info', {}, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('secret internals');
    expect(logged).toHaveLength(1);
  });

  it('checks replies against the output schema when asked', async () => {
    const handlers = { ...core.handlers, 'profile.get': () => ({ company: 42 }) } as unknown as Handlers;
    const dispatch = createDispatch(handlers, { checkOutputs: true, logError: () => {} });
    expect(await dispatch('profile.get', {}, ctx)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('keeps AppError cloneable: only plain data crosses', () => {
    const payload = new AppError('CONFLICT', 'changed elsewhere', { id: 'a' }).toPayload();
    expect(structuredClone(payload)).toEqual(payload);
    expect(JSON.parse(JSON.stringify(payload))).toEqual(payload);
  });
});

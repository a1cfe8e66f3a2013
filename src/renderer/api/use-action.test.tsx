import { act, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';

import { ErrorBanner } from '#renderer/components/error-banner';
import { AppError } from '#shared/contract';
import { defaultAppSettings } from '#shared/settings/app-settings';

import { memoryBridge, takeBridgeProblems } from '../../../tests/support/renderer/memory-bridge';
import { renderScreen } from '../../../tests/support/renderer/render-screen';
import { filerProfile } from '../../../tests/support/report-fixtures';
import { createClient } from './client';
import { ClientProvider } from './client-context';
import { oneBanner, toAppError, useAction } from './use-action';

const profile = { ...filerProfile, state: 'OH' } as const;

function wrapperFor(handlers: Parameters<typeof memoryBridge>[0]) {
  const bridge = memoryBridge(handlers);
  const client = createClient(bridge, 'web');
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ClientProvider client={client}>{children}</ClientProvider>
  );
  return { bridge, wrapper };
}

describe('useAction', () => {
  it('is busy while the call runs, then resolves to the answer with no error', async () => {
    let release!: () => void;
    const { wrapper } = wrapperFor({
      'settings.get': () => new Promise((resolve) => (release = () => resolve(defaultAppSettings))),
    });
    const { result } = renderHook(() => useAction('settings.get'), { wrapper });
    expect(result.current.busy).toBe(false);
    let answer: Promise<unknown>;
    act(() => {
      answer = result.current.run({});
    });
    expect(result.current.busy).toBe(true);
    await act(async () => {
      release();
      await answer;
    });
    expect(await answer!).toMatchObject({ rules: expect.any(Object) });
    expect(result.current.busy).toBe(false);
    expect(result.current.error).toBeNull();
  });

  it('never rejects: a refusal becomes `error` (an AppError with its code), cleared by reset', async () => {
    const { wrapper } = wrapperFor({
      'profile.save': () => {
        throw new AppError('VALIDATION', 'The company name is required.');
      },
    });
    const { result } = renderHook(() => useAction('profile.save'), { wrapper });
    let answer: unknown = 'not run';
    await act(async () => {
      answer = await result.current.run(profile);
    });
    expect(answer).toBeUndefined();
    expect(result.current.error).toBeInstanceOf(AppError);
    expect(result.current.error).toMatchObject({ code: 'VALIDATION', message: 'The company name is required.' });
    act(() => result.current.reset());
    expect(result.current.error).toBeNull();
  });

  it('sends what the contract accepts: input the core would refuse comes back as VALIDATION', async () => {
    const { bridge, wrapper } = wrapperFor({ 'profile.save': (p) => p });
    const { result } = renderHook(() => useAction('profile.save'), { wrapper });
    await act(async () => {
      await result.current.run({ ...profile, email: 'not an address' });
    });
    expect(result.current.error?.code).toBe('VALIDATION');
    expect(result.current.error?.message).toMatch(/email/);
    expect(bridge.calls).toHaveLength(1);
  });

  it('words anything else that goes wrong on the way as an AppError', () => {
    expect(toAppError(new TypeError('Failed to fetch'))).toMatchObject({
      code: 'INTERNAL',
      message: 'The request did not complete: Failed to fetch',
    });
    const refusal = new AppError('CONFLICT', 'Changed elsewhere.');
    expect(toAppError(refusal)).toBe(refusal);
  });
});

describe('the error banner', () => {
  it('shows nothing without a problem, and the message as an alert with one', () => {
    const { rerender } = renderScreen(<ErrorBanner message={null} />);
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(<ErrorBanner message="The portal did not answer." />);
    expect(screen.getByRole('alert').textContent).toBe('The portal did not answer.');
  });
});

describe('the test bridge', () => {
  it('reports a call to a procedure the test did not supply, by name', async () => {
    const { bridge } = wrapperFor({});
    const result = await bridge.rpc('audit.verify', {});
    expect(result.ok).toBe(false);
    expect(takeBridgeProblems()).toEqual(['The screen called audit.verify, which this test does not supply.']);
  });

  it('reports a canned answer that breaks the contract', async () => {
    const { bridge } = wrapperFor({ 'audit.list': () => ({ items: [], total: 'none' }) as never });
    await bridge.rpc('audit.list', {});
    expect(takeBridgeProblems()).toEqual([expect.stringMatching(/^audit\.list failed in the test bridge: .*total/s)]);
  });
});

describe('oneBanner', () => {
  it('shows the failure of the action started last, and is busy while any of them runs', async () => {
    const { wrapper } = wrapperFor({
      'profile.save': () => {
        throw new AppError('VALIDATION', 'The company name is required.');
      },
      'settings.get': () => defaultAppSettings,
    });
    const { result } = renderHook(
      () => {
        const save = useAction('profile.save');
        const read = useAction('settings.get');
        return { save, read, banner: oneBanner([save, read]) };
      },
      { wrapper },
    );
    await act(async () => {
      await result.current.banner.start(result.current.save).run(profile);
    });
    expect(result.current.banner.message).toBe('The company name is required.');
    // Starting another action clears the earlier failure, and it succeeds: nothing to show.
    await act(async () => {
      await result.current.banner.start(result.current.read).run({});
    });
    expect(result.current.banner.message).toBeUndefined();
    expect(result.current.banner.busy).toBe(false);
  });
});

import type { Core } from '#core/create-core';

import type { Call } from './report-fixtures';

/** Calls a procedure through the core's dispatcher (input parsed, output checked) like a host does. */
export function coreCall(core: Pick<Core, 'dispatch'>): Call {
  return async <T>(method: string, input: unknown): Promise<T> => {
    const result = await core.dispatch(method, input, { host: 'in-process' });
    if (!result.ok) throw Object.assign(new Error(`${method}: ${result.error.message}`), { code: result.error.code });
    return result.value as T;
  };
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { integrityProblems } from '#core/backups/database-health';
import { fixedClock } from '#core/clock';
import { errorCodes, procedures, type Result } from '#shared/contract';

import { validDraft } from '../support/licence-fixtures';
import { openTestCore, type TestCore } from '../support/temp-core';
import { procedureInput } from '../support/zod-arbitrary';

// Every procedure of the contract, through the real dispatcher (what Electron IPC and the web
// host both call), with nearly valid, corrupted and outright hostile inputs. A fixed seed and run
// count keep CI deterministic in time; AIM_FUZZ_SEED / AIM_FUZZ_RUNS replay or widen a run.
const seed = Number(process.env.AIM_FUZZ_SEED ?? 20260302);
const runsPerProcedure = Number(process.env.AIM_FUZZ_RUNS ?? 12);

let core: TestCore;
let dataDir: string;
const unexpected: string[] = [];

/** Journals that record failed attempts on purpose (the sync log says "sign-in failed: portal unreachable"). */
const attemptJournals = new Set(['sync_log']);

/** What a failed call must leave exactly as it was: every table's row count and the audit head. */
function fingerprint(): string {
  const tables = core.db
    .prepare<[], string>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_search%' ORDER BY name",
    )
    .pluck()
    .all()
    .filter((name) => !attemptJournals.has(name));
  const counts = tables.map((t) => `${t}=${core.db.prepare<[], number>(`SELECT count(*) FROM "${t}"`).pluck().get()}`);
  const head = core.db.prepare<[], string>('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').pluck().get() ?? '';
  const versions = core.db.prepare<[], number>('SELECT coalesce(sum(version), 0) FROM licences').pluck().get();
  return `${counts.join(',')}|${head}|${versions}`;
}

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-fuzz-'));
  core = openTestCore({
    dataDir,
    clock: fixedClock('2026-03-02T15:00:00.000Z'),
    checkOutputs: true,
    // Anything logged here is a crash the dispatcher had to catch, or a reply that broke its own schema.
    logError: (error, method) => unexpected.push(`${method}: ${(error as Error).stack ?? String(error)}`),
  });
  // Something to find, change and break.
  for (const reference of ['PO-1', 'PO-2', 'PO-3']) core.licences.create(validDraft({ reference }));
  console.log(
    `[hostile input] seed ${seed}, ${runsPerProcedure} runs per procedure (AIM_FUZZ_SEED / AIM_FUZZ_RUNS to change)`,
  );
});
afterAll(() => {
  core.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function checkReply(method: string, reply: Result<unknown>, before: string): void {
  // Never a crash, never a stack trace, always one of the stable codes.
  expect(reply).toBeTypeOf('object');
  if (reply.ok) return;
  expect(errorCodes).toContain(reply.error.code);
  expect(reply.error.code, `${method} failed with INTERNAL: ${reply.error.message}`).not.toBe('INTERNAL');
  expect(reply.error.message).not.toMatch(/\n\s+at /);
  expect(reply.error.message.length).toBeGreaterThan(0);
  // A refused call changed nothing.
  expect(fingerprint(), `${method} was refused (${reply.error.code}) but changed the database`).toBe(before);
}

describe('every procedure, with hostile input', () => {
  const names = Object.keys(procedures) as (keyof typeof procedures)[];

  it.each(names)('%s ends in a clear result, never a crash or a partial write', async (method) => {
    const schema = procedures[method].input;
    await fc.assert(
      fc.asyncProperty(procedureInput(schema), async (input) => {
        const before = fingerprint();
        const reply = await core.dispatch(method, input, { host: 'in-process' });
        checkReply(method, reply, before);
        expect(unexpected).toEqual([]);
      }),
      { seed, numRuns: runsPerProcedure, endOnFailure: true },
    );
  });

  it('refuses names that are not procedures, including prototype names', async () => {
    for (const name of [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'licences.list.x',
      '',
      '../app.info',
      'app.info\u0000',
    ]) {
      expect(await core.dispatch(name, {}, { host: 'in-process' })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    }
  });

  it('leaves no prototype polluted and the database whole', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(integrityProblems(core.db, 'full')).toEqual([]);
    expect(core.audit.verify().ok).toBe(true);
  });
});

// Speed of the records-trust checks on a large data folder (default 50,000 licences, 100,000
// product lines, one audit entry each): what the start-up check, a backup, its verification, a
// restore and the audit verification cost. `npm run bench` collects it (see scripts/bench.mjs);
// alone: npx tsx scripts/bench/run-one.ts records-trust
// AIM_BENCH_LICENCES changes the size.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { verifyAuditTrail } from '#core/audit/audit-verification';
import { integrityProblems } from '#core/backups/database-health';
import { fixedClock } from '#core/clock';
import { restoreIntoNewDataDir } from '#core/recovery/restore-into';

import { canonicalFile } from '../../tests/support/licence-files';
import { openTestCore } from '../../tests/support/temp-core';

const timed = async <T>(fn: () => T | Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const value = await fn();
  return [value, Math.round(performance.now() - started)];
};

export async function run(): Promise<Record<string, number>> {
  const licences = Number(process.env.AIM_BENCH_LICENCES ?? 50_000);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-bench-trust-'));
  const dataDir = path.join(root, 'data');
  const clock = fixedClock('2026-03-02T15:00:00.000Z');
  try {
    // Build the data through the importer, 5,000 licences (10,000 rows) per file.
    let core = openTestCore({ dataDir, clock, logError: () => {} });
    const perFile = 5_000;
    for (let made = 0; made < licences; made += perFile) {
      const count = Math.min(perFile, licences - made);
      const csv = canonicalFile(count * 2).csv.replace(/PO-(\d{5})/g, (_m, n: string) => `B${made / perFile}-${n}`);
      const preview = await core.imports.preview(`bench-${made}.csv`, Buffer.from(csv));
      core.imports.commit(preview.importId!, false);
    }
    core.close();
    const databaseBytes = fs.statSync(path.join(dataDir, 'aim-licences.sqlite3')).size;

    const [opened, startupMs] = await timed(() => openTestCore({ dataDir, clock, logError: () => {} }));
    core = opened;
    const [quick, quickCheckMs] = await timed(() => integrityProblems(core.db, 'quick'));
    const [full, integrityCheckMs] = await timed(() => integrityProblems(core.db, 'full'));
    if (quick.length + full.length > 0) throw new Error(`the bench database is not healthy: ${[...quick, ...full][0]}`);
    const [audit, auditVerifyMs] = await timed(() =>
      verifyAuditTrail(core.db, core.audit, core.paths, clock.now().toISOString(), {
        protected: false,
        lookup: () => undefined,
      }),
    );
    const [backup, backupMs] = await timed(() => core.trust.backups.create('manual'));
    const [check, backupVerifyMs] = await timed(() => core.trust.backups.verify(backup.id));
    core.close();
    if (!check.ok) throw new Error(`the bench backup does not verify: ${check.problems[0]}`);
    const [restored, restoreMs] = await timed(() =>
      restoreIntoNewDataDir(path.join(dataDir, 'backups', backup.id), path.join(root, 'restored'), clock),
    );

    // Names carry the size (50k) and the unit, as the other benchmarks' do; `npm run bench` merges them all.
    const k = `${Math.round(licences / 1000)}k`;
    return {
      [`trustDatabase${k}_mb`]: Math.round((databaseBytes / 1024 / 1024) * 10) / 10,
      [`trustAuditEntries${k}_count`]: audit.entries,
      [`trustRestoredLicences${k}_count`]: restored.licences,
      [`coreStartup${k}_ms`]: startupMs,
      [`quickCheck${k}_ms`]: quickCheckMs,
      [`integrityCheck${k}_ms`]: integrityCheckMs,
      [`auditVerify${k}_ms`]: auditVerifyMs,
      [`backupCreate${k}_ms`]: backupMs,
      [`backupVerify${k}_ms`]: backupVerifyMs,
      [`backupRestore${k}_ms`]: restoreMs,
    };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

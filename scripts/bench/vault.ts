// Cost of passphrase protection on a sizeable data folder (default 20,000 licences, 200
// attachments of about 200 KB, 3 backups): deriving the key, switching protection on (database,
// attachments, backups, fresh backup), unlocking and opening, an encrypted backup, changing the
// passphrase and removing it. The app does not answer calls while a change runs, so these are
// the pauses a person sees. `npm run bench` collects it; alone: npx tsx scripts/bench/run-one.ts vault
// AIM_BENCH_VAULT_LICENCES and AIM_BENCH_VAULT_FILES change the size.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { fixedClock } from '#core/clock';
import { openCoreSession } from '#core/recovery/core-session';
import { checkAttachment } from '#core/suppliers/documents/file-store';
import { createKeys } from '#core/vault/vault-keys';
import type { Result } from '#shared/contract';

import { canonicalFile } from '../../tests/support/licence-files';
import { samplePdf } from '../../tests/support/sample-files';
import { openTestCore } from '../../tests/support/temp-core';

const timed = async <T>(fn: () => T | Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const value = await fn();
  return [value, Math.round(performance.now() - started)];
};

const ctx = { host: 'in-process' } as const;
const mustBeOk = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
};

export async function run(): Promise<Record<string, number>> {
  const licences = Number(process.env.AIM_BENCH_VAULT_LICENCES ?? 20_000);
  const files = Number(process.env.AIM_BENCH_VAULT_FILES ?? 200);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-bench-vault-'));
  const dataDir = path.join(root, 'data');
  const clock = fixedClock('2026-03-02T15:00:00.000Z');
  const first = 'copper lantern orchard';
  const second = 'granite harbour whistle';
  try {
    const core = openTestCore({ dataDir, clock, logError: () => {} });
    for (let made = 0; made < licences; made += 5_000) {
      const count = Math.min(5_000, licences - made);
      const csv = canonicalFile(count * 2).csv.replace(/PO-(\d{5})/g, (_m, n: string) => `V${made / 5_000}-${n}`);
      const preview = await core.imports.preview(`bench-${made}.csv`, Buffer.from(csv));
      core.imports.commit(preview.importId!, false);
    }
    let attachmentBytes = 0;
    for (let i = 0; i < files; i += 1) {
      // A scanned certificate's size: the page plus about 200 KB of image data.
      const bytes = Buffer.concat([samplePdf([`Mill certificate ${i}`]), Buffer.from(`%${'x'.repeat(200_000)}\n`)]);
      core.evidence.files.put(checkAttachment(bytes, `certificate-${i}.pdf`), bytes);
      attachmentBytes += bytes.length;
    }
    for (let i = 0; i < 3; i += 1) {
      clock.advance(3_600_000);
      await core.trust.backups.create('manual');
    }
    const databaseBytes = fs.statSync(core.paths.databaseFile).size;

    const [, keyDerivationMs] = await timed(() => createKeys(first, clock.now().toISOString()));
    const [enabled, enableMs] = await timed(async () =>
      mustBeOk<{ filesConverted: number; backupsConverted: number }>(
        await core.dispatch(
          'vault.enable',
          { passphrase: first, confirmation: first, acknowledgeNoRecovery: true },
          ctx,
        ),
      ),
    );
    core.close();

    const session = openCoreSession({ dataDir, clock, logError: () => {} });
    // Each step of a protection change on stderr with the time since the previous one: where the time goes.
    let lastStep = '';
    let stepStarted = performance.now();
    let cpuStarted = process.cpuUsage();
    session.events.subscribe((event, payload) => {
      if (event !== 'task.progress') return;
      const { step, state } = payload as { step: string; state: string };
      if (step === lastStep && state === 'running') return;
      const now = performance.now();
      // CPU time of every thread of the process (workers too): steadier than wall time on a busy machine.
      const cpu = process.cpuUsage(cpuStarted);
      if (lastStep)
        process.stderr.write(
          `vault: ${lastStep}: ${Math.round(now - stepStarted)} ms (CPU ${Math.round((cpu.user + cpu.system) / 1000)} ms)\n`,
        );
      lastStep = state === 'running' ? step : '';
      stepStarted = now;
      cpuStarted = process.cpuUsage();
    });
    const [, unlockMs] = await timed(async () =>
      mustBeOk(await session.dispatch('vault.unlock', { passphrase: first }, ctx)),
    );
    const [, encryptedBackupMs] = await timed(async () => mustBeOk(await session.dispatch('backups.create', {}, ctx)));
    const [changed, changeMs] = await timed(async () =>
      mustBeOk<{ filesConverted: number; backupsConverted: number }>(
        await session.dispatch(
          'vault.change',
          { currentPassphrase: first, passphrase: second, confirmation: second },
          ctx,
        ),
      ),
    );
    const [, removeMs] = await timed(async () =>
      mustBeOk(await session.dispatch('vault.remove', { currentPassphrase: second }, ctx)),
    );
    await session.close();

    const k = `${Math.round(licences / 1000)}k`;
    return {
      [`vaultDatabase${k}_mb`]: Math.round((databaseBytes / 1024 / 1024) * 10) / 10,
      [`vaultAttachments_mb`]: Math.round((attachmentBytes / 1024 / 1024) * 10) / 10,
      vaultAttachmentsConverted_count: enabled.filesConverted,
      vaultBackupsConverted_count: changed.backupsConverted,
      vaultKeyDerivation_ms: keyDerivationMs,
      [`vaultEnable${k}_ms`]: enableMs,
      [`vaultUnlockAndOpen${k}_ms`]: unlockMs,
      [`vaultEncryptedBackup${k}_ms`]: encryptedBackupMs,
      [`vaultChangePassphrase${k}_ms`]: changeMs,
      [`vaultRemove${k}_ms`]: removeMs,
    };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

import { runInWorker } from '#core/workers/run-in-worker';
import { AppError } from '#shared/contract';
import type { PackVerification } from '#shared/reports/audit-pack-schema';

const packBudget = { memoryMb: 768, timeoutMs: 10 * 60_000 };

/**
 * Checks an audit pack (its bytes, or a file the worker reads itself so a large pack is not
 * copied between threads) in a worker thread, then asks `recorded` whether the app's audit trail
 * names its manifest.
 */
export async function verifyAuditPack(
  source: { bytes: Uint8Array } | { file: string },
  recorded: (manifestSha256: string) => boolean,
): Promise<PackVerification> {
  const verdict = await runInWorker(
    'verify-audit-pack',
    source,
    (reason) => new AppError('UNREADABLE_FILE', `The pack was refused: ${reason}.`),
    packBudget,
  );
  return {
    ...verdict,
    recordedInAuditTrail: verdict.manifestSha256 !== null && recorded(verdict.manifestSha256),
  };
}

import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/contract';
import { refused } from '../import/table-rows';
import { readTable } from '../import/read-table';
import { runInWorker } from './run-in-worker';
import { refusedWith } from '../../../../tests/support/refused-with';

const csv = (rows: number, columns = 2) =>
  Buffer.from(
    [
      Array.from({ length: columns }, (_, c) => `col${c}`).join(','),
      ...Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => `r${r}c${c}`).join(',')),
    ].join('\r\n'),
  );

const refusal = (run: Promise<unknown>) => refusedWith(run, AppError);

/** 200,000 rows of 8 columns read in a worker under the given limits, expected to be refused. */
const readHeavy = (fileName: string, limits: { memoryMb: number; timeoutMs: number }) =>
  refusal(runInWorker('read-table', { bytes: csv(200_000, 8), fileName }, (r) => refused(fileName, r), limits));

describe('a file read in a worker thread', () => {
  it('comes back as a table, and the caller keeps serving while it is read', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    const table = await readTable(csv(120_000, 6), 'big.csv');
    clearInterval(timer);
    expect(table.rows).toHaveLength(120_000);
    expect(table.rows[119_999]).toEqual({ row: 120_001, cells: expect.objectContaining({ col5: 'r119999c5' }) });
    expect(ticks).toBeGreaterThan(0);
  });

  it('is refused, in one sentence, as soon as it passes the row limit', async () => {
    const error = await refusal(readTable(csv(250_001, 1), 'rows.csv'));
    expect(error).toMatchObject({
      code: 'UNREADABLE_FILE',
      message: 'rows.csv was refused: it has more than 250,000 rows, the most that can be imported at once.',
    });
  });

  it('ends only its worker when it needs more memory than allowed, and the next file reads', async () => {
    const error = await readHeavy('heavy.csv', { memoryMb: 24, timeoutMs: 60_000 });
    expect(error.message).toBe('heavy.csv was refused: reading it needs more than 24 MB of memory, the most allowed.');
    expect((await readTable(csv(3), 'after.csv')).rows).toHaveLength(3);
  });

  it('is stopped when it takes longer than allowed', async () => {
    const error = await readHeavy('slow.csv', { memoryMb: 512, timeoutMs: 20 });
    expect(error.message).toBe('slow.csv was refused: reading it took longer than 20 ms, the most allowed.');
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { fixedClock } from '#core/clock';
import { createCore } from '#core/create-core';

import { coreCall } from '../../../tests/support/core-call';
import { seedReports } from '../../../tests/support/report-fixtures';
import { runAuditPackCommand } from './audit-pack-command';
import type { CliIo } from './cli-io';

let root: string;
let dataDir: string;
let io: CliIo & { lines: string[]; errors: string[] };

beforeEach(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-pack-cli-'));
  dataDir = path.join(root, 'data');
  const lines: string[] = [];
  const errors: string[] = [];
  io = { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
  const core = createCore({ dataDir, clock: fixedClock('2026-03-02T15:00:00.000Z'), logError: () => {} });
  await seedReports(coreCall(core));
  core.close();
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('aim-licence audit-pack', () => {
  it('makes a pack for a period and verifies it against the data folder that made it', async () => {
    const out = path.join(root, 'pack.zip');
    expect(
      await runAuditPackCommand(
        ['create', '--from', '2026-03-01', '--to', '2026-03-31', '--out', out, '--data-dir', dataDir],
        io,
      ),
    ).toBe(0);
    expect(io.lines[0]).toMatch(/^Wrote .*pack\.zip: 3 licences, 5 files\. Manifest SHA-256: [0-9a-f]{64}\.$/);
    expect(Object.keys(unzipSync(fs.readFileSync(out)))).toContain('summaries/licence-summaries.json');

    io.lines.length = 0;
    expect(await runAuditPackCommand(['verify', out, '--data-dir', dataDir], io)).toBe(0);
    expect(io.lines[0]).toMatch(/^pack\.zip: intact\. 5 files match the manifest \(3 licences, made /);
    expect(io.lines.at(-1)).toBe('The audit trail of that data folder records this pack.');
  });

  it('exits 1 and names the file when a pack was changed, 2 on bad usage, 3 on a missing file', async () => {
    const out = path.join(root, 'pack.zip');
    await runAuditPackCommand(
      ['create', '--from', '2026-03-01', '--to', '2026-03-31', '--out', out, '--data-dir', dataDir],
      io,
    );
    const files = unzipSync(fs.readFileSync(out));
    const forged = path.join(root, 'forged.zip');
    fs.writeFileSync(forged, zipSync({ ...files, 'audit/audit-trail.csv': strToU8('"Seq"\r\n"1"') }));
    io.lines.length = 0;
    expect(await runAuditPackCommand(['verify', forged, '--json'], io)).toBe(1);
    expect(JSON.parse(io.lines[0]!)).toMatchObject({
      ok: false,
      problems: [
        expect.stringContaining('audit/audit-trail.csv is'),
        expect.stringContaining('audit/audit-trail.csv was changed'),
      ],
    });

    expect(await runAuditPackCommand(['verify'], io)).toBe(2);
    expect(await runAuditPackCommand(['create', '--from', '2026-03-01'], io)).toBe(2);
    expect(await runAuditPackCommand(['verify', path.join(root, 'nothing.zip')], io)).toBe(3);
  });
});

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';

import type { AuditPackManifest, AuditPackResult, PackVerification } from '#shared/reports/audit-pack-schema';

import { coreCall } from '../../../../tests/support/core-call';
import { type SeededReports, seedReports } from '../../../../tests/support/report-fixtures';
import { samplePdf } from '../../../../tests/support/sample-files';
import { type TempCore, tempCore } from '../../../../tests/support/temp-core';

let core: TempCore;
afterEach(() => core.dispose());

async function setUp(options: Parameters<typeof tempCore>[1] = {}): Promise<SeededReports> {
  core = tempCore('2026-03-02T15:00:00.000Z', options);
  return seedReports(coreCall(core));
}
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const build = (input: unknown) => coreCall(core)<AuditPackResult>('reports.auditPack', input);
const verify = (bytes: Uint8Array) =>
  coreCall(core)<PackVerification>('reports.verifyAuditPack', {
    fileName: 'pack.zip',
    contentBase64: Buffer.from(bytes).toString('base64'),
  });
const unpack = (result: AuditPackResult) => unzipSync(Buffer.from(result.contentBase64, 'base64'));
const manifestOf = (files: Record<string, Uint8Array>) =>
  JSON.parse(strFromU8(files['manifest.json']!)) as AuditPackManifest;
const html =
  '<!doctype html><html><head><meta charset="utf-8"><title>Summaries</title></head><body><h1>PO-2026-0417</h1></body></html>';

describe('audit pack', () => {
  it('holds the summaries, the evidence as stored, the audit trail and a manifest that verifies', async () => {
    const seeded = await setUp();
    const result = await build({
      selection: { importFrom: '2026-03-01', importTo: '2026-03-31' },
      summariesHtml: html,
    });
    expect(result).toMatchObject({
      fileName: 'aim-audit-pack-2026-03-01-to-2026-03-31.zip',
      licences: 3,
      summariesFormat: 'html',
      problems: [],
    });
    const files = unpack(result);
    const manifest = manifestOf(files);
    expect(sha256(files['manifest.json']!)).toBe(result.manifestSha256);
    expect(manifest.files.map((f) => f.path).sort()).toEqual(
      Object.keys(files)
        .filter((p) => p !== 'manifest.json')
        .sort(),
    );
    for (const file of manifest.files) expect(sha256(files[file.path]!)).toBe(file.sha256);

    expect(strFromU8(files['summaries/licence-summaries.html']!)).toBe(html);
    const evidence = manifest.files.filter((f) => f.kind === 'evidence');
    expect(evidence).toEqual([
      expect.objectContaining({
        path: expect.stringMatching(/^evidence\/Northern-Rolling-Mills-Inc\/MTC-2291-\w{8}\/MTC-2291\.pdf$/),
        documentId: seeded.documentId,
        recordedSha256: seeded.fileSha256,
        sha256: seeded.fileSha256,
        intact: true,
      }),
    ]);
    expect(Buffer.from(files[evidence[0]!.path]!).equals(seeded.pdfBytes)).toBe(true);

    const trail = JSON.parse(strFromU8(files['audit/audit-trail.json']!)) as {
      entity: string;
      entityId: string;
      action: string;
    }[];
    expect(trail.filter((e) => e.entityId === seeded.issued.id).map((e) => e.action)).toEqual([
      'create',
      'status:ready',
      'status:issued',
    ]);
    expect(new Set(trail.map((e) => e.entity))).toEqual(new Set(['licence', 'document', 'supplier', 'product']));
    expect(manifest.licences.map((l) => l.reference)).toEqual(['PO-2026-0417', 'PO-2026-0418', 'PO-2026-0420']);
    expect(manifest.auditChain).toMatchObject({ ok: true, included: trail.length });

    expect(await verify(Buffer.from(result.contentBase64, 'base64'))).toMatchObject({
      ok: true,
      problems: [],
      recordedInAuditTrail: true,
      licences: 3,
      manifestSha256: result.manifestSha256,
    });
    const recorded = core.audit.history('system', 'audit-pack').at(-1)!;
    expect(JSON.parse(recorded.after!)).toMatchObject({
      manifestSha256: result.manifestSha256,
      licences: 3,
      summaries: 'html',
    });
  });

  it('catches a changed file, an added file and an altered audit entry', async () => {
    const seeded = await setUp();
    const files = unpack(await build({ selection: { ids: [seeded.issued.id] } }));
    const evidencePath = Object.keys(files).find((p) => p.startsWith('evidence/'))!;

    const changed = await verify(zipSync({ ...files, [evidencePath]: samplePdf(['A forged certificate']) }));
    expect(changed.ok).toBe(false);
    expect(changed.problems).toEqual([
      expect.stringContaining(`${evidencePath} is`),
      expect.stringContaining(`${evidencePath} was changed`),
    ]);

    const added = await verify(zipSync({ ...files, 'evidence/extra.pdf': samplePdf() }));
    expect(added.problems).toEqual(['evidence/extra.pdf is in the pack but not in the manifest (added later).']);

    // Rewrite an audit entry and fix up the manifest so the file hashes match: the entry's own hash still gives it away.
    const trail = JSON.parse(strFromU8(files['audit/audit-trail.json']!)) as { seq: number; actor: string }[];
    trail[0]!.actor = 'someone else';
    const forgedTrail = strToU8(JSON.stringify(trail));
    const manifest = manifestOf(files);
    const forgedManifest = {
      ...manifest,
      files: manifest.files.map((f) =>
        f.path === 'audit/audit-trail.json' ? { ...f, sha256: sha256(forgedTrail), sizeBytes: forgedTrail.length } : f,
      ),
    };
    const forged = await verify(
      zipSync({
        ...files,
        'audit/audit-trail.json': forgedTrail,
        'manifest.json': strToU8(JSON.stringify(forgedManifest)),
      }),
    );
    expect(forged.problems).toEqual([
      `Audit entry ${trail[0]!.seq} in audit/audit-trail.json does not match its hash: it was altered.`,
    ]);
    expect(forged.recordedInAuditTrail).toBe(false);

    expect(await verify(strToU8('not a zip'))).toMatchObject({
      ok: false,
      problems: [expect.stringContaining('not a readable ZIP')],
    });
  });

  it('includes an evidence file damaged in the store as found, flagged, and lists a missing one', async () => {
    const seeded = await setUp();
    const stored = path.join(core.paths.filesDir, seeded.fileSha256.slice(0, 2), seeded.fileSha256);
    fs.writeFileSync(stored, samplePdf(['Altered on disk']));
    const damaged = await build({ selection: { ids: [seeded.issued.id] } });
    expect(damaged.problems).toEqual([expect.stringContaining('no longer matches the SHA-256 recorded')]);
    const manifest = manifestOf(unpack(damaged));
    expect(manifest.files.find((f) => f.kind === 'evidence')).toMatchObject({
      intact: false,
      recordedSha256: seeded.fileSha256,
    });
    expect(await verify(Buffer.from(damaged.contentBase64, 'base64'))).toMatchObject({
      ok: true,
      warnings: damaged.problems,
    });

    fs.rmSync(stored);
    const missing = manifestOf(unpack(await build({ selection: { ids: [seeded.issued.id] } })));
    expect(missing.missingFiles).toEqual([
      expect.objectContaining({ fileName: 'MTC-2291.pdf', recordedSha256: seeded.fileSha256 }),
    ]);
    expect(missing.files.some((f) => f.kind === 'evidence')).toBe(false);
  });

  it('puts the host-rendered PDF of the same licences in it when the host can print', async () => {
    const routes: string[] = [];
    const seeded = await setUp({
      pdfRenderer: (route) => (routes.push(route), Promise.resolve(samplePdf(['Summaries']))),
    });
    const result = await build({ selection: { ids: [seeded.second.id, seeded.issued.id] }, summariesHtml: html });
    expect(result.summariesFormat).toBe('pdf');
    expect(routes).toEqual([`/print/licences/${seeded.second.id},${seeded.issued.id}`]);
    const files = unpack(result);
    expect(Buffer.from(files['summaries/licence-summaries.pdf']!).equals(samplePdf(['Summaries']))).toBe(true);
    expect(files['summaries/licence-summaries.html']).toBeUndefined();
  });

  it('refuses an empty period, and says the browser version prints PDF through the browser', async () => {
    await setUp();
    await expect(build({ selection: { importFrom: '2027-01-01', importTo: '2027-01-31' } })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    await expect(
      coreCall(core)('reports.printToPdf', { route: '/print/range/2026-03-01/2026-03-31', fileName: 'x.pdf' }),
    ).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: expect.stringContaining('Save as PDF'),
    });
    await expect(coreCall(core)('reports.printToPdf', { route: '/licences', fileName: 'x.pdf' })).rejects.toMatchObject(
      { code: 'VALIDATION' },
    );
  });
});

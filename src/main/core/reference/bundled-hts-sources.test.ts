import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledHtsRevisions } from '../../../shared/reference/hts';
import { bundledHtsSources, bundledRevisionFromExport } from './bundled-hts-sources';
import { assetCsv, referenceAssets } from '../../../../tests/support/reference-assets';

describe('the bundled HTS revisions', () => {
  it.each(bundledHtsSources.map((s) => [s.id, s] as const))(
    '%s is exactly what the importer makes of USITC’s export (run scripts/build-reference-data.mjs after changing it)',
    (id, source) => {
      const built = bundledRevisionFromExport(source, fs.readFileSync(path.join(referenceAssets, source.cut)));
      expect(bundledHtsRevisions.find((r) => r.id === id)).toEqual(built);
    },
  );

  it('agree line by line with the cleaned tables described in SOURCES.md', () => {
    for (const [id, file] of [
      ['hts-2026r3', 'hts-chapter76.csv'],
      ['hts-2025r13', 'hts-chapter76-2025r13.csv'],
    ] as const) {
      const source = bundledHtsSources.find((s) => s.id === id)!;
      const built = bundledRevisionFromExport(source, fs.readFileSync(path.join(referenceAssets, source.cut)));
      expect(built.lines).toEqual(
        assetCsv(file).map((r) => ({ hts10: r.hts10, description: r.description, unit: r.unit })),
      );
    }
  });

  it('name the published file each was cut from, with its size and SHA-256', () => {
    const r = bundledHtsRevisions.find((x) => x.id === 'hts-2026r3')!;
    expect(r.origin).toEqual({
      kind: 'bundled',
      fileName: 'hts_2026_revision_3_csv.csv',
      sha256: 'e10c47426e132b7f01b72b9a951c2e84e43675e68ee8f31ae961e8c3ceca99a2',
      bytes: 3_961_431,
    });
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

import { fixedClock } from '#core/clock';
import { createLicenceRepository } from '#core/licences/licence-repository';
import { createLicenceValidator } from '#core/licences/licence-validator';
import { draftOf, type LicenceDraft } from '#shared/licences/licence-schema';
import { evidenceRules } from '#shared/rules/evidence-rules';
import { validateLicence } from '#shared/rules/validate-licence';
import { type DocumentType, emptyDocumentDraft } from '#shared/suppliers/document-schema';

import { validDraft, validLine } from '../../tests/support/licence-fixtures';
import { openTestCore } from '../../tests/support/temp-core';

const log = (line: string) => process.stderr.write(`${line}\n`);
const round = (n: number) => Math.round(n * 10) / 10;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const countries = ['CA', 'AE', 'IN', 'NO', 'BH', 'CN', 'DE', 'MX', 'ZA', 'TR'];
const hts = ['7606123035', '7607113000', '7604210010', '7601103000', '7608200030', '7616995170'];
const types: DocumentType[] = [
  'mill-test-certificate',
  'smelter-declaration',
  'cast-house-certificate',
  'supplier-declaration',
  'asi-coc',
  'other',
];

/**
 * The evidence check's cost on bulk validation: 10,000 licences (1-3 lines each, most filled from
 * one of 200 supplier products, some linked to one of 600 documents) validated by the core's own
 * validator with the evidence index and without it. `evidenceOverhead_pct` is the goal (< 20 %).
 */
export async function run(): Promise<Record<string, number>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aim-bench-evidence-'));
  const clock = fixedClock('2026-03-02T15:00:00Z');
  const core = openTestCore({ dataDir: dir, clock });
  try {
    // 50 suppliers x 4 products, 3 documents per product: a mix of types, expiries and disagreements.
    const products: { id: string; supplierId: string; country: string; hts: string }[] = [];
    const documentIds: string[] = [];
    for (let s = 0; s < 50; s += 1) {
      const country = countries[s % countries.length]!;
      const supplier = core.evidence.suppliers.create({
        name: `Bench Mill ${s}`,
        roles: ['manufacturer'],
        country,
        address: '',
        contacts: [],
        notes: '',
      });
      for (let p = 0; p < 4; p += 1) {
        const code = hts[(s + p) % hts.length]!;
        const product = core.evidence.suppliers.createProduct({
          supplierId: supplier.id,
          description: `Product ${s}-${p}`,
          code: '',
          htsCode: code,
          usualSmeltLargest: country,
          usualSmeltSecond: 'N/A',
          usualCast: country,
          notes: '',
        });
        products.push({ id: product.id, supplierId: supplier.id, country, hts: code });
        for (let d = 0; d < 3; d += 1) {
          const n = s * 12 + p * 3 + d;
          const doc = core.evidence.documents.create({
            ...emptyDocumentDraft(supplier.id, d === 2 ? [] : [product.id]),
            type: types[n % types.length]!,
            reference: `DOC-${n}`,
            issueDate: '2026-01-01',
            validUntil: n % 5 === 0 ? '2026-03-10' : '2026-12-31',
            smeltLargest: n % 7 === 0 ? 'RU' : country,
            smeltSecond: 'N/A',
            cast: country,
            htsCodes: d === 2 && n % 2 === 0 ? [code.slice(0, 4)] : [],
          });
          documentIds.push(doc.id);
        }
      }
    }

    // 10,000 licences written straight through the repository (one transaction): the bench is about validation.
    const repo = createLicenceRepository(core.db);
    const at = clock.now().toISOString();
    core.db.transaction(() => {
      for (let i = 0; i < 10_000; i += 1) {
        const c = countries[i % countries.length]!;
        const lines = Array.from({ length: 1 + (i % 3) }, (_, j) => {
          const product = products[(i * 7 + j) % products.length]!;
          const linked = (i + j) % 5 !== 0;
          return validLine({
            htsCode: linked ? product.hts : hts[(i + j) % hts.length]!,
            smeltCountryLargest: linked ? product.country : c,
            castCountry: linked ? product.country : c,
            ...(linked ? { supplierId: product.supplierId, productId: product.id } : {}),
            ...(linked && i % 4 === 0 ? { documentId: documentIds[(i * 3) % documentIds.length]! } : {}),
          });
        });
        repo.insert(validDraft({ reference: `EVID-${i}`, countryOfOrigin: c, countryOfExport: c, lines }), at, null);
      }
    })();
    const stored = core.db
      .prepare<[], { id: string }>('SELECT id FROM licences ORDER BY rowid')
      .all()
      .map((r) => core.licences.get(r.id));
    const facts = stored.map((l) => ({
      id: l.id,
      status: l.status,
      validFrom: l.validFrom,
      validThrough: l.validThrough,
    }));

    // The same validator the core uses, with and without the evidence index.
    const settings = () => core.settings.get();
    const withEvidence = createLicenceValidator(core.db, clock, core.reference, settings, core.evidence.index.current);
    const without = createLicenceValidator(core.db, clock, core.reference, settings, () => undefined);
    // Fresh draft objects for every pass, made outside the timing: nothing is reused between runs.
    const freshDrafts = (): LicenceDraft[] => stored.map(draftOf);
    const pass = (validator: typeof without) => {
      const drafts = freshDrafts();
      let warnings = 0;
      drafts.forEach((draft, i) => (warnings += validator.check(draft, facts[i]).result.warnings));
      return warnings;
    };
    const plainWarnings = pass(without);
    const evidenceWarnings = pass(withEvidence);

    /*
     * The machine is shared, and its load swings within a second. So the two sides are timed
     * interleaved, 250 licences at a time, the order alternating, and summed per side: a swing
     * then falls on both alike. Seven such rounds over all 10,000; the median round counts.
     */
    const chunk = 250;
    const rounds: { without: number; with: number }[] = [];
    for (let repeat = 0; repeat < 7; repeat += 1) {
      const plain = freshDrafts();
      const judged = freshDrafts();
      let tWithout = 0;
      let tWith = 0;
      for (let from = 0, n = 0; from < plain.length; from += chunk, n += 1) {
        const to = Math.min(from + chunk, plain.length);
        const runWithout = () => {
          const start = performance.now();
          for (let i = from; i < to; i += 1) without.check(plain[i]!, facts[i]);
          tWithout += performance.now() - start;
        };
        const runWith = () => {
          const start = performance.now();
          for (let i = from; i < to; i += 1) withEvidence.check(judged[i]!, facts[i]);
          tWith += performance.now() - start;
        };
        if ((n + repeat) % 2 === 0) {
          runWithout();
          runWith();
        } else {
          runWith();
          runWithout();
        }
      }
      rounds.push({ without: tWithout, with: tWith });
    }
    rounds.sort((a, b) => a.with / a.without - b.with / b.without);
    const middle = rounds[Math.floor(rounds.length / 2)]!;
    const validateWithout10k_ms = middle.without;
    const validateWithEvidence10k_ms = middle.with;
    // The evidence rules alone, for comparing changes to them.
    const ctx = withEvidence.context(stored[0]!, facts[0]);
    const rulesOnly = () => {
      const only = freshDrafts();
      const start = performance.now();
      for (const draft of only) validateLicence(draft, { ...ctx }, evidenceRules);
      return performance.now() - start;
    };
    rulesOnly();
    const evidenceRulesOnly10k_ms = median([rulesOnly(), rulesOnly(), rulesOnly()]);
    const result = {
      evidenceRulesOnly10k_ms: round(evidenceRulesOnly10k_ms),
      validateWithout10k_ms: round(validateWithout10k_ms),
      validateWithEvidence10k_ms: round(validateWithEvidence10k_ms),
      evidenceOverhead_pct: round(((validateWithEvidence10k_ms - validateWithout10k_ms) / validateWithout10k_ms) * 100),
      evidenceWarnings10k_count: evidenceWarnings - plainWarnings,
    };
    log(`evidence bench: ${JSON.stringify(result)}`);
    return result;
  } finally {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

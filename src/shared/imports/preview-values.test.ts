import { describe, expect, it } from 'vitest';

import type { RuleIssue } from '#shared/rules/rule';

import { validDraft, validLine } from '../../../tests/support/licence-fixtures';
import { issueValues, previewFacts } from './preview-values';

const issue = (path: string): RuleIssue => ({ code: 'X', severity: 'error', path, message: '', source: '' });

describe('values shown beside a previewed licence', () => {
  it('quotes the value each problem is about, and leaves out empty cells', () => {
    const draft = validDraft({
      exporterName: '',
      manufacturers: ['Gulf Extrusions', 'Oman Al'],
      lines: [validLine({ htsCode: '7606.12', quantityKg: 250 })],
    });
    expect(
      issueValues(draft, [
        issue('lines.0.htsCode'),
        issue('lines.0.quantityKg'),
        issue('exporterName'),
        issue('manufacturers'),
      ]),
    ).toEqual({ 'lines.0.htsCode': '7606.12', 'lines.0.quantityKg': '250', manufacturers: 'Gulf Extrusions; Oman Al' });
  });

  it('sums the lines for the one-line summary', () => {
    const draft = validDraft({
      lines: [validLine(), validLine({ htsCode: '7607113000', quantityKg: 1500, valueUsd: 5250 })],
    });
    expect(previewFacts(draft)).toMatchObject({
      htsCodes: ['7606.12.30.35', '7607113000'],
      totalKg: 20000,
      totalValueUsd: 70000,
    });
  });
});

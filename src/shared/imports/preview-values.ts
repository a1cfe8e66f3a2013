import type { LicenceDraft } from '#shared/licences/licence-schema';
import type { RuleIssue } from '#shared/rules/rule';

/** What a previewed licence is, in one line: enough to recognise it beside its problems. */
export interface PreviewFacts {
  readonly exporterName: string;
  readonly countryOfOrigin: string;
  readonly expectedImportDate: string;
  readonly htsCodes: string[];
  readonly totalKg: number;
  readonly totalValueUsd: number;
}

export function previewFacts(draft: LicenceDraft): PreviewFacts {
  return {
    exporterName: draft.exporterName,
    countryOfOrigin: draft.countryOfOrigin,
    expectedImportDate: draft.expectedImportDate,
    htsCodes: [...new Set(draft.lines.map((l) => l.htsCode).filter(Boolean))],
    totalKg: draft.lines.reduce((sum, l) => sum + (l.quantityKg ?? 0), 0),
    totalValueUsd: draft.lines.reduce((sum, l) => sum + (l.valueUsd ?? 0), 0),
  };
}

function valueAt(draft: LicenceDraft, path: string): unknown {
  let node: unknown = draft;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/**
 * The value each problem is about, as read from the file (a path to text), so the preview shows
 * "HTS number 7606.12" beside "must be a 10-digit HTS number". Empty and unreadable cells are left
 * out: their message says so.
 */
export function issueValues(draft: LicenceDraft, issues: readonly RuleIssue[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const issue of issues) {
    const value = valueAt(draft, issue.path);
    if (typeof value === 'string' && value.trim() !== '') values[issue.path] = value;
    else if (typeof value === 'number') values[issue.path] = String(value);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string') && value.join('').trim() !== '')
      values[issue.path] = value.join('; ');
  }
  return values;
}

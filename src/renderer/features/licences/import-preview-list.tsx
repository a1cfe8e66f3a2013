import { formatCount, formatKg, formatUsd } from '#renderer/format/numbers';
import type { ImportPreview, PreviewedLicence } from '#shared/contract/imports';
import { displayDate } from '#shared/dates/iso-date';
import { fieldLabelOf } from '#shared/licences/field-labels';
import { formatHts } from '#shared/reference/hts';
import type { RuleIssue } from '#shared/rules/rule';
import { countOf } from '#shared/text/plural';

const shown = 300;
/** A warning found on more licences than this is said once for all of them, not on every row. */
const commonFrom = 3;

function factsLine(licence: PreviewedLicence): string {
  const f = licence.facts;
  return [
    f.exporterName || 'no exporter',
    f.countryOfOrigin ? `origin ${f.countryOfOrigin}` : '',
    f.expectedImportDate ? `import ${displayDate(f.expectedImportDate)}` : '',
    f.htsCodes.map(formatHts).join(', '),
    formatKg(f.totalKg),
    formatUsd(f.totalValueUsd, 0),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Warnings that most licences of the file share (evidence not on file yet, typically): said once. */
function commonWarnings(licences: readonly PreviewedLicence[]) {
  const byCode = new Map<string, { example: RuleIssue; licences: Set<string> }>();
  for (const licence of licences) {
    for (const issue of licence.issues) {
      if (issue.severity === 'error') continue;
      const entry = byCode.get(issue.code) ?? { example: issue, licences: new Set<string>() };
      entry.licences.add(`${licence.ref}-${licence.rows[0]}`);
      byCode.set(issue.code, entry);
    }
  }
  return [...byCode.entries()].filter(([, entry]) => entry.licences.size > commonFrom);
}

/**
 * Every licence with a problem, each problem on its file row beside the value it is about; a
 * warning shared by many licences is said once at the top; clean licences are only counted.
 */
export function ImportPreviewList({ preview }: { preview: ImportPreview }) {
  const common = commonWarnings(preview.licences);
  const commonCodes = new Set(common.map(([code]) => code));
  const own = (licence: PreviewedLicence) => licence.issues.filter((i) => !commonCodes.has(i.code));
  // Licences that cannot be filed first, then those with warnings only.
  const withIssues = preview.licences
    .filter((l) => own(l).length > 0 || l.existing)
    .sort((a, b) => Number(a.valid) - Number(b.valid) || (a.rows[0] ?? 0) - (b.rows[0] ?? 0));
  return (
    <section className="card" aria-labelledby="preview-title">
      <h2 id="preview-title" className="card-title">
        {countOf(preview.licenceCount, 'licence')} in {countOf(preview.rowCount, 'row')}:{' '}
        {formatCount(preview.validCount)} without errors, {formatCount(preview.licenceCount - preview.validCount)} with
        errors
      </h2>
      <p className="muted">
        Checked as of {displayDate(preview.asOf)} with reference data {preview.dataVersion}. Nothing has been written
        yet.
      </p>
      {common.length > 0 ? (
        <ul className="issue-list compact import-common" aria-label="Warnings on many licences">
          {common.map(([code, entry]) => (
            <li key={code} className={`issue issue-${entry.example.severity}`} data-code={code}>
              <span className="issue-link">
                <span className="issue-severity">{entry.example.severity}</span>
                <span className="issue-message">
                  On {countOf(entry.licences.size, 'licence')}: {entry.example.message.replace(/^Row \d+: /, '')}
                  <span className="muted"> (the first of them; said once here, not on each row)</span>
                </span>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {withIssues.length === 0 ? <p>No other problems found in this file.</p> : null}
      <ul className="import-problems" aria-label="Problems by licence">
        {withIssues.slice(0, shown).map((licence) => (
          <li
            key={`${licence.ref}-${licence.rows[0]}`}
            className={`import-licence ${licence.valid ? '' : 'is-invalid'}`}
            data-testid={`import-licence-${licence.ref}`}
          >
            <div className="import-licence-head">
              <strong>{licence.ref || '(no licence_ref)'}</strong>
              <span className="muted">
                rows {licence.rows.join(', ')} · {countOf(licence.lineCount, 'line')}
              </span>
              {licence.existing ? <span className="status-badge">Already in the register</span> : null}
            </div>
            <p className="import-facts muted small">{factsLine(licence)}</p>
            <ul className="issue-list compact">
              {own(licence).map((issue, i) => (
                <li key={i} className={`issue issue-${issue.severity}`} data-code={issue.code}>
                  <span className="issue-link">
                    <span className="issue-severity">{issue.severity}</span>
                    <span className="issue-message">
                      Row {issue.row}
                      {licence.values[issue.path] !== undefined ? (
                        <>
                          , {fieldLabelOf(issue.path)} <q className="import-value">{licence.values[issue.path]}</q>
                        </>
                      ) : null}
                      : {issue.message.replace(/^Row \d+: /, '')}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {withIssues.length > shown ? (
        <p className="muted">
          …and {formatCount(withIssues.length - shown)} more licences with problems (fix the file or import and fix them
          in the register).
        </p>
      ) : null}
    </section>
  );
}

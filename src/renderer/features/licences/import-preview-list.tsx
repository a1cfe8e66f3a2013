import type { ImportPreview } from '../../../shared/contract/imports';
import { formatCount } from '../../format/numbers';

const shown = 300;

/** Every licence with a problem, each problem on its file row; clean licences are only counted. */
export function ImportPreviewList({ preview }: { preview: ImportPreview }) {
  // Licences that cannot be filed first, then those with warnings only.
  const withIssues = preview.licences
    .filter((l) => l.issues.length > 0 || l.existing)
    .sort((a, b) => Number(a.valid) - Number(b.valid) || (a.rows[0] ?? 0) - (b.rows[0] ?? 0));
  return (
    <section className="card" aria-labelledby="preview-title">
      <h2 id="preview-title" className="card-title">
        {formatCount(preview.licenceCount)} licences in {formatCount(preview.rowCount)} rows:{' '}
        {formatCount(preview.validCount)} without errors, {formatCount(preview.licenceCount - preview.validCount)} with
        errors
      </h2>
      <p className="muted">
        Checked as of {preview.asOf} with reference data {preview.dataVersion}. Nothing has been written yet.
      </p>
      {withIssues.length === 0 ? <p>No problems found in this file.</p> : null}
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
                rows {licence.rows.join(', ')} · {licence.lineCount} line{licence.lineCount === 1 ? '' : 's'}
              </span>
              {licence.existing ? <span className="status-badge">Already in the register</span> : null}
            </div>
            <ul className="issue-list compact">
              {licence.issues.map((issue, i) => (
                <li key={i} className={`issue issue-${issue.severity}`} data-code={issue.code}>
                  <span className="issue-link">
                    <span className="issue-severity">{issue.severity}</span>
                    <span className="issue-message">
                      Row {issue.row}: {issue.message.replace(/^Row \d+: /, '')}
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

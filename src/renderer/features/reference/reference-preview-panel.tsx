import { Button } from 'react-aria-components';
import { Link } from 'wouter';

import { formatCount } from '#renderer/format/numbers';
import type { ReferencePreview } from '#shared/contract/reference';
import { displayDate, plusDays } from '#shared/dates/iso-date';
import { formatHts } from '#shared/reference/hts';
import { formatBytes } from '#shared/suppliers/attachment-rules';

function LineList({
  title,
  lines,
  sign,
}: {
  title: string;
  lines: { hts10: string; description: string }[];
  sign: string;
}) {
  return (
    <section className="reference-lines" aria-label={title}>
      <h4 className="reference-lines-title">
        {title} <span className="muted">({formatCount(lines.length)})</span>
      </h4>
      {lines.length === 0 ? (
        <p className="muted small">None.</p>
      ) : (
        <ul className="reference-line-list">
          {lines.map((line) => (
            <li key={line.hts10}>
              <span className="reference-sign" aria-hidden="true">
                {sign}
              </span>
              <code className="reference-code">{formatHts(line.hts10)}</code>
              <span>{line.description}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PortList({ title, ports, sign }: { title: string; ports: { code: string; name: string }[]; sign: string }) {
  return (
    <section className="reference-lines" aria-label={title}>
      <h4 className="reference-lines-title">
        {title} <span className="muted">({formatCount(ports.length)})</span>
      </h4>
      {ports.length === 0 ? (
        <p className="muted small">None.</p>
      ) : (
        <ul className="reference-line-list">
          {ports.map((port) => (
            <li key={port.code}>
              <span className="reference-sign" aria-hidden="true">
                {sign}
              </span>
              <code className="reference-code">{port.code}</code>
              <span>{port.name}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What a change would do, before it is applied: lines, coverage, and the open licences it would judge differently. */
export function ReferencePreviewPanel({
  preview,
  busy,
  onApply,
  onCancel,
}: {
  preview: ReferencePreview;
  busy: boolean;
  onApply: () => void;
  onCancel: () => void;
}) {
  const { table, file, lines, coverage, ports, licences } = preview;
  const hts = table.kind === 'hts';
  const adding = preview.change === 'add';
  const span = table.until
    ? `${displayDate(table.effectiveFrom)} to ${displayDate(plusDays(table.until, -1))}`
    : `from ${displayDate(table.effectiveFrom)}`;
  return (
    <section className="reference-preview" aria-labelledby="reference-preview-title" data-testid="reference-preview">
      <h3 id="reference-preview-title" className="reference-preview-title">
        {adding ? `What ${table.label} changes` : `What removing ${table.label} changes`}
      </h3>
      <dl className="facts">
        {adding && table.origin ? (
          <>
            <dt>File</dt>
            <dd>
              <span className="cell-mono">{table.origin.fileName}</span>
              {file
                ? hts
                  ? ` — USITC ${file.format.toUpperCase()} export, ${formatBytes(table.origin.bytes)}, ${formatCount(file.rows)} rows read, ${formatCount(file.lines)} chapter-76 statistical lines kept`
                  : table.kind === 'ports-cbp'
                    ? ` — CBP port code list (ACE Appendix E, PDF), ${formatBytes(table.origin.bytes)}, ${formatCount(file.lines)} codes`
                    : ` — Census Schedule D list, ${formatBytes(table.origin.bytes)}, ${formatCount(file.lines)} ports`
                : null}
            </dd>
            <dt>SHA-256</dt>
            <dd>
              <code className="reference-hash">{table.origin.sha256}</code>
            </dd>
          </>
        ) : null}
        <dt>{hts ? (adding ? 'Applies' : 'Applied') : table.kind === 'ports-cbp' ? 'Published' : 'Produced'}</dt>
        <dd>{hts ? `To licences importing ${span}` : displayDate(table.effectiveFrom)}</dd>
        {preview.comparedWith ? (
          <>
            <dt>Compared with</dt>
            <dd>
              {preview.comparedWith.label}
              {adding ? ', in force now' : ', which applies again'}
            </dd>
          </>
        ) : null}
      </dl>

      {lines ? (
        <div className="reference-line-groups">
          <LineList title="Lines added" lines={lines.added} sign="+" />
          <LineList title="Lines removed" lines={lines.removed} sign="−" />
          <section className="reference-lines" aria-label="Lines re-described">
            <h4 className="reference-lines-title">
              Lines re-described <span className="muted">({formatCount(lines.redescribed.length)})</span>
            </h4>
            {lines.redescribed.length === 0 ? (
              <p className="muted small">None.</p>
            ) : (
              <ul className="reference-line-list">
                {lines.redescribed.map((line) => (
                  <li key={line.hts10}>
                    <span className="reference-sign" aria-hidden="true">
                      ~
                    </span>
                    <code className="reference-code">{formatHts(line.hts10)}</code>
                    <span className="reference-before">{line.before}</span>
                    <span className="reference-after">now: {line.after}</span>
                    {line.unitAfter !== undefined ? (
                      <span className="cell-sub">
                        Unit {line.unitBefore || '—'} → {line.unitAfter || '—'}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      ) : null}

      {coverage ? (
        <>
          <h4 className="reference-lines-title">Coverage</h4>
          <p data-testid="reference-coverage">
            {coverage.before === coverage.after
              ? `${coverage.after} HTS lines need an AIM licence, as before`
              : `${coverage.before} → ${coverage.after} HTS lines need an AIM licence`}
            {coverage.added.length + coverage.removed.length > 0
              ? ` (${[...coverage.added.map((c) => `+${formatHts(c)}`), ...coverage.removed.map((c) => `−${formatHts(c)}`)].join(', ')})`
              : ''}
            .
          </p>
        </>
      ) : null}

      {ports ? (
        <div className="reference-line-groups">
          <PortList title="Ports added" ports={ports.added} sign="+" />
          <PortList title="Ports removed" ports={ports.removed} sign="−" />
          <section className="reference-lines" aria-label="Ports renamed">
            <h4 className="reference-lines-title">
              Ports renamed <span className="muted">({formatCount(ports.renamed.length)})</span>
            </h4>
            {ports.renamed.length === 0 ? (
              <p className="muted small">None.</p>
            ) : (
              <ul className="reference-line-list">
                {ports.renamed.map((port) => (
                  <li key={port.code}>
                    <span className="reference-sign" aria-hidden="true">
                      ~
                    </span>
                    <code className="reference-code">{port.code}</code>
                    <span className="reference-before">{port.before}</span>
                    <span className="reference-after">now: {port.after}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      ) : null}

      <h4 className="reference-lines-title">Open licences</h4>
      <p className="muted small">
        {formatCount(licences.considered)} open licence{licences.considered === 1 ? '' : 's'} import while this applies;
        each is judged with the data as it is and as it would be.
      </p>
      {licences.impacts.length === 0 ? (
        <p data-testid="reference-impacts">No open licence would be judged differently.</p>
      ) : (
        <ul className="reference-impacts" data-testid="reference-impacts">
          {licences.impacts.map((impact) => (
            <li
              key={`${impact.kind}:${impact.code}`}
              className={impact.kind === 'newly-refused' ? 'reference-impact-bad' : 'reference-impact-good'}
            >
              <span>{impact.message}</span>
              <span className="reference-impact-licences">
                {impact.licences.map((l, i) => (
                  <span key={l.id}>
                    {i > 0 ? ', ' : ''}
                    <Link href={`/licences/${l.id}`}>{l.reference || l.id.slice(-8)}</Link>
                  </span>
                ))}
              </span>
            </li>
          ))}
        </ul>
      )}
      {preview.notes.length > 0 ? (
        <ul className="banner banner-info reference-notes">
          {preview.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      <div className="form-actions">
        <Button className={`button ${adding ? 'button-primary' : 'button-danger'}`} isDisabled={busy} onPress={onApply}>
          {adding ? `Add ${table.label}` : `Remove ${table.label}`} and re-check open licences
        </Button>
        <Button className="button button-secondary" isDisabled={busy} onPress={onCancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}

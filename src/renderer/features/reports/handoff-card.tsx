import { TableHead, numeric } from '#renderer/components/table-head';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { displayDate } from '../../../shared/dates/iso-date';
import { licenceKindLabels } from '../../../shared/licence/licence-kind';
import type { Handoff } from '../../../shared/reports/handoff-schema';
import { useRpc } from '../../api/client-context';
import { SelectField } from '../../components/select-field';
import { formatKg, formatUsd } from '../../format/numbers';
import { countOf } from '../../../shared/text/plural';
import { useSaveFile } from '../../files/files-context';
import { ErrorBanner } from '../../components/error-banner';

const severityLabels = { error: 'ACE would reject', warning: 'Check', info: 'Note' } as const;

function HandoffPreview({ handoff }: { handoff: Handoff }) {
  return (
    <>
      <p className={`banner ${handoff.ready ? 'banner-info' : 'banner-error'}`} role="status">
        {handoff.ready
          ? `Entry ${handoff.entryNumberFormatted}: ${countOf(handoff.lines.length, 'HTS line')} on ${countOf(handoff.licences.length, 'licence')}, ready for the broker.`
          : `Entry ${handoff.entryNumberFormatted} is not ready: ACE would reject it as it stands. Fix what is listed below first.`}
      </p>
      <p className="muted small" data-testid="handoff-import-date">
        {handoff.importDate
          ? `Date of importation ${displayDate(handoff.importDate)} (recorded on the licence): validity is judged by it.`
          : 'No date of importation recorded yet: record the entry on its licences when the goods arrive; validity is judged by that date.'}{' '}
        {handoff.record07Required
          ? `Record 07 smelt and cast countries apply (entries from ${displayDate(handoff.record07From)}, Proclamation 10522; CBP CSMS #55438432).`
          : `Record 07 smelt and cast reporting does not apply: it began with entries from ${displayDate(handoff.record07From)}.`}
      </p>
      <ul className="handoff-licences" aria-label="Licences on this entry">
        {handoff.licences.map((licence) => (
          <li key={licence.id}>
            <span className="cell-mono">{licence.licenceNumber ?? '(not issued)'}</span>{' '}
            {licence.reference ? `"${licence.reference}"` : ''} · {licenceKindLabels[licence.licenceKind]}
            {licence.importDate ? ` · imported ${displayDate(licence.importDate)}` : ''} ·{' '}
            {formatUsd(licence.totalValueUsd)} of aluminum
          </li>
        ))}
      </ul>
      {handoff.issues.length > 0 ? (
        <ul className="issue-list" aria-label="Pre-flight checks">
          {handoff.issues.map((issue, i) => (
            <li key={`${issue.code}-${issue.path}-${i}`} className={`issue issue-${issue.severity}`}>
              <strong>{severityLabels[issue.severity]}:</strong> {issue.message}{' '}
              <span className="muted small">({issue.source})</span>
            </li>
          ))}
        </ul>
      ) : null}
      {/* Focusable so a narrow window can scroll the table by keyboard. */}
      <div className="handoff-scroll" role="region" aria-label="HTS lines" tabIndex={0}>
        <table className="handoff-table">
          <caption className="visually-hidden">
            HTS lines of entry {handoff.entryNumberFormatted} as the broker keys them
          </caption>
          <TableHead
            columns={[
              'Line',
              'Licence (type 28)',
              'HTS',
              numeric('Quantity', 'num'),
              numeric('Value', 'num'),
              'Smelt 1 / 2 / cast (record 07)',
              'Primary / secondary',
            ]}
          />
          <tbody>
            {handoff.lines.map((line) => (
              <tr key={line.lineNumber}>
                <td>{line.lineNumber}</td>
                <td className="cell-mono">{line.licenceNumber || '(not issued)'}</td>
                <td className="cell-mono">{line.htsFormatted}</td>
                <td className="num">{line.quantityKg === null ? '' : formatKg(line.quantityKg)}</td>
                <td className="num">{line.valueUsd === null ? '' : formatUsd(line.valueUsd)}</td>
                <td className="cell-mono">
                  {line.primarySmeltCountry || '–'} / {line.secondarySmeltCountry || '–'} / {line.castCountry || '–'}
                </td>
                <td className="cell-mono">
                  {line.primaryAluminumIndicator} / {line.secondaryAluminumIndicator}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * Per customs entry: what the broker keys into ACE (licence type code 28 and number, HTS lines,
 * record 07 smelt/cast codes), checked first for what ACE rejects, as CSV and JSON.
 */
export function HandoffCard() {
  const entries = useRpc('handoff.entries', {}, { staleTime: 0 });
  const [chosen, setChosen] = useState<string>('');
  const entryNumber = chosen || entries.data?.[0]?.entryNumber || '';
  const files = useRpc('handoff.entry', { entryNumber }, { enabled: entryNumber !== '', staleTime: 0 });

  const saveFile = useSaveFile();
  const download = (kind: 'csv' | 'json') => {
    if (!files.data) return;
    const file = files.data[kind];
    void saveFile(
      'handoff',
      { fileName: file.fileName, mediaType: file.mimeType, content: { text: file.content } },
      `Saved ${file.fileName}`,
    );
  };

  return (
    <section className="card handoff-card" aria-labelledby="handoff-title">
      <h2 id="handoff-title" className="card-title">
        Broker hand-off
      </h2>
      <p className="muted">
        Per customs entry, the data your broker keys into ACE: licence type code 28 and the licence number, the HTS
        lines, and the record 07 smelt and cast codes, computed from the same saved data as the licence.
      </p>
      <ErrorBanner message={entries.error?.message} />
      {entries.data && entries.data.length === 0 ? (
        <p className="banner banner-info">
          No licence names a customs entry yet. Put the entry number on the licence (field 02), or record the entry on
          an issued licence when it is used.
        </p>
      ) : null}
      {entries.data && entries.data.length > 0 ? (
        <SelectField
          label="Customs entry"
          value={entryNumber}
          onChange={setChosen}
          options={entries.data.map((e) => ({
            id: e.entryNumber,
            label: `${e.entryNumberFormatted} · ${countOf(e.licenceCount, 'licence')}, ${countOf(e.lineCount, 'line')} · ${e.imported ? 'imported' : 'expected'} ${e.firstImportDate ? displayDate(e.firstImportDate) : 'date not set'}`,
          }))}
        />
      ) : null}
      <ErrorBanner message={files.error?.message} />
      {files.data ? (
        <>
          <HandoffPreview handoff={files.data.handoff} />
          <div className="reports-actions">
            <Button className="button button-primary" onPress={() => download('csv')}>
              Download CSV
            </Button>
            <Button className="button button-secondary" onPress={() => download('json')}>
              Download JSON
            </Button>
          </div>
        </>
      ) : null}
    </section>
  );
}

import {
  printCountry,
  printDate,
  printDateTime,
  printEntry,
  printKg,
  printPort,
} from '#renderer/features/reports/print-format';
import { formatUsd } from '#renderer/format/numbers';
import { displayDate, localIsoDate } from '#shared/dates/iso-date';
import { headerLabels, lineLabels } from '#shared/licences/field-labels';
import { licenceKindLabels } from '#shared/licences/licence-kind';
import { entryTypeLabels, entryTypes, type Licence } from '#shared/licences/licence-schema';
import { statusLabel } from '#shared/licences/licence-status';
import { unitValueUsdPerTonne } from '#shared/licences/unit-value';
import { formatHts, htsPath } from '#shared/reference/hts';
import type { ReferenceIndex } from '#shared/reference/reference-data';
import { tooEarlyUntil } from '#shared/rules/filing-window';
import type { RuleSettings } from '#shared/rules/rule';

import '#renderer/styles/licences.css';

const entryTypeLabel = (value: string) =>
  (entryTypes as readonly string[]).includes(value) ? entryTypeLabels[value as (typeof entryTypes)[number]] : value;

/**
 * A licence that was filed (queued, submitted, issued, used, cancelled, expired) as a record to
 * read: no inputs, nothing that looks editable. What can still be done with it is in the actions above.
 */
export function LicenceReadOnly({
  licence,
  reference,
  rules,
}: {
  licence: Licence;
  reference: ReferenceIndex;
  /** The filing window's setting: a queued licence too early to file today is held in the outbox. */
  rules: RuleSettings;
}) {
  const heldUntil =
    licence.status === 'queued' ? tooEarlyUntil(licence.expectedImportDate, localIsoDate(new Date()), rules) : null;
  const hts = reference.htsOn(licence.expectedImportDate || licence.createdAt.slice(0, 10));
  const facts: [string, string][] = [
    [headerLabels.reference, licence.reference || '—'],
    [headerLabels.licenceKind, licenceKindLabels[licence.licenceKind]],
    [headerLabels.entryType, entryTypeLabel(licence.entryType)],
    [headerLabels.importerName, licence.importerName || '—'],
    [headerLabels.importerNumber, licence.importerNumber || '—'],
    [headerLabels.exporterName, licence.exporterName || '—'],
    [
      'Manufacturers',
      licence.manufacturerUnknown ? 'Unknown' : licence.manufacturers.filter(Boolean).join('; ') || '—',
    ],
    [headerLabels.countryOfOrigin, printCountry(licence.countryOfOrigin)],
    [headerLabels.countryOfExport, printCountry(licence.countryOfExport)],
    [headerLabels.portOfEntry, printPort(licence.portOfEntry, reference)],
    [headerLabels.expectedExportDate, printDate(licence.expectedExportDate)],
    [headerLabels.expectedImportDate, printDate(licence.expectedImportDate)],
    [headerLabels.entryNumber, printEntry(licence.entryNumber)],
  ];
  return (
    <div className="licence-read-only" data-testid="licence-read-only">
      <p className="banner banner-info">
        This licence is “{statusLabel(licence.status, licence.licenceKind)}” and kept as a record: it can no longer be
        changed here.
        {licence.status === 'queued'
          ? ' To change it, withdraw it from the queue under Filing gateway first.'
          : ' Copy it to start a new draft from it.'}
      </p>
      {heldUntil ? (
        <p className="banner banner-info" role="status" data-testid="held-until">
          Too early to file today: it is held in the outbox until {displayDate(heldUntil)}, its first fileable day, and
          sent then. Nothing else is needed from you.
        </p>
      ) : null}
      <section className="card" aria-labelledby="ro-shipment">
        <h2 id="ro-shipment" className="card-title">
          Shipment
        </h2>
        <dl className="facts facts-grid">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="card" aria-labelledby="ro-lines">
        <h2 id="ro-lines" className="card-title">
          Product lines
        </h2>
        <div className="table-scroll">
          <table className="data-table table-sticky-first">
            <thead>
              <tr>
                <th scope="col">{lineLabels.htsCode}</th>
                <th scope="col" className="num">
                  {lineLabels.quantityKg}
                </th>
                <th scope="col" className="num">
                  {lineLabels.valueUsd}
                </th>
                <th scope="col" className="num">
                  Unit value
                </th>
                <th scope="col">Smelt (largest, second)</th>
                <th scope="col">Cast</th>
              </tr>
            </thead>
            <tbody>
              {licence.lines.map((line) => {
                const known = hts.byCode.get(line.htsCode);
                const unit = unitValueUsdPerTonne(line.valueUsd, line.quantityKg);
                return (
                  <tr key={line.id}>
                    <td>
                      <span className="cell-mono">{formatHts(line.htsCode) || '—'}</span>
                      {known ? <span className="cell-sub-block">{htsPath(known.description)}</span> : null}
                    </td>
                    <td className="num">{printKg(line.quantityKg)}</td>
                    <td className="num">{line.valueUsd === null ? '—' : formatUsd(line.valueUsd)}</td>
                    <td className="num">{unit === null ? '—' : `${formatUsd(unit, 0)}/t`}</td>
                    <td>
                      {printCountry(line.smeltCountryLargest)}; {printCountry(line.smeltCountrySecond)}
                    </td>
                    <td>{printCountry(line.castCountry)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <section className="card" aria-labelledby="ro-cert">
        <h2 id="ro-cert" className="card-title">
          Notes and certification
        </h2>
        <p>{licence.notes || <span className="muted">No notes.</span>}</p>
        <p>
          {licence.certified
            ? `Certified${licence.certifiedBy ? ` by ${licence.certifiedBy}` : ''}${licence.certifiedAt ? ` on ${printDateTime(licence.certifiedAt)}` : ''}.`
            : 'Not certified.'}
        </p>
      </section>
    </div>
  );
}

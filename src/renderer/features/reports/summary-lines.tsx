import { TableHead, numeric } from '#renderer/components/table-head';
import { formatHts, htsPath } from '../../../shared/reference/hts';
import type { LicenceSummaryDoc } from '../../../shared/reports/summary-schema';
import { PrintSection } from './print-facts';
import { aceRecord07From } from '../../../shared/reports/ace-record07';
import { notGiven, printCountry, printDate, printKg, printUnitValue, printUsd } from './print-format';
import { countOf } from '../../../shared/text/plural';

/** The product lines, with the totals the portal does not show but a reader wants. */
export function ProductLines({ doc }: { doc: LicenceSummaryDoc }) {
  return (
    <PrintSection title="Product lines">
      <table className="print-table">
        <TableHead
          columns={[
            '#',
            'HTS number, description, category',
            numeric('Quantity', 'num'),
            numeric('Customs value', 'num'),
            numeric('Unit value', 'num'),
          ]}
        />
        <tbody>
          {doc.lines.map((line) => (
            <tr key={line.id}>
              <td>{line.number}</td>
              <td>
                <span className="print-mono">{formatHts(line.htsCode) || notGiven}</span>
                {line.description ? <span className="print-sub">{htsPath(line.description)}</span> : null}
                {line.category ? (
                  <span className="print-sub">Category (this app's grouping): {line.category}</span>
                ) : null}
              </td>
              <td className="num">{printKg(line.quantityKg)}</td>
              <td className="num">{printUsd(line.valueUsd)}</td>
              <td className="num">{printUnitValue(line.unitValueUsdPerTonne)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              Total, {countOf(doc.lines.length, 'line')}
            </th>
            <td className="num">{printKg(doc.totals.quantityKg)}</td>
            <td className="num">{printUsd(doc.totals.valueUsd)}</td>
            <td className="num">{printUnitValue(doc.totals.unitValueUsdPerTonne)}</td>
          </tr>
        </tfoot>
      </table>
    </PrintSection>
  );
}

/** The smelt and cast countries as the licence states them, beside the ACE record 07 values the broker keys (one function computes both). */
export function SmeltAndCast({ doc }: { doc: LicenceSummaryDoc }) {
  return (
    <PrintSection title="Smelt and cast (licence and ACE record 07)">
      <p className="print-note">
        Record 07 applies to entries from {printDate(aceRecord07From)} (Proclamation 10522; CBP CSMS #55438432).
      </p>
      <table className="print-table">
        <TableHead
          columns={[
            '#',
            'Largest smelt',
            'Second-largest smelt',
            'Most recent cast',
            'ACE 07 smelt / cast codes',
            'Primary / secondary aluminum',
          ]}
        />
        <tbody>
          {doc.lines.map((line) => (
            <tr key={line.id}>
              <td>{line.number}</td>
              <td>{printCountry(line.smeltCountryLargest)}</td>
              <td>{printCountry(line.smeltCountrySecond)}</td>
              <td>{printCountry(line.castCountry)}</td>
              <td className="print-mono">
                {line.record07.primarySmeltCountry || '–'} / {line.record07.secondarySmeltCountry || '–'} /{' '}
                {line.record07.castCountry || '–'}
              </td>
              <td className="print-mono">
                {line.record07.primaryAluminumIndicator} / {line.record07.secondaryAluminumIndicator}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintSection>
  );
}

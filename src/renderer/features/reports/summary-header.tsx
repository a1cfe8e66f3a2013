import { TableHead, numeric } from '#renderer/components/table-head';
import { formatEntryNumber } from '../../../shared/licence/entry-number';
import { licenceKindLabels } from '../../../shared/licence/licence-kind';
import { entryTypeLabels, type Licence } from '../../../shared/licence/licence-schema';
import { statusLabel } from '../../../shared/licence/licence-status';
import { totalsOfUse } from '../../../shared/licence/licence-use';
import { recordKeepingRule } from '../../../shared/records/keep-until';
import type { FilerProfile } from '../../../shared/profile/filer-profile';
import type { ReferenceIndex } from '../../../shared/reference/reference-data';
import { PrintFacts, PrintSection } from './print-facts';
import { notGiven, orDash, printCountry, printDate, printDateTime, printEntry, printPort } from './print-format';

/** The licence as issued (or not yet): number, validity and where it stands. */
export function SummaryTitle({ licence, appliedOn }: { licence: Licence; appliedOn: string | null }) {
  return (
    <div className="summary-title">
      <p className="summary-kicker">AIM licence summary</p>
      <h2 className="summary-reference">{licence.reference || 'Untitled licence'}</h2>
      <PrintFacts
        label="Licence"
        facts={[
          [
            'Status',
            <span key="s" className={`print-status print-status-${licence.status}`}>
              {statusLabel(licence.status, licence.licenceKind)}
            </span>,
          ],
          ['Kind', licenceKindLabels[licence.licenceKind]],
          [
            'Licence number',
            <span key="n" className="print-mono">
              {orDash(licence.licenceNumber)}
            </span>,
          ],
          [
            'Valid',
            licence.validFrom || licence.validThrough
              ? `${printDate(licence.validFrom)} to ${printDate(licence.validThrough)}`
              : 'Not issued yet',
          ],
          ['Date of application', printDate(appliedOn)],
          [
            'Keep until',
            licence.keepUntil
              ? `${printDate(licence.keepUntil)} (five years from the date of entry, ${recordKeepingRule})`
              : notGiven,
          ],
        ]}
      />
    </div>
  );
}

/** The customs entries the licence was used on, with the date of importation its validity is judged by. */
export function EntriesSection({ licence }: { licence: Licence }) {
  if (licence.uses.length === 0) return null;
  return (
    <PrintSection title="Customs entries">
      <table className="print-table">
        <TableHead
          columns={[
            'Entry number',
            'Date of importation',
            numeric('Quantity (kg)', 'num'),
            numeric('Value (US$)', 'num'),
          ]}
        />
        <tbody>
          {licence.uses.map((use) => {
            const totals = totalsOfUse(use);
            return (
              <tr key={use.id}>
                <td className="print-mono">{formatEntryNumber(use.entryNumber)}</td>
                <td>{printDate(use.importDate)}</td>
                <td className="num">{totals.quantityKg.toLocaleString('en-US', { maximumFractionDigits: 3 })}</td>
                <td className="num">
                  {totals.valueUsd.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </PrintSection>
  );
}

export function ApplicantSection({ filer }: { filer: FilerProfile | null }) {
  if (!filer) {
    return (
      <PrintSection title="Applicant (filer)">
        <p className="print-note">No filer profile has been entered in Settings yet.</p>
      </PrintSection>
    );
  }
  return (
    <PrintSection title="Applicant (filer)">
      <PrintFacts
        facts={[
          ['01 Applicant company', filer.company],
          ['EIN or CBP number', orDash(filer.importerNumber)],
          ['04 Contact name', filer.contactName],
          ['05 Address', `${filer.street}, ${filer.city}, ${filer.state} ${filer.zip}`],
          ['06 Phone', filer.phone],
          ['07 Fax', orDash(filer.fax)],
          ['08 E-mail', filer.email],
        ]}
      />
    </PrintSection>
  );
}

export function ShipmentSection({ licence, reference }: { licence: Licence; reference: ReferenceIndex | null }) {
  const manufacturers = licence.manufacturerUnknown
    ? 'Unknown'
    : licence.manufacturers.filter((m) => m.trim() !== '').join('; ');
  return (
    <PrintSection title="Shipment">
      <PrintFacts
        facts={[
          ['Your reference', orDash(licence.reference)],
          [
            'Entry type',
            entryTypeLabels[licence.entryType as keyof typeof entryTypeLabels] ?? orDash(licence.entryType),
          ],
          ['09 Importer name', orDash(licence.importerName)],
          ['Importer number', orDash(licence.importerNumber)],
          ['10 Exporter name', orDash(licence.exporterName)],
          ['11 Manufacturer', orDash(manufacturers)],
          ['12 Country of origin', printCountry(licence.countryOfOrigin)],
          ['13 Country of export', printCountry(licence.countryOfExport)],
          ['14 Expected port of entry', printPort(licence.portOfEntry, reference)],
          ['15 Expected export date', printDate(licence.expectedExportDate)],
          ['16 Expected import date', printDate(licence.expectedImportDate)],
          ['02 Customs entry number', printEntry(licence.entryNumber)],
          [
            'Certification',
            !licence.certified
              ? 'Not certified'
              : licence.certifiedBy
                ? `Certified by ${licence.certifiedBy}${licence.certifiedAt ? `, ${printDateTime(licence.certifiedAt)}` : ''}`
                : 'Certified by the filer',
          ],
          ['Notes', licence.notes.trim() === '' ? notGiven : licence.notes],
        ]}
      />
    </PrintSection>
  );
}

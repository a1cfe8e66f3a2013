import { isIsoDate } from '../dates/iso-date';
import { formatEntryNumber } from '../licence/entry-number';
import { entryTypeLabels, type LicenceDraft } from '../licence/licence-schema';
import { unitValueUsdPerTonne } from '../licence/unit-value';
import type { FilerProfile } from '../profile/filer-profile';
import { countryName } from '../reference/countries';
import { formatHts, htsDigits } from '../reference/hts';
import type { ReferenceIndex } from '../reference/reference-data';
import type { PortalLicenceContent } from './portal-protocol';

/*
 * A licence laid out the way the portal's web form asks for it (ITA-4142a numbering: header
 * 01-19, then 20-27 per product line), with every value already in the portal's spelling:
 * countries spelled out, dates as mm/dd/yyyy, HTS with dots. The "file by hand" view and the
 * bulk-upload file both come from here, so they cannot disagree.
 */

export interface PortalFormField {
  /** The form's field number (e.g. "12"), or "" for a field the form does not number. */
  readonly number: string;
  readonly label: string;
  readonly value: string;
  /** Shown beside the value: where it comes from or what the portal does with it. */
  readonly note?: string;
  /** False for an instruction (tick a box) rather than a value to paste. */
  readonly copyable?: boolean;
}

export interface PortalFormSection {
  readonly title: string;
  readonly fields: readonly PortalFormField[];
}

/** 2026-03-20 → 03/20/2026, the form's date format. */
export const portalDate = (iso: string): string =>
  isIsoDate(iso) ? `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}` : iso;

const amount = (value: number | null, digits: number) =>
  value === null
    ? ''
    : value.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: digits, useGrouping: false });

function portText(code: string, reference: ReferenceIndex): string {
  const port = reference.ports.byCode(code);
  return port ? `${port.place} (${port.code})` : code;
}

export function applicantFields(profile: FilerProfile | null): PortalFormField[] {
  const note = profile ? 'From your portal registration; check it matches.' : 'Fill in Settings → Filer profile first.';
  return [
    { number: '01', label: 'Applicant company', value: profile?.company ?? '', note },
    { number: '04', label: 'Contact name', value: profile?.contactName ?? '' },
    {
      number: '05',
      label: 'Address of applicant',
      value: profile ? `${profile.street}, ${profile.city}, ${profile.state} ${profile.zip}` : '',
      note: 'U.S. street address, no PO box.',
    },
    { number: '06', label: 'Contact phone', value: profile?.phone ?? '' },
    { number: '07', label: 'Contact fax', value: profile?.fax ?? '' },
    { number: '08', label: 'Contact e-mail', value: profile?.email ?? '' },
  ];
}

export function headerFields(
  licence: LicenceDraft | PortalLicenceContent,
  reference: ReferenceIndex,
): PortalFormField[] {
  const manufacturers = licence.manufacturerUnknown
    ? 'Unknown'
    : licence.manufacturers.filter((m) => m.trim() !== '').join('; ');
  return [
    {
      number: '02',
      label: 'Customs entry number',
      value: formatEntryNumber(licence.entryNumber),
      note: 'Optional; give it if known.',
    },
    {
      number: '',
      label: 'Entry type',
      value: entryTypeLabels[licence.entryType as keyof typeof entryTypeLabels] ?? licence.entryType,
    },
    { number: '09', label: 'Importer name', value: licence.importerName },
    { number: '', label: 'Importer number (EIN or CBP)', value: licence.importerNumber },
    { number: '10', label: 'Exporter name', value: licence.exporterName },
    { number: '11', label: 'Manufacturer name', value: manufacturers },
    { number: '12', label: 'Country of origin', value: countryName(licence.countryOfOrigin) },
    { number: '13', label: 'Country of exportation', value: countryName(licence.countryOfExport) },
    { number: '14', label: 'Expected port of entry', value: portText(licence.portOfEntry, reference) },
    { number: '15', label: 'Expected date of export', value: portalDate(licence.expectedExportDate) },
    { number: '16', label: 'Expected date of import', value: portalDate(licence.expectedImportDate) },
  ];
}

export function lineFields(
  line: LicenceDraft['lines'][number],
  licence: { expectedImportDate: string },
  reference: ReferenceIndex,
): PortalFormField[] {
  const hts10 = htsDigits(line.htsCode);
  const inForce = isIsoDate(licence.expectedImportDate) ? reference.htsOn(licence.expectedImportDate) : null;
  const unitValue = unitValueUsdPerTonne(line.valueUsd, line.quantityKg);
  return [
    { number: '20', label: 'HTS number', value: formatHts(hts10) },
    {
      number: '21',
      label: 'Product description',
      value: inForce?.byCode.get(hts10)?.description ?? '',
      note: 'Filled in by the portal from the HTS number.',
    },
    {
      number: '22',
      label: 'Product category',
      value: inForce?.category(hts10) ?? '',
      note: 'Filled in by the portal; review it.',
    },
    { number: '23a', label: 'Country of largest smelt', value: countryName(line.smeltCountryLargest) },
    { number: '23b', label: 'Country of second-largest smelt', value: countryName(line.smeltCountrySecond) },
    { number: '23c', label: 'Country of most recent cast', value: countryName(line.castCountry) },
    { number: '24-25', label: 'Quantity (kilograms)', value: amount(line.quantityKg, 3) },
    {
      number: '26',
      label: 'Customs value (US$)',
      value: amount(line.valueUsd, 2),
      note: 'Entered value as on the CBP 7501.',
    },
    {
      number: '27',
      label: 'Unit value (US$ per metric ton)',
      value: unitValue === null ? '' : unitValue.toFixed(2),
      note: 'Computed by the portal.',
    },
  ];
}

/** The whole form, section by section, in the order the portal asks. */
export function portalForm(
  licence: LicenceDraft,
  profile: FilerProfile | null,
  reference: ReferenceIndex,
): PortalFormSection[] {
  return [
    { title: 'Applicant (your registration)', fields: applicantFields(profile) },
    { title: 'Shipment', fields: headerFields(licence, reference) },
    ...licence.lines.map((line, index) => ({
      title: `Product ${index + 1}`,
      fields: lineFields(line, licence, reference),
    })),
    {
      title: 'Certification',
      fields: [
        {
          number: '',
          label: 'Certification',
          value: licence.certified ? 'Tick the certification box' : 'Not certified yet',
          note: 'The portal asks you to tick it before submitting.',
          copyable: false,
        },
      ],
    },
  ];
}

import { isIsoDate } from '#shared/dates/iso-date';
import { formatEntryNumber } from '#shared/licences/entry-number';
import { licenceKindLabels } from '#shared/licences/licence-kind';
import { entryTypeLabels, type LicenceDraft } from '#shared/licences/licence-schema';
import { unitValueUsdPerTonne } from '#shared/licences/unit-value';
import type { FilerProfile } from '#shared/profile/filer-profile';
import { countryName } from '#shared/reference/countries';
import { formatHts, htsDigits } from '#shared/reference/hts';
import type { ReferenceIndex } from '#shared/reference/reference-data';

import type { PortalLicenceContent } from './portal-protocol';

/*
 * A licence laid out in the order of Form ITA-4142a (which ITA says is the same form as the
 * online system: OMB 0625-0279, 2021 and 2024 instructions), with every value already in the
 * form's spelling: countries spelled out, dates as mm/dd/yyyy, HTS with dots. The "file by hand"
 * view and the fallback form both come from here, so they cannot disagree.
 *
 * What is ITA's and what is ours: the header fields 01-19 carry the numbers and names of the
 * form (its instructions and the layout on trade.gov/aluminum). The product block is numbered
 * 20-27 on the only published layout, which shows a single "Country of Smelt"; the final rule
 * asks for three countries (19 CFR 361.103(c)(1)(xiii)-(xv)), and the current form's numbering
 * for them was not available. So product fields carry no number: their order is the
 * regulation's, and their layout is this app's own. Entry type (361.103(c)(1)(iii)) has no
 * number on the form either.
 */

/** Where the numbers and names come from, said on every rendering of the form. */
export const formFieldSource =
  'Field numbers 01-19 and names: Form ITA-4142a (OMB 0625-0279) instructions and the layout on trade.gov/aluminum.';
export const productBlockNote =
  "Product fields in the order of 19 CFR 361.103(c)(1)(xii)-(xvii). Unnumbered: the form's product-block numbering for the three smelt and cast countries was not available, so this layout is the app's own.";

export interface PortalFormField {
  /** The form's own field number (e.g. "12"), or "" where the source shows none (never invented). */
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
  /** Where the section's numbering and layout come from (ITA's or the app's own). */
  readonly layoutNote?: string;
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
    { number: '01', label: 'Applicant Company', value: profile?.company ?? '', note },
    { number: '04', label: 'Contact Name', value: profile?.contactName ?? '' },
    {
      number: '05',
      label: 'Address of Applicant',
      value: profile ? `${profile.street}, ${profile.city}, ${profile.state} ${profile.zip}` : '',
      note: 'The U.S. street address used at registration; no PO box.',
    },
    { number: '06', label: 'Contact Phone', value: profile?.phone ?? '' },
    { number: '07', label: 'Contact Fax', value: profile?.fax ?? '' },
    { number: '08', label: 'Contact Email', value: profile?.email ?? '' },
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
      number: '',
      label: 'Licence kind',
      value: licenceKindLabels[licence.licenceKind],
      note: "The kind the filer chose in this app (regular, or the reusable low-value licence); the form's field for it was not available.",
      copyable: false,
    },
    {
      number: '02',
      label: 'Customs Entry Number',
      value: formatEntryNumber(licence.entryNumber),
      note: 'Optional; give it if known.',
    },
    {
      number: '',
      label: 'Entry type',
      value: entryTypeLabels[licence.entryType as keyof typeof entryTypeLabels] ?? licence.entryType,
      note: 'Asked by 19 CFR 361.103(c)(1)(iii); the form gives it no number.',
    },
    { number: '09', label: 'Importer Name', value: licence.importerName },
    { number: '10', label: 'Exporter Name', value: licence.exporterName },
    { number: '11', label: 'Manufacturer Name', value: manufacturers },
    { number: '12', label: 'Country of Origin', value: countryName(licence.countryOfOrigin) },
    { number: '13', label: 'Country of Exportation', value: countryName(licence.countryOfExport) },
    { number: '14', label: 'Expected Port of Entry', value: portText(licence.portOfEntry, reference) },
    { number: '15', label: 'Expected Date of Export', value: portalDate(licence.expectedExportDate) },
    { number: '16', label: 'Expected Date of Import', value: portalDate(licence.expectedImportDate) },
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
    { number: '', label: 'HTS Number', value: formatHts(hts10) },
    {
      number: '',
      label: 'Product Description',
      value: inForce?.byCode.get(hts10)?.description ?? '',
      note: "The HTS text, from this app's HTS data; the licensing system fills in its own.",
    },
    {
      number: '',
      label: 'Product Category',
      value: inForce?.category(hts10) ?? '',
      note: "This app's own grouping by HTS heading, not ITA's category names; the licensing system assigns the category itself (19 CFR 361.103(c)(2)).",
      copyable: false,
    },
    {
      number: '',
      label: 'Country where the largest volume of primary aluminum was smelted',
      value: countryName(line.smeltCountryLargest),
    },
    {
      number: '',
      label: 'Country where the second largest volume of primary aluminum was smelted',
      value: countryName(line.smeltCountrySecond),
    },
    { number: '', label: 'Country where the product was most recently cast', value: countryName(line.castCountry) },
    { number: '', label: 'Quantity (in kilograms)', value: amount(line.quantityKg, 3) },
    {
      number: '',
      label: 'Customs Value (US$)',
      value: amount(line.valueUsd, 2),
      note: 'Entered value as on the CBP 7501.',
    },
    {
      number: '',
      label: 'Unit Value (US$/mt)',
      value: unitValue === null ? '' : unitValue.toFixed(2),
      note: 'Value ÷ (kg ÷ 1,000), computed here; the licensing system computes its own (19 CFR 361.103(c)(2)).',
      copyable: false,
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
    { title: 'Applicant (your registration)', fields: applicantFields(profile), layoutNote: formFieldSource },
    { title: 'Shipment', fields: headerFields(licence, reference), layoutNote: formFieldSource },
    ...licence.lines.map((line, index) => ({
      title: `Product ${index + 1}`,
      fields: lineFields(line, licence, reference),
      layoutNote: productBlockNote,
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

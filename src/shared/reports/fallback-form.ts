import type { Licence, LicenceLine } from '../licence/licence-schema';
import { unitValueUsdPerTonne } from '../licence/unit-value';
import type { FilerProfile } from '../profile/filer-profile';
import type { ReferenceIndex } from '../reference/reference-data';
import {
  applicantFields,
  headerFields,
  lineFields,
  portalDate,
  type PortalFormField,
  type PortalFormSection,
} from '../sync/portal-form';

/** Where ITA takes the scanned fallback form when the licensing system is down (OMB 0625-0279, 2024). */
export const fallbackEmailAddress = 'Aluminum.license@trade.gov';

export interface FallbackForm {
  readonly title: string;
  readonly emailTo: string;
  readonly subject: string;
  readonly sections: readonly PortalFormSection[];
}

const grouped = (value: number | null, digits: number) =>
  value === null
    ? ''
    : value.toLocaleString('en-US', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits === 0 ? 3 : digits,
      });

/** On paper the amounts carry thousands separators (the portal's copy-and-paste view has none). */
function paperLineFields(line: LicenceLine, licence: Licence, reference: ReferenceIndex): PortalFormField[] {
  const paper: Record<string, string> = {
    '24-25': grouped(line.quantityKg, 0),
    '26': grouped(line.valueUsd, 2),
    '27': grouped(unitValueUsdPerTonne(line.valueUsd, line.quantityKg), 2),
  };
  return lineFields(line, licence, reference).map((field) =>
    field.number in paper ? { ...field, value: paper[field.number]! } : field,
  );
}

/**
 * Form ITA-4142a pre-filled from one licence and the filer profile, for when the portal is down
 * and a shipment is due. The field values come from the same functions as the "file by hand"
 * view (src/shared/sync/portal-form.ts): countries spelled out, dates mm/dd/yyyy, HTS with dots.
 * Fields the system assigns (03, 18-19) are shown as the licence has them, else left for ITA.
 */
export function fallbackForm(
  licence: Licence,
  profile: FilerProfile | null,
  reference: ReferenceIndex,
  today: string,
): FallbackForm {
  const assigned = 'Assigned by ITA when the licence is issued.';
  const importDate = portalDate(licence.expectedImportDate);
  return {
    title: 'Form ITA-4142a: Aluminum Import License Application',
    emailTo: fallbackEmailAddress,
    subject: `AIM licence application (fallback form): ${licence.importerName || 'importer'}${importDate ? `, import ${importDate}` : ''}${licence.reference ? `, ref. ${licence.reference}` : ''}`,
    sections: [
      { title: 'Applicant', fields: applicantFields(profile) },
      {
        title: 'Licence',
        fields: [
          { number: '03', label: 'License number', value: licence.licenceNumber ?? '', note: assigned },
          { number: '17', label: 'Date of application', value: portalDate(today) },
          {
            number: '18',
            label: 'Date license valid from',
            value: licence.validFrom ? portalDate(licence.validFrom) : '',
            note: assigned,
          },
          {
            number: '19',
            label: 'Date license valid through',
            value: licence.validThrough ? portalDate(licence.validThrough) : '',
            note: assigned,
          },
        ],
      },
      { title: 'Shipment', fields: headerFields(licence, reference) },
      ...licence.lines.map((line, index) => ({
        title: `Product ${index + 1}`,
        fields: paperLineFields(line, licence, reference),
      })),
      {
        title: 'Certification',
        fields: [
          {
            number: '',
            label: 'Certification',
            value: licence.certified
              ? 'The filer certifies that the information is correct.'
              : 'Not certified yet: tick the certification on the licence first.',
            copyable: false,
          },
        ],
      },
    ],
  };
}

import type { Licence, LicenceLine } from '#shared/licences/licence-schema';
import { unitValueUsdPerTonne } from '#shared/licences/unit-value';
import type { FilerProfile } from '#shared/profile/filer-profile';
import type { ReferenceIndex } from '#shared/reference/reference-data';
import {
  applicantFields,
  formFieldSource,
  headerFields,
  lineFields,
  portalDate,
  type PortalFormField,
  type PortalFormSection,
  productBlockNote,
} from '#shared/sync/portal-form';

/** Where ITA takes the scanned fallback form when the licensing system is down (OMB 0625-0279, 2024). */
export const fallbackEmailAddress = 'Aluminum.license@trade.gov';
/** The subject ITA's form instructions give ("Subject: Aluminum License Application", 2021 and 2024). */
export const fallbackEmailSubject = 'Aluminum License Application';
export const fallbackSubjectSource = 'Form ITA-4142a instructions (OMB 0625-0279, 2021 and 2024)';
/** Said on the page: what on it is ITA's and what is the app's own. */
export const fallbackLayoutNote =
  "Prepared by AIM Licences from your licence. The title, the field numbers 01-19 and their names are Form ITA-4142a's; the page layout, the product blocks and the notes are this app's, not ITA's PDF. Check it against the current form before sending.";

export interface FallbackForm {
  readonly title: string;
  readonly emailTo: string;
  readonly subject: string;
  readonly subjectSource: string;
  readonly layoutNote: string;
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
    'Quantity (in kilograms)': grouped(line.quantityKg, 0),
    'Customs Value (US$)': grouped(line.valueUsd, 2),
    'Unit Value (US$/mt)': grouped(unitValueUsdPerTonne(line.valueUsd, line.quantityKg), 2),
  };
  return lineFields(line, licence, reference).map((field) =>
    field.label in paper ? { ...field, value: paper[field.label]! } : field,
  );
}

/**
 * Form ITA-4142a pre-filled from one licence and the filer profile, for when the portal is down
 * and a shipment is due. The field values come from the same functions as the "file by hand"
 * view (src/shared/sync/portal-form.ts): countries spelled out, dates mm/dd/yyyy, HTS with dots.
 * Fields the system assigns (03, 18-19) are shown as the licence has them, else left for ITA.
 * The e-mail subject is the one ITA's instructions give; the page says which parts are the
 * form's and which are this app's layout (domain note §8, "What is official").
 */
export function fallbackForm(
  licence: Licence,
  profile: FilerProfile | null,
  reference: ReferenceIndex,
  today: string,
): FallbackForm {
  const assigned = 'Assigned by ITA when the licence is issued.';
  return {
    title: 'Form ITA-4142a: Aluminum Import License Application',
    emailTo: fallbackEmailAddress,
    subject: fallbackEmailSubject,
    subjectSource: fallbackSubjectSource,
    layoutNote: fallbackLayoutNote,
    sections: [
      { title: 'Applicant', fields: applicantFields(profile), layoutNote: formFieldSource },
      {
        title: 'Licence',
        layoutNote: formFieldSource,
        fields: [
          { number: '03', label: 'License Number', value: licence.licenceNumber ?? '', note: assigned },
          { number: '17', label: 'Date of Application', value: portalDate(today) },
          {
            number: '18',
            label: 'Date License Valid From',
            value: licence.validFrom ? portalDate(licence.validFrom) : '',
            note: assigned,
          },
          {
            number: '19',
            label: 'Date License Valid Through',
            value: licence.validThrough ? portalDate(licence.validThrough) : '',
            note: assigned,
          },
        ],
      },
      { title: 'Shipment', fields: headerFields(licence, reference), layoutNote: formFieldSource },
      ...licence.lines.map((line, index) => ({
        title: `Product ${index + 1}`,
        fields: paperLineFields(line, licence, reference),
        layoutNote: productBlockNote,
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

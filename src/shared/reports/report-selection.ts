import { z } from 'zod';

import { isIsoDate } from '#shared/dates/iso-date';

/*
 * Which licences a report covers: a hand-picked set (the register's selection), or every
 * licence whose expected import date falls in a range (what an auditor asks for: "the
 * shipments of the first quarter"). The print view's address encodes the same choice, so the
 * desktop app's PDF, the browser's print and the tests all print one and the same page.
 */

/** At most this many licences in one printed batch or audit pack. */
export const maxReportLicences = 2000;

const licenceId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, { error: 'must be a licence id' });
const isoDate = z.string().trim().refine(isIsoDate, { error: 'must be a date as YYYY-MM-DD' });

/** A range of expected import dates; the Reports screen's forms use it as their resolver schema. */
export const importRangeSchema = z
  .object({ importFrom: isoDate, importTo: isoDate })
  .strict()
  .refine((range) => range.importFrom <= range.importTo, {
    error: 'The range must end on or after its first day.',
    path: ['importTo'],
  });
export type ImportRange = z.infer<typeof importRangeSchema>;

export const reportSelectionSchema = z.union([
  z
    .object({
      ids: z
        .array(licenceId)
        .min(1, { error: 'Pick at least one licence.' })
        .max(maxReportLicences, {
          error: `At most ${maxReportLicences} licences fit in one report; narrow the selection.`,
        }),
    })
    .strict(),
  importRangeSchema,
]);
export type ReportSelection = z.infer<typeof reportSelectionSchema>;

export const isIdSelection = (selection: ReportSelection): selection is { ids: string[] } => 'ids' in selection;

/** The print view's address (a hash route) for a selection of licence summaries. */
export function summariesRoute(selection: ReportSelection): string {
  return isIdSelection(selection)
    ? `/print/licences/${selection.ids.join(',')}`
    : `/print/range/${selection.importFrom}/${selection.importTo}`;
}

/** The print view of the ITA-4142a fallback form, pre-filled from one licence. */
export const fallbackRoute = (licenceId: string): string => `/print/fallback/${licenceId}`;

/** Only print views may be rendered to PDF: nothing else of the app, and no other address. */
export const printRouteSchema = z
  .string()
  .max(160_000)
  .regex(
    /^\/print\/(licences\/[A-Za-z0-9-]+(,[A-Za-z0-9-]+)*|range\/\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}|fallback\/[A-Za-z0-9-]{1,64})$/,
    {
      error: 'must be the address of a print view (/print/licences/…, /print/range/…/… or /print/fallback/…)',
    },
  );

/** "3 licences" or "licences for import 1 Jan 2026 to 31 Mar 2026", for titles and file names. */
export function selectionFileStem(selection: ReportSelection, today: string): string {
  return isIdSelection(selection)
    ? `aim-licence-summaries-${today}-${selection.ids.length}`
    : `aim-licence-summaries-${selection.importFrom}-to-${selection.importTo}`;
}

import { displayDate, isIsoDate } from '#shared/dates/iso-date';
import { countryName, parseCountry, storedCountry } from '#shared/reference/countries';
import type { FieldSource, SourcedField } from '#shared/suppliers/field-source';
import type { ProposalField } from '#shared/suppliers/reading/candidate';
import type { FileReading } from '#shared/suppliers/reading/reading-schema';

/** Which field of the document form each proposal fills, when the person accepts it. */
export const formFieldOf: Record<ProposalField, SourcedField> = {
  smeltLargest: 'smeltLargest',
  smeltSecond: 'smeltSecond',
  cast: 'cast',
  documentDate: 'issueDate',
  issuer: 'issuer',
  product: 'productStated',
};

const countryFields = new Set<ProposalField>(['smeltLargest', 'smeltSecond', 'cast']);

export const isCountryField = (field: ProposalField): boolean => countryFields.has(field);

/** A proposed or recorded value as a person reads it: "Iceland (IS)", "5 Mar 2026". */
export function shownValue(field: ProposalField, value: string): string {
  if (isCountryField(field)) return value === 'N/A' ? 'N/A (not applicable)' : `${countryName(value)} (${value})`;
  if (field === 'documentDate') return displayDate(value);
  return value;
}

/** What the person may type when editing a proposal, as the form stores it, or the reason it is refused. */
export function editedValue(field: ProposalField, text: string): { value: string } | { problem: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { problem: 'Type a value, or reject the proposal instead.' };
  if (isCountryField(field)) {
    const parsed = parseCountry(trimmed);
    if (parsed.kind === 'invalid')
      return { problem: `“${trimmed}” is not a country from the list, its ISO code or N/A.` };
    if (field === 'cast' && parsed.kind !== 'country')
      return { problem: 'The cast country is always a country (never N/A or unknown).' };
    return { value: storedCountry(trimmed) };
  }
  if (field === 'documentDate') {
    return isIsoDate(trimmed) ? { value: trimmed } : { problem: 'Type the date as YYYY-MM-DD, e.g. 2025-03-14.' };
  }
  return { value: trimmed };
}

/** The record of where an accepted value came from. */
export function sourceFor(
  field: ProposalField,
  value: string,
  reading: FileReading,
  decision: 'accepted' | 'edited',
): FieldSource {
  const proposal = reading.reading.proposals[field]!;
  return {
    field: formFieldOf[field],
    value,
    proposed: proposal.value,
    decision,
    fileSha256: reading.sha256,
    fileName: reading.fileName,
    page: proposal.page,
    text: proposal.text.slice(0, 500),
    method: reading.reading.method,
    confidence: proposal.confidence,
    rects: proposal.rects.slice(0, 20),
  };
}

import { z } from 'zod';

import { parseCountry } from '#shared/reference/countries';

/*
 * The three metal-origin countries as a supplier's product or document states them. Empty means
 * "not stated"; otherwise the stored form is an ISO alpha-2 code or a sentinel (N/A, UNKNOWN),
 * exactly as on a licence line, so the two can be compared as strings.
 */

const countryText = z.string().trim().max(64, { error: 'must be at most 64 characters' });

export const smeltCountryField = countryText.refine((value) => parseCountry(value).kind !== 'invalid', {
  error: 'must be a country from the list, its ISO code, or N/A',
});

export const castCountryField = countryText.refine(
  (value) => {
    const kind = parseCountry(value).kind;
    return kind === 'country' || kind === 'empty';
  },
  { error: 'must be a country from the list or its ISO code (the cast country is never N/A or unknown)' },
);

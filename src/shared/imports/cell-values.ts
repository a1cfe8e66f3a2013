import { isIsoDate } from '#shared/dates/iso-date';

/** Reading cell text into typed values, the way spreadsheets and ERPs write them. */

export type NumberCell = { ok: true; value: number | null } | { ok: false; text: string };

/**
 * "18500", "18,500", "18,500.25", "$64,750", "64750 USD", "1.5e3" are numbers; "" is "not given".
 * Anything ambiguous (e.g. "18.500,25", European grouping) is refused rather than guessed.
 */
export function readNumber(text: string): NumberCell {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  // Plain whole numbers, as most files write them: no pattern to try.
  if (trimmed.length <= 15 && /^\d+$/.test(trimmed)) return { ok: true, value: Number(trimmed) };
  const core = trimmed
    .replace(/^(us\$|\$|usd)\s*/i, '')
    .replace(/\s*(usd|kg|kgs)$/i, '')
    .trim();
  let normalised: string;
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(core)) normalised = core.replace(/,/g, '');
  else if (/^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(core)) normalised = core;
  else return { ok: false, text: trimmed };
  const value = Number(normalised);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, text: trimmed };
}

/** ISO dates stay as they are; a timestamp keeps its date part; anything else is kept for the rules to judge. */
export function readDate(text: string): string {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const match = /^(\d{4}-\d{2}-\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.exec(trimmed);
  return match ? match[1]! : trimmed;
}

const entryTypeSpellings: Record<string, string> = {
  consumption: 'consumption',
  'consumption entry': 'consumption',
  ftz: 'ftz',
  'foreign trade zone': 'ftz',
  'foreign-trade zone': 'ftz',
  'ftz admission': 'ftz',
  'e-214': 'ftz',
};

export const readEntryType = (text: string): string => {
  const key = text.trim().toLowerCase();
  // Own keys only: a cell reading "__proto__" or "constructor" must not find Object.prototype's.
  return Object.hasOwn(entryTypeSpellings, key) ? entryTypeSpellings[key]! : text.trim();
};

/** "A; B" or "A | B" name several manufacturers; "unknown" is the regulation's allowed answer. */
export function readManufacturers(text: string): { names: string[]; unknown: boolean } {
  const trimmed = text.trim();
  if (/^(unknown|not known|unk)$/i.test(trimmed)) return { names: [], unknown: true };
  // One name, as most files give: no splitting.
  if (trimmed.indexOf(';') < 0 && trimmed.indexOf('|') < 0)
    return { names: trimmed === '' ? [] : [trimmed], unknown: false };
  const names = trimmed
    .split(/[;|]/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
  return { names, unknown: false };
}

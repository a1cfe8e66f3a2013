import { usStateCodes } from './us-states';

const codes = new Set<string>(usStateCodes);

/**
 * The state of a Census Schedule D port, read from the end of its name the way the bundled list's
 * was (assets/reference/SOURCES.md): the last ", XX", ",XX" or ". XX" that is a USPS state or
 * territory code, after any closing parenthetical; "S.D." style spellings and a bare "VI" before the
 * last word count too. Empty when the name carries none ("OTAY MESA", "LOW-VALUE").
 */
export function stateFromPortName(name: string): string {
  const text = name.replace(/\s*\([^)]*\)\s*$/, '').trim();
  let found = '';
  for (const match of text.matchAll(/[,.]\s*([A-Z])\.?([A-Z])\.?(?=$|[\s,-])/g)) {
    const code = `${match[1]}${match[2]}`;
    if (codes.has(code)) found = code;
  }
  if (found) return found;
  const bare = /\b(PR|VI|GU)\b/.exec(text);
  return bare ? bare[1]! : '';
}

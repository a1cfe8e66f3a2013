/**
 * How strong a passphrase for the data folder must be. The rule is said in words wherever a
 * passphrase is refused, so the person knows what to change without guessing.
 */
export const minimumPassphraseLength = 12;
export const minimumPassphraseWords = 3;
const minimumWordLetters = 3;
const minimumDistinctCharacters = 6;
export const maximumPassphraseLength = 1024;

export const passphraseRuleText =
  `at least ${minimumPassphraseLength} characters, or ${minimumPassphraseWords} or more words of ${minimumWordLetters}+ letters separated by spaces ` +
  `(for example "copper lantern orchard"), and at least ${minimumDistinctCharacters} different characters`;

/** Characters as a person counts them (code points, not UTF-16 units). */
const characters = (text: string) => Array.from(text);

/** Returns what is wrong with a new passphrase, or null when it meets the rule. */
export function passphraseProblem(passphrase: string): string | null {
  const chars = characters(passphrase);
  if (chars.length > maximumPassphraseLength)
    return `The passphrase is too long: at most ${maximumPassphraseLength} characters.`;
  const words = passphrase
    .split(/\s+/)
    .filter((w) => characters(w.replace(/[^\p{L}]/gu, '')).length >= minimumWordLetters);
  const longEnough = chars.length >= minimumPassphraseLength || words.length >= minimumPassphraseWords;
  const varied = new Set(chars).size >= minimumDistinctCharacters;
  if (longEnough && varied) return null;
  return `The passphrase is too weak: use ${passphraseRuleText}.`;
}

export const confirmationMismatch =
  'The confirmation does not match the passphrase: type the same passphrase in both fields.';

/**
 * The same text always gives the same key: a passphrase typed on another keyboard or system may
 * arrive in another Unicode form (é as one or two code points), so it is normalised first.
 */
export const normalisePassphrase = (passphrase: string): string => passphrase.normalize('NFC');

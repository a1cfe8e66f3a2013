import type { estimatePassphrase } from './passphrase-strength';

/** At least 10^10 guesses by zxcvbn's estimate (passphrase-strength.ts says why). */
export const minimumGuessesLog10 = 10;

type Estimator = typeof estimatePassphrase;
let estimator: Estimator | null = null;

/**
 * The estimator carries about 2 MB of dictionaries. The main process and the command line
 * provide it at start (the vault module imports it); the renderer loads it on its own when a
 * passphrase form opens, so the app's first screen does not wait for it.
 */
export function providePassphraseEstimator(estimate: Estimator): void {
  estimator = estimate;
}

export async function loadPassphraseEstimator(): Promise<void> {
  estimator ??= (await import('./passphrase-strength')).estimatePassphrase;
}

/**
 * How strong a passphrase for the data folder must be: long enough, varied enough, and not
 * guessable (passphrase-strength.ts). The form, the core (through the contract) and the command
 * line all ask this one function, and every refusal says what to change.
 */
export const minimumPassphraseLength = 12;
export const minimumPassphraseWords = 3;
const minimumWordLetters = 3;
const minimumDistinctCharacters = 6;
export const maximumPassphraseLength = 1024;

export const passphraseRuleText =
  `at least ${minimumPassphraseLength} characters, or ${minimumPassphraseWords} or more words of ${minimumWordLetters}+ letters separated by spaces ` +
  `(for example "copper lantern orchard"), and at least ${minimumDistinctCharacters} different characters; ` +
  'not a common password, a name, a date or a keyboard pattern';

/** Characters as a person counts them (code points, not UTF-16 units). */
const characters = (text: string) => Array.from(text);

const tries = (log10: number) =>
  new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 }).format(Math.max(1, 10 ** log10));

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
  if (!longEnough || !varied) return `The passphrase is too weak: use ${passphraseRuleText}.`;
  // Never accepted unchecked: without its estimator the rule refuses.
  if (!estimator) return 'The passphrase strength check is still loading: try again in a moment.';
  const estimate = estimator(passphrase);
  if (estimate.guessesLog10 >= minimumGuessesLog10) return null;
  const sentence = (text: string) => text.trim().replace(/\.?$/, '.');
  const why = estimate.feedback.warning ? ` ${sentence(estimate.feedback.warning)}` : '';
  const advice = estimate.feedback.suggestions.map(sentence).join(' ');
  return (
    `The passphrase is too easy to guess: someone with a copy of the data could find it in about ${tries(estimate.guessesLog10)} tries.${why}` +
    `${advice ? ` ${advice}` : ''} Three or four unrelated words (for example "copper lantern orchard") are easy to remember and hard to guess.`
  );
}

export const confirmationMismatch =
  'The confirmation does not match the passphrase: type the same passphrase in both fields.';

/**
 * The same text always gives the same key: a passphrase typed on another keyboard or system may
 * arrive in another Unicode form (é as one or two code points), so it is normalised first.
 */
export const normalisePassphrase = (passphrase: string): string => passphrase.normalize('NFC');

import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary, translations } from '@zxcvbn-ts/language-en';

/*
 * A passphrase must take at least 10^10 guesses by zxcvbn's estimate (its top score, 4;
 * passphrase-rules.ts). Why so many: someone with a copy of the data folder (or a backup)
 * guesses offline against vault.json at the speed of scrypt (N = 2^17, r = 8: about a thousand
 * guesses a second on strong hardware), so 10^10 guesses is months of work; 10^8 (score 3)
 * would be a day. The app's own choice.
 */

/** Words an attacker tries first against this app's folders. */
const appWords = ['aim', 'licence', 'licences', 'license', 'licenses', 'aluminum', 'aluminium', 'passphrase'];

let estimator: ZxcvbnFactory | null = null;

/**
 * zxcvbn (Dropbox's estimator, as zxcvbn-ts) with its common-password and English dictionaries
 * and keyboard layouts: common passwords, names, words, dates, keyboard walks, repeats and l33t
 * spellings are all counted as the few guesses they take. Built on first use (a fraction of a
 * second: the dictionaries are ranked once). Levenshtein matching is left off: it costs about a
 * second a check and the dictionaries already catch the near misses that matter here.
 */
export function estimatePassphrase(passphrase: string): ZxcvbnResult {
  estimator ??= new ZxcvbnFactory({
    translations,
    graphs: adjacencyGraphs,
    dictionary: { ...commonDictionary, ...englishDictionary },
  });
  return estimator.check(passphrase, appWords);
}

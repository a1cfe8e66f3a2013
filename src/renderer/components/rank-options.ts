export interface PickerOption {
  /** The stored value (a country code, a port code, an HTS number, a sentinel). */
  readonly id: string;
  /** What the input shows once chosen. */
  readonly label: string;
  /** A second line in the list (an HTS description, a port's state). */
  readonly detail?: string;
  /** Extra words the filter matches (aliases, alpha-3 codes, the code without dots). */
  readonly keywords?: string;
}

const textFor = (option: PickerOption) =>
  `${option.label} ${option.keywords ?? ''} ${option.detail ?? ''}`.toLowerCase();

/**
 * Filters and orders the list for what was typed: the exact code first, then names that start
 * with it, then a word that starts with it, then any match ("India" before "British Indian
 * Ocean Territory"; "7606" before descriptions that mention 7606).
 */
export function rankOptions(
  options: readonly PickerOption[],
  typed: string,
  showAll: boolean,
): readonly PickerOption[] {
  const query = typed.trim().toLowerCase();
  if (query === '' || showAll) return options;
  const words = query.split(/\s+/);
  const squashed = query.replace(/\./g, '');
  const scored: { option: PickerOption; score: number }[] = [];
  for (const option of options) {
    const text = textFor(option);
    if (!words.every((w) => text.includes(w) || text.includes(w.replace(/\./g, '')))) continue;
    const label = option.label.toLowerCase();
    const id = option.id.toLowerCase();
    const score =
      id === query || id === squashed
        ? 0
        : label.startsWith(query) || id.startsWith(squashed)
          ? 1
          : new RegExp(`\\b${escapeRegExp(query)}`).test(label)
            ? 2
            : words.some((w) => onlyNegated(text, w))
              ? 4
              : 3;
    scored.push({ option, score });
  }
  return scored.sort((a, b) => a.score - b.score).map((s) => s.option);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The word appears only as what something is not ("alloy" in "not alloyed", "non-alloy"): a
 * weaker match, listed after the lines the word describes ("alloy bars" finds alloy bars first).
 */
function onlyNegated(text: string, word: string): boolean {
  const found = [...text.matchAll(new RegExp(escapeRegExp(word), 'g'))];
  return found.length > 0 && found.every((m) => /(?:\bnot |\bnon-?)$/.test(text.slice(0, m.index)));
}

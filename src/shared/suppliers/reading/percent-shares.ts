import type { CountryMention } from './country-mentions';

/*
 * Shares given in per cent decide which smelt country is the largest, whatever the order the
 * countries are written in: "smelted in Iceland (40 %) and Canada (60 %)", "Smelt origin: 35 %
 * Kazakhstan, 65 % Russia". A percentage belongs to the country it stands right after (or, where
 * the document writes them first, right before), at most three words away and never across
 * another country.
 */

export interface PercentRanking {
  readonly largest: CountryMention;
  readonly second: CountryMention | null;
}

const percentAt = (tokens: readonly string[], k: number): number | null => {
  const token = tokens[k] ?? '';
  const joined = /^\(?(?:approx\.?|ca\.?|~)?(\d{1,3}(?:[.,]\d+)?)\s*%/i.exec(token);
  if (joined) return Number(joined[1]!.replace(',', '.'));
  const bare = /^\(?(\d{1,3}(?:[.,]\d+)?)$/.exec(token);
  return bare && /^%/.test(tokens[k + 1] ?? '') ? Number(bare[1]!.replace(',', '.')) : null;
};

/** The percentage written right after (or before) a country, not past the next (or previous) country. */
function shareOf(
  tokens: readonly string[],
  mentions: readonly CountryMention[],
  index: number,
  side: 'after' | 'before',
): number | null {
  const mention = mentions[index]!;
  for (let d = 0; d < 3; d += 1) {
    const k = side === 'after' ? mention.to + d : mention.from - 1 - d;
    const inside =
      side === 'after' ? k < (mentions[index + 1]?.from ?? tokens.length) : k >= (mentions[index - 1]?.to ?? 0);
    if (!inside) return null;
    const share = percentAt(tokens, k);
    if (share !== null) return share;
  }
  return null;
}

/** The largest and second-largest of `mentions` by their percentages, when at least two have one. */
export function rankByPercent(tokens: readonly string[], mentions: readonly CountryMention[]): PercentRanking | null {
  // A document writes every share on the same side of its country: the side that gives more countries a share.
  const read = (side: 'after' | 'before') =>
    mentions
      .map((mention, i) => ({ mention, share: shareOf(tokens, mentions, i, side) }))
      .filter(
        (s): s is { mention: CountryMention; share: number } => s.share !== null && s.share > 0 && s.share <= 100,
      );
  const after = read('after');
  const before = read('before');
  const shares = before.length > after.length ? before : after;
  if (shares.length < 2) return null;
  const sorted = [...shares].sort((a, b) => b.share - a.share);
  if (sorted[0]!.share === sorted[1]!.share) return null;
  return { largest: sorted[0]!.mention, second: sorted[1]!.mention };
}

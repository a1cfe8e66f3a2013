import { NOT_APPLICABLE } from '#shared/reference/countries';

import { bare, type CountryMention, findCountries, tokenize } from './country-mentions';
import { namesSecond, type OriginValue } from './origin-values';
import { rankByPercent } from './percent-shares';

/*
 * Which country in a smelt label's value is the largest share and which the second, by what the
 * value itself says: per cent shares first ("35 % Kazakhstan, 65 % Russia"), then words beside
 * each country ("Kazakhstan (second), Russia (largest)", "Norway (main), Iceland (balance)"),
 * then a plain list under a label for both or for smelt in general ("Germany / Norway",
 * "CA / IS", "Canada and Iceland"), read in the order written: the order of share, as such lists
 * are kept. Anything else between two countries ("Canada, stock held in the Netherlands") ends
 * the list.
 */

export interface SmeltShares {
  readonly largest: OriginValue;
  readonly second: OriginValue | null;
}

const largestQualifier =
  /\b(?:largest|main|mainly|majority|predominantly|primarily|mostly|principal|major|1st|first|bulk|greater)\b/i;
// Between two listed countries only separators, shares and a bracketed remark may stand.
const listSeparator = /^[\s/,&;|+–-]*(?:(?:and|or|&)[\s/,&;|+–-]*)?$/i;

const asValue = (m: CountryMention, sure: number): OriginValue => ({
  value: m.code,
  from: m.from,
  to: m.to,
  sure: m.to - m.from === 1 && /^[A-Z]{2,3}$/.test(bare(m.text)) ? sure * 0.9 : sure,
});

/**
 * `first`: the value read from `text` (the first country, or N/A). `kind`: the label's; a label
 * for both countries or an unranked smelt label lets a plain list give the second.
 */
export function smeltShares(
  text: string,
  first: OriginValue,
  kind: 'smelt' | 'smeltLargest' | 'smeltPair',
): SmeltShares {
  if (first.value === NOT_APPLICABLE) return { largest: first, second: null };
  const tokens = tokenize(text).map((t) => t.text);
  // "Noruega / Norway", "Islande (Iceland)": one country in two languages is named once.
  const mentions = findCountries(text, { codes: tokens.length <= 8, field: true })
    .filter((m) => m.from >= first.from)
    .reduce<CountryMention[]>((named, m) => {
      const last = named.at(-1);
      if (last?.code === m.code) named[named.length - 1] = { ...last, to: m.to };
      else named.push(m);
      return named;
    }, []);
  if (mentions.length < 2) return { largest: first, second: null };
  const ranked = rankByPercent(tokens, mentions);
  if (ranked) return { largest: asValue(ranked.largest, 1), second: ranked.second && asValue(ranked.second, 0.85) };
  // A bracket right after a country is said of it ("Kazakhstan (second),"), not of the next one.
  const bracketEnd = mentions.map((m) => {
    if (!/^\(/.test(tokens[m.to] ?? '')) return m.to;
    const close = tokens.findIndex((t, k) => k >= m.to && /\)/.test(t));
    return close < 0 ? m.to + 1 : close + 1;
  });
  const qualifiers = mentions.map((m, i) => {
    const before = tokens.slice(i > 0 ? bracketEnd[i - 1]! : 0, m.from).join(' ');
    const said = `${before} ${tokens.slice(m.to, bracketEnd[i]).join(' ')}`;
    return {
      m,
      second: namesSecond(said),
      largest: largestQualifier.test(said) && !namesSecond(said),
    };
  });
  const largest = qualifiers.find((q) => q.largest) ?? qualifiers.find((q) => !q.second) ?? qualifiers[0]!;
  const named = qualifiers.find((q) => q.second && q !== largest);
  if (named) return { largest: asValue(largest.m, first.sure), second: asValue(named.m, 0.85) };
  if (kind === 'smeltLargest') return { largest: asValue(largest.m, first.sure), second: null };
  const next = qualifiers[qualifiers.indexOf(largest) + 1];
  const between = next
    ? tokens
        .slice(largest.m.to, next.m.from)
        .join(' ')
        .replace(/\([^)]*\)/g, ' ')
    : '';
  const listed = next && !next.largest && listSeparator.test(between);
  return {
    largest: asValue(largest.m, first.sure),
    second: listed ? asValue(next.m, kind === 'smeltPair' ? 0.9 : 0.75) : null,
  };
}

import { bare } from './country-mentions';
import { namesStreet } from './field-labels';

/*
 * The words in a sentence after which a country is a smelt or a cast country. Besides the verbs
 * themselves ("smelted in", "cast at", "poured in", "last liquefied"), the same facts are said as
 * where the metal comes from or was produced: primary metal only ever comes from a smelter
 * ("primary aluminium produced in Canada", "primary aluminium: predominantly from Norway"), and
 * billets, slabs and ingots are produced only by casting ("billets produced at our plant in
 * Bahrain").
 */

// OCR joins a word to its neighbour by a stray hyphen now and then ("cast-in", "were-cast"); "die-cast"
// and "as-cast" name a process and a condition, not where the metal was cast.
const joinedBefore = '(?:(?!(?:die|as|pre|fore|broad)-)[a-z]+-)?';
// Suppliers' own languages, where the word means only this: électrolysé (fr), elektrolytisch, erschmolzen,
// verhüttet (de), se fundió (es: the past tense; Portuguese "fundido" means cast), eletrolisado (pt),
// elettrolitico (it); cast: coulé (fr), gegossen (de), gegoten (nl), colado, se colaron (es), colato (it),
// vazado (pt), döküldü (tr).
const smeltVerb = new RegExp(
  `^${joinedBefore}(?:smelt|smelted|smelting|smelter|smelters|electrolysis|potline|potlines|[ée]lectrolys[ée]e?s?|elektrolytisch|erschmolzen|verh[üu]ttet|fundi[óo]|fundieron|eletrolisad[oa]s?|elettrolitic[oa])(?:-\\w+)?$`,
  'iu',
);
const castVerb = new RegExp(
  `^${joinedBefore}(?:cast|casting|recast|re-cast|liquefied|casthouse|cast-house|poured|coul[ée]e?s?|gegossen|gegoten|colad[oa]s?|colaron|col[óo]|colat[oaie]|vazad[oa]s?|d[öo]k[üu]ld[üu])(?:-(?:in|at))?$`,
  'iu',
);
// "Ohio Valley Die Casting", "pressure die-casting": a trade (often in a customer's name), not a cast;
// "parts die cast in Mexico" is still one.
const castTrade = (tokens: readonly string[], i: number) =>
  /^casting$/i.test(word(tokens[i]!)) && /^(?:die|pressure)$/i.test(word(tokens[i - 1] ?? ''));
const castData = /^(?:no|no\.|nos|number|nr|#|date|id|lot|batch|weight|code)$/i;
const produced = /^(?:produced|made|manufactured|from|comes?|came|originat\w*|sourced)$/i;
const delivered = /^(?:delivered|sold|shipped|supplied|invoiced|dispatched|loaded|to)$/i;
// "contains no primary aluminium": primary metal named only to say there is none.
const denied = /^(?:no|not|without|zero|nor)$/i;
const primaryMetal = /^(?:aluminium|aluminum|metal)$/i;
const castShape = /^(?:billets?|slabs?|ingots?|sows?|t-bars?)$/i;

/** A token as a word, without the full stop that ends a sentence ("from a single smelter."). */
export const word = (token: string): string => bare(token).replace(/\.$/, '');

/**
 * Whether where it was made follows token `at` within a few words ("… in this delivery was
 * produced", "… comes from"), before any word of its delivery ("ingots delivered to …").
 */
function producedAfter(tokens: readonly string[], at: number): boolean {
  for (const token of tokens.slice(at + 1, at + 7)) {
    if (delivered.test(word(token))) return false;
    if (produced.test(word(token))) return true;
  }
  return false;
}

export function smeltTriggers(tokens: readonly string[]): number[] {
  return tokens
    .map((t, i) => {
      if (namesStreet(tokens, i)) return -1;
      if (smeltVerb.test(word(t))) return i;
      const primary = /^primary$/i.test(word(t)) && primaryMetal.test(word(tokens[i + 1] ?? ''));
      return primary && !denied.test(word(tokens[i - 1] ?? '')) && producedAfter(tokens, i + 1) ? i + 1 : -1;
    })
    .filter((i) => i >= 0);
}

export function castTriggers(tokens: readonly string[]): number[] {
  return tokens
    .map((t, i) => {
      if (namesStreet(tokens, i)) return -1;
      if (castVerb.test(word(t)) && !castData.test(bare(tokens[i + 1] ?? '')) && !castTrade(tokens, i)) return i;
      return castShape.test(word(t)) && producedAfter(tokens, i) ? i : -1;
    })
    .filter((i) => i >= 0);
}

/*
 * Aluminium alloy designations as certificates write them: 6063, 6063-T5, EN AW-6082 T6,
 * 3003 H14, 5754 H22, 6005A, 1350-H14, A356.2, AlSi9Cu3, AlSi9Cu3(Fe), AlSi7Mg, the casting alloys
 * EN AC-43400 and EN AC-AlSi10Mg, and the ingot grade P1020A. OCR reads the l of "Al" as I or 1
 * ("AISi9Cu3"): read back as "Al" before an element's symbol.
 */
const element = '(?:Si|Mg|Cu|Zn|Mn|Fe|Ni|Ti|Cr|Li|Sn|Pb|Sr|Zr|Bi|Ag|Sc|Be|V|B)';
const chemical = `A[lI1](?:${element}\\d{0,2}(?:[.,]\\d{1,2})?){1,4}(?:\\((?:Fe|Cu|Mg|Si|A|B)\\))?`;
const designation = new RegExp(
  `\\bEN\\s?AC[- ]?(?:\\d{5}|${chemical})|\\b(?:EN\\s?AW[- ]?|AA\\s?|EC[- ]?)?(?:[1-8]\\d{3}[A-Z]?|[A-Z]?\\d{3}\\.\\d|[A-C]\\d{3})(?!\\d)(?:(?:\\s?[-–]\\s?|\\s)?(?:T\\d{1,4}|H\\d{2,3}|O)\\b)?|\\b${chemical}(?![\\p{L}\\d])|\\bP1020A?\\b`,
  'u',
);
// "alloy 6063", "alloy-6005A" (OCR's hyphen for a space), and the word in suppliers' languages
// ("Gusslegierung": German joins it to what it is).
const alloyWord =
  '(?:alloy|aleaci[oó]n|\\p{L}*legierung|lega|liga|alliage|nuance|ala[şs][ıi]m|legering|slitina|zliatina)';
// "secondary alloy 46100", "lega secondaria 46100": a casting alloy's five-digit EN AC number after the word.
const afterAlloyWord = new RegExp(
  `\\b${alloyWord}[\\s-]*(?:(?:secondary|primary|foundry|casting|secondaria|primaria|secundaria|de fundici[oó]n)\\s+)?(?:/\\s*temper)?\\s*:?\\s*(${designation.source}|[2457]\\d{4}(?!\\d))`,
  'iu',
);
// What an alloy is made into, after its designation: "3003 H14 coils", "A380 ingot", "A380 secondary ingots".
const productForm =
  /^\s+(?:(?!(?:mm|cm|m|kg|t|mt|lbs?|pcs|x|of|and|or|to)\b)\p{L}+\s+)?(?:coils?|sheets?|plates?|ingots?|billets?|slabs?|foils?|profiles?|extrusions?|rods?|bars?|tubes?|pipes?|wire|strips?|circles|discs|sows|logs|castings?|forgings?)\b/iu;

// What an alloy is made into, before its designation, in suppliers' languages: "perfiles 6063",
// "Strangpressprofile EN AW-6063", "profiles in 6060", "lingots AlSi7Mg", "bobinas de 3105",
// "chapa de aluminio 5754 H22", "alambrón de aluminio EC-1370", "Wire rod 1350".
const formBefore = new RegExp(
  `\\b(?:\\p{L}*profile?s?|perfil(?:es)?|perfis|profil[ée]s?|profili|profielen|coils?|bobinas?|bobines?|sheets?|chapas?|t[ôo]les?|lamier[ae]|\\p{L}*bleche?|plates?|ingots?|lingot(?:e|s|es|ti)?|masseln|billets?|tochos|billettes?|\\p{L}*bolzen|extrusions?|extrusiones|foils?|folhas?|\\p{L}*folien?|parts|pe[çc]as|piezas|pi[èe]ces|pezzi|castings?|getti|circles|discs|disques|discos|dischi|wire rods?|rods?|alambr[oó]n|\\p{L}*draht|vergella|fil machine)\\s+(?:(?:in|of|de|del|em|en|aus|in lega|z)\\s+)?(?:(?:alumin(?:ium|um|io)|alum[íi]nio|alluminio)\\s+)?(?:(?:alloy|aleaci[oó]n|liga|alliage|legierung|lega)\\s+)?(${designation.source})`,
  'iu',
);

/** "AISi9Cu3" as OCR reads "AlSi9Cu3". */
const asPrinted = (alloy: string) => alloy.replace(/\bA[I1](?=\p{Lu})/u, 'Al');

/** The designation in text that is an alloy's value (a cell under or beside "Alloy"). */
export function alloyIn(text: string): { start: number; end: number; alloy: string } | null {
  const match = designation.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length, alloy: asPrinted(match[0]) } : null;
}

/** "… alloy EN AW-6063 T6 …" in running text. */
export function alloyAfterWord(text: string): { start: number; end: number; alloy: string } | null {
  const match = afterAlloyWord.exec(text);
  if (!match) return null;
  const start = match.index + match[0].length - match[1]!.length;
  return { start, end: start + match[1]!.length, alloy: asPrinted(match[1]!) };
}

/**
 * A designation followed by the form it is made into ("Smelt and cast countries - 3003 H14 coils",
 * "our A380 secondary ingots"): an alloy without the word alloy. A year ("2026 coils") is no alloy.
 */
export function alloyBeforeForm(text: string): { start: number; end: number; alloy: string } | null {
  const global = new RegExp(designation.source, 'gu');
  for (const match of text.matchAll(global)) {
    const end = match.index + match[0].length;
    if (/^(?:19|20)\d{2}$/.test(match[0]) || !productForm.test(text.slice(end))) continue;
    return { start: match.index, end, alloy: asPrinted(match[0]) };
  }
  return null;
}

/** "los perfiles 6063", "Strangpressprofile EN AW-6063": a designation after what it is made into. */
export function alloyAfterForm(text: string): { start: number; end: number; alloy: string } | null {
  const match = formBefore.exec(text);
  if (!match || /^(?:19|20)\d{2}$/.test(match[1]!)) return null;
  const start = match.index + match[0].length - match[1]!.length;
  return { start, end: start + match[1]!.length, alloy: asPrinted(match[1]!) };
}

/** The digits that identify an alloy ("6063" in "EN AW-6063 T6"), to tell whether a description already names it. */
export const alloyCore = (alloy: string): string => /\d{3,4}/.exec(alloy)?.[0] ?? alloy;

/*
 * Company names as letterheads and "Issued by" lines print them: capitalised words ending in a
 * legal form (Inc., LLC, GmbH, AS, S.A. de C.V., Sdn. Bhd., hf., W.L.L., …).
 */

const legalForms = [
  'Inc',
  'Incorporated',
  'LLC',
  'L\\.L\\.C',
  'Ltd',
  'Limited',
  'Co',
  'Corp',
  'Corporation',
  'Company',
  'GmbH',
  'AG',
  'KG',
  'AS',
  'ASA',
  'A/S',
  'AB',
  'Oy',
  'Oyj',
  // "Perfis do Minho, S. A.": typed or read with a space (not the "S. A." of "U. S. A.").
  '(?<!U\\.\\s?)S\\.\\s?A',
  'SA',
  'S\\.p\\.A',
  'SpA',
  'S\\.r\\.l',
  'SRL',
  'S\\.L',
  'SL',
  'B\\.V',
  'BV',
  'N\\.V',
  'NV',
  'plc',
  'PLC',
  'hf',
  'ehf',
  'UAB',
  'Sdn\\.? Bhd',
  'Bhd',
  'SAOG',
  'SAOC',
  'FZE',
  'FZCO',
  'FZ-LLC',
  'W\\.L\\.L',
  'WLL',
  'A\\.Ş',
  'AŞ',
  'A\\.S',
  'Pvt\\.? Ltd',
  'Pty\\.? Ltd',
  'Pty',
  'K\\.K',
  'Kft',
  's\\.r\\.o',
  'Sp\\.\\s?z\\s?o\\.\\s?o',
  'SAS',
  'SARL',
  // OCR joins or spaces the Mexican form: "de C.V.", "deC.V.", "de C. V.".
  'de\\s?C\\.\\s?V',
  'LLP',
  'Ltda',
  'd\\.o\\.o',
  'a\\.s',
  'K\\.S\\.C(?:\\.[CP])?',
  'KSC',
  'B\\.S\\.C',
  'BSC',
  'Q\\.P\\.S\\.C',
  'S\\.A\\.E',
  'S\\.A\\.S',
  'S\\.A\\.C',
  'KSCC',
  'Pte\\.? Ltd',
  'JSC',
  'PJSC',
  'OOO',
  // Indonesia's listed companies, Quebec, Spain, Switzerland, Mexico, Turkey, Portugal, Hungary,
  // Serbia, Denmark, Germany, Argentina, Estonia, Japan, Malaysia.
  'Tbk',
  'Ltée',
  'S\\.A\\.U',
  'S\\.L\\.U',
  'Sàrl',
  'S\\.à r\\.l',
  'S\\.A\\.B',
  'S\\. de R\\.L',
  'Şti',
  'Sti',
  'Lda',
  'S\\.A\\.R\\.L',
  'Zrt',
  'Nyrt',
  'a\\.d',
  'ApS',
  'KGaA',
  'OHG',
  'S\\.A\\.I\\.C',
  'S\\.A\\.C\\.I',
  'OÜ',
  'Kabushiki Kaisha',
  'Berhad',
];

// A colon OCR or a form puts after the name ("Saigon Aluminium Profile JSC:") ends it as a space would.
const formSource = `(?:${legalForms.join('|')})\\.?(?=$|[\\s,;:)])`;
const legalForm = new RegExp(`(?:^|[\\s,])${formSource}`, 'u');
// "Co., Ltd.", "GmbH & Co. KG": a second legal form after a comma or an ampersand; "Pty) Ltd": after
// a bracket whose opening OCR lost.
const nextForm = new RegExp(`^\\)?(?:,|\\s*&)?\\s*${formSource}`, 'u');
// A name printed in capitals has its legal form in capitals: "SIAM COIL ALUMINIUM CO., LTD.", "KONIN SP. Z O.O.".
const legalFormAnyCase = new RegExp(`(?:^|[\\s,])${formSource}`, 'giu');
const nextFormAnyCase = new RegExp(`^\\)?(?:,|\\s*&)?\\s*${formSource}`, 'iu');

const inCapitals = (text: string) => /\p{Lu}/u.test(text) && text === text.toUpperCase();

/** The first legal form in `text`, as written or, after a name in capitals, in capitals. */
function legalFormIn(text: string): RegExpExecArray | null {
  const written = legalForm.exec(text);
  if (written) return written;
  legalFormAnyCase.lastIndex = 0;
  for (let m = legalFormAnyCase.exec(text); m; m = legalFormAnyCase.exec(text)) {
    const before = /(\S+)\s*,?\s*$/u.exec(text.slice(0, m.index))?.[1] ?? '';
    if (inCapitals(m[0]) && inCapitals(before) && /\p{L}{2}/u.test(before)) return m;
  }
  return null;
}

function nextFormIn(text: string): RegExpExecArray | null {
  const written = nextForm.exec(text);
  if (written) return written;
  const capitals = nextFormAnyCase.exec(text);
  return capitals && inCapitals(capitals[0]) ? capitals : null;
}
const nameWord =
  /^\(?[\p{Lu}0-9&][\p{L}0-9&'’.\-/]*\)?$|^(?:of|and|de|del|della|des|do|dos|da|das|du|der|di|la|le|los|las|el|van|von|y|e|et|und|ve|och|og|dan|&)$/u;

// How a letter addresses a company ("Spett.le Fonderia Bresciana Leghe S.p.A.", "Messrs.", "M/s"): not part of its name.
const honorific = /^(?:spett\.?le|spettabile|messrs\.?|m\/s\.?|firma|fa\.|sres\.?|sr\.|mr\.|mrs\.|attn\.?)$/i;

const roleWord =
  /^(?:president|vice-president|manager|director|officer|head|chief|secretary|representative|engineer|agent|partner|owner|employee|member|chairman|ceo|cfo|coo)\b/i;

/** Whether `text` opens with a legal form: the second line of a name that wrapped ("Doha Metal Trading" / "W.L.L."). */
export const opensWithLegalForm = (text: string): boolean => nextFormIn(text) !== null;

/**
 * The company name in `text`: the capitalised words up to and including a legal form. Returns
 * its character span, or null when the text names no company.
 */
export function companyName(text: string): { start: number; end: number; name: string } | null {
  return suffixedName(text) ?? prefixedName(text);
}

/**
 * Forms written before the name: Indonesia's "PT Inalum (Persero)", Russia's and Kazakhstan's
 * "OOO «Sayan Foil»", "JSC Kazakhstan Aluminium", "TOO Almaty Metall". The name is the
 * capitalised words after it, up to a comma or the end of the cell.
 */
const prefixForm =
  /(?:^|[\s,:;(])((?:PT|OOO|ZAO|OAO|PJSC|JSC|TOO|AO)\s+["«“]?\p{Lu}[\p{L}0-9&'’.-]*(?:\s+(?:[\p{Lu}(][\p{L}0-9&'’.()-]*|&|and|of|de))*["»”]?)/u;

function prefixedName(text: string): { start: number; end: number; name: string } | null {
  const match = prefixForm.exec(text);
  if (!match) return null;
  const name = match[1]!.replace(/[\s,.;]+$/, '');
  const start = match.index + match[0].length - match[1]!.length;
  return name.split(/\s+/).length >= 2 ? { start, end: start + name.length, name } : null;
}

function suffixedName(text: string): { start: number; end: number; name: string } | null {
  const match = legalFormIn(text);
  if (!match) return null;
  let end = match.index + match[0].length;
  // "Co., Ltd.", "Co. W.L.L.", "S.A. de C.V.": legal forms right after the first belong to the name.
  for (let more = nextFormIn(text.slice(end)); more; more = nextFormIn(text.slice(end))) end += more[0].length;
  // Words before the legal form, back to the first one that is not part of a name.
  const before = text.slice(0, match.index);
  const words = [...before.matchAll(/\S+/g)];
  let startIndex = words.length;
  for (let i = words.length - 1; i >= 0; i -= 1) {
    const word = words[i]![0].replace(/,$/, '').replace(/^[^\p{L}\p{N}&]+/u, '');
    if (!nameWord.test(word) || honorific.test(word)) break;
    // "I, Ahmed Al-Mansoori, of Gulf Metal Ingots Trading LLC": ", of" introduces the company
    // a person speaks for; "Aluminium of Greece S.A." keeps its "of" (no comma before it).
    if (word === 'of' && i > 0 && /,$/.test(words[i - 1]![0])) break;
    // "Vice President of Supply of Bayou Metals Trading LLC", "General Manager of …": a role's "of".
    if (word === 'of' && words.slice(Math.max(0, i - 4), i).some((w) => roleWord.test(w[0]))) break;
    startIndex = i;
    if (/,$/.test(words[i]![0]) && i < words.length - 1) break;
  }
  // A name opens with a capital: "of Kuwait Aluminium Extrusion Co." is a sentence's end, not a name.
  while (startIndex < words.length && /^\p{Ll}/u.test(words[startIndex]![0])) startIndex += 1;
  if (startIndex >= words.length) return null;
  // Quotes and bars OCR reads at the edge of a letterhead are not part of the name.
  const start = words[startIndex]!.index + (/^[^\p{L}\p{N}&]*/u.exec(words[startIndex]![0])?.[0].length ?? 0);
  const name = text.slice(start, end).replace(/^[\s,]+|[\s,;]+$/g, '');
  return name.split(/\s+/).length >= 2 ? { start, end, name } : null;
}

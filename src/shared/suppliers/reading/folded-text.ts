/*
 * Text without accents and with the letters OCR and plain keyboards write without them (ı, ł, ø,
 * đ, ß, æ, œ): "Kasım" and "KASIM", "Österreich" and "Osterreich", "Noruega" read alike. Lower case.
 */
const plainLetters: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

export const foldAccents = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ıłøđßæœþ]/g, (c) => plainLetters[c]!);

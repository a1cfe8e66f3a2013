import { findCountries } from './country-mentions';
import { foldAccents } from './folded-text';

/*
 * Country names as a company writes its own address, in its own language ("Italia",
 * "Deutschland", "España", "Brasil"): the English names are known to findCountries; these are
 * the names in the countries' own languages (and the usual French, German, Italian, Spanish and
 * Portuguese ones for neighbours), read only to tell where an issuer is, never as a smelt or cast
 * value. Accents are optional: OCR drops them.
 */
const ownNames: Record<string, string> = {
  italia: 'IT',
  deutschland: 'DE',
  allemagne: 'DE',
  germania: 'DE',
  alemania: 'DE',
  espana: 'ES',
  espagne: 'ES',
  spanien: 'ES',
  brasil: 'BR',
  bresil: 'BR',
  osterreich: 'AT',
  oesterreich: 'AT',
  schweiz: 'CH',
  suisse: 'CH',
  svizzera: 'CH',
  nederland: 'NL',
  belgie: 'BE',
  belgique: 'BE',
  polska: 'PL',
  cesko: 'CZ',
  'ceska republika': 'CZ',
  slovensko: 'SK',
  slovenija: 'SI',
  hrvatska: 'HR',
  srbija: 'RS',
  magyarorszag: 'HU',
  sverige: 'SE',
  norge: 'NO',
  danmark: 'DK',
  suomi: 'FI',
  ellada: 'GR',
  'estados unidos': 'US',
  'etats-unis': 'US',
  italie: 'IT',
  italien: 'IT',
  frankreich: 'FR',
  francia: 'FR',
  'reino unido': 'GB',
  'royaume-uni': 'GB',
  rossiya: 'RU',
  zhongguo: 'CN',
  nippon: 'JP',
  'al-imarat': 'AE',
};

/** The country `text` names, in English or in a country's own language; null when it names none. */
export function addressCountry(text: string): string | null {
  const english = findCountries(text)[0];
  if (english) return english.code;
  const words = foldAccents(text)
    .split(/[^\p{L}-]+/u)
    .filter(Boolean);
  for (let i = 0; i < words.length; i += 1) {
    const two = `${words[i]} ${words[i + 1] ?? ''}`;
    const code = ownNames[two] ?? ownNames[words[i]!];
    if (code) return code;
  }
  return null;
}

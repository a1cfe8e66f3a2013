import type { DocumentType } from './document-schema';

/**
 * How much a licence line's smelt and cast countries can be trusted, from the documents behind
 * them. Ordered weakest first, so "the weakest field decides" is a plain minimum.
 */
export const evidenceStrengths = ['none', 'mass-balance', 'declaration', 'direct'] as const;
export type EvidenceStrength = (typeof evidenceStrengths)[number];

export const evidenceStrengthLabels: Record<EvidenceStrength, string> = {
  direct: 'Direct',
  declaration: 'Supplier declaration',
  'mass-balance': 'Mass-balance only',
  none: 'None',
};

export const evidenceStrengthHelp: Record<EvidenceStrength, string> = {
  direct: 'A certificate for this shipment or product states these countries.',
  declaration: "The supplier's own declaration (or a certificate not tied to this product) states these countries.",
  'mass-balance':
    'Only an ASI chain-of-custody certificate: it is mass-balance and proves nothing about one shipment’s smelt country.',
  none: 'No current document supports these countries.',
};

const ranks: Record<EvidenceStrength, number> = { none: 0, 'mass-balance': 1, declaration: 2, direct: 3 };
export const strengthRank = (strength: EvidenceStrength): number => ranks[strength];
export const weaker = (a: EvidenceStrength, b: EvidenceStrength): EvidenceStrength =>
  strengthRank(a) <= strengthRank(b) ? a : b;

const certificates: readonly DocumentType[] = [
  'mill-test-certificate',
  'smelter-declaration',
  'cast-house-certificate',
];

/**
 * What one document is worth for one line. A certificate counts as direct only when it names
 * the line's product or HTS number, or the filer linked it to the line; a certificate that says
 * nothing about which goods it covers is no better than a declaration.
 */
export function documentStrength(type: DocumentType, namesTheGoods: boolean): EvidenceStrength {
  if (type === 'asi-coc') return 'mass-balance';
  if (certificates.includes(type)) return namesTheGoods ? 'direct' : 'declaration';
  return 'declaration';
}

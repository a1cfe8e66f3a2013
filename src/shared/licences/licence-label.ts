import type { Licence } from './licence-schema';

/** How messages name a licence: its reference in quotes, else the end of its id. */
export const licenceLabel = (licence: Pick<Licence, 'reference' | 'id'>) =>
  licence.reference ? `"${licence.reference}"` : `licence ${licence.id.slice(-8)}`;

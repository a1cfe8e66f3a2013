/*
 * The columns of a declaration request, shared by the file written and the reader of the
 * answer. The reader finds columns by these header texts, so a supplier who moves a column
 * still gets read right; the product id column ties each row back to the product asked about.
 */
export const requestColumns = {
  requestId: 'Request ID',
  productId: 'Product ID',
  code: 'Your product code',
  description: 'Description',
  hts: 'HTS number',
  smeltLargest: 'Country of largest smelt',
  smeltSecond: 'Country of second-largest smelt',
  cast: 'Country of most recent cast',
  quantityKg: 'Quantity covered (kg)',
  periodFrom: 'Period from (YYYY-MM-DD)',
  periodTo: 'Period to (YYYY-MM-DD)',
  validUntil: 'Declaration valid until (YYYY-MM-DD)',
  reference: 'Your document reference',
  notes: 'Notes',
} as const;
export type RequestColumn = keyof typeof requestColumns;

/** What we fill in (grey) and what the supplier answers (yellow). */
export const givenColumns: readonly RequestColumn[] = ['productId', 'code', 'description', 'hts'];
export const answerColumns: readonly RequestColumn[] = [
  'smeltLargest',
  'smeltSecond',
  'cast',
  'quantityKg',
  'periodFrom',
  'periodTo',
  'validUntil',
  'reference',
  'notes',
];

export const requestInstructions = [
  'For each product, enter the country where the largest share of its primary aluminum was smelted, the country of the second-largest share, and the country where the metal was last cast (slab, billet, ingot or the product itself).',
  'Primary aluminum is new metal made from alumina by electrolysis (Hall-Heroult). Write N/A in both smelt columns if the product holds only secondary (recycled) aluminum, and N/A in the second-largest column if all primary aluminum came from one country. The cast country is never N/A.',
  'Use country names or ISO codes (e.g. Canada or CA). Keep the Request ID and Product ID as they are: they tie your answer to our records.',
];

/** Entry numbers are compared and stored without the dashes and spaces people type. */
export const normaliseEntryNumber = (entry: string): string =>
  entry === '' ? '' : entry.replace(/[\s-]/g, '').toUpperCase();

/** ABC12345678 → ABC-1234567-8, the way it is printed on the CBP 7501. */
export function formatEntryNumber(entry: string): string {
  const n = normaliseEntryNumber(entry);
  return /^[A-Z0-9]{3}\d{8}$/.test(n) ? `${n.slice(0, 3)}-${n.slice(3, 10)}-${n.slice(10)}` : entry;
}

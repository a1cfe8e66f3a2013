const usd = new Map<number, Intl.NumberFormat>();

/** US$ amounts as a US filer reads them: $1,234.50. */
export function formatUsd(value: number, fractionDigits = 2): string {
  let format = usd.get(fractionDigits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: 'USD',
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    usd.set(fractionDigits, format);
  }
  return format.format(value);
}

const kg = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
export const formatKg = (value: number): string => `${kg.format(value)} kg`;

const count = new Intl.NumberFormat('en-US');
export const formatCount = (value: number): string => count.format(value);

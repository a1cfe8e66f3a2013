/**
 * Unit value in US$ per metric ton, as ITA computes it (§361.103(c)(2)): value ÷ (kg ÷ 1000).
 * Null when either side is missing or the quantity is not positive: never typed, never guessed.
 */
export function unitValueUsdPerTonne(valueUsd: number | null, quantityKg: number | null): number | null {
  if (valueUsd === null || quantityKg === null) return null;
  if (!Number.isFinite(valueUsd) || !Number.isFinite(quantityKg) || quantityKg <= 0) return null;
  return valueUsd / (quantityKg / 1000);
}

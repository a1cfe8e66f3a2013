import type { PickedFile } from './file-transfer';

/*
 * Files picked on one screen for another: a licence file dropped on the register goes to the
 * import screen, a certificate dropped on a product to its new document. Held in memory only,
 * taken once by the screen they were meant for.
 */
const pending = new Map<string, PickedFile[]>();

export function handOver(place: string, files: PickedFile[]): void {
  pending.set(place, files);
}

export function takeHandedOver(place: string): PickedFile[] {
  const files = pending.get(place) ?? [];
  pending.delete(place);
  return files;
}

import { z } from 'zod';

import type { LicenceKind } from './licence-kind';

/**
 * The licence lifecycle. `issued`, `rejected`, `used`, `cancelled` and `expired` are decided by
 * the portal or by time; the others are the filer's own steps.
 */
export const licenceStatuses = [
  'draft',
  'ready',
  'queued',
  'submitted',
  'issued',
  'rejected',
  'used',
  'cancelled',
  'expired',
] as const;
export const licenceStatusSchema = z.enum(licenceStatuses);
export type LicenceStatus = z.infer<typeof licenceStatusSchema>;

export const licenceStatusLabels: Record<LicenceStatus, string> = {
  draft: 'Draft',
  ready: 'Ready to file',
  queued: 'Queued for sync',
  submitted: 'Submitted',
  issued: 'Issued',
  rejected: 'Rejected',
  used: 'Used on entry',
  cancelled: 'Cancelled',
  expired: 'Expired',
};

/** Which step may follow which. Anything not listed is refused with a CONFLICT error. */
export const licenceTransitions: Record<LicenceStatus, readonly LicenceStatus[]> = {
  draft: ['ready', 'cancelled'],
  ready: ['draft', 'queued', 'submitted', 'cancelled'],
  queued: ['ready', 'submitted', 'issued', 'rejected'],
  submitted: ['issued', 'rejected'],
  issued: ['used', 'cancelled', 'expired'],
  rejected: ['draft', 'cancelled'],
  used: [],
  cancelled: [],
  expired: [],
};

/**
 * Used on an entry is final for a regular licence (one shipment). A low-value licence is reusable:
 * once used it stays usable for more entries until its validity ends (each use is judged by its
 * date of importation), so its label says so.
 */
export function statusLabel(status: LicenceStatus, kind: LicenceKind): string {
  return status === 'used' && kind === 'low-value' ? 'In use (reusable)' : licenceStatusLabels[status];
}

/** Whether another customs entry can be recorded on it now. */
export const canRecordUse = (status: LicenceStatus, kind: LicenceKind): boolean =>
  status === 'issued' || (status === 'used' && kind === 'low-value');

export function canTransition(from: LicenceStatus, to: LicenceStatus): boolean {
  return licenceTransitions[from].includes(to);
}

/** Statuses in which the filer may still change the licence's content. */
export const editableStatuses: readonly LicenceStatus[] = ['draft', 'ready', 'rejected'];
export const isEditable = (status: LicenceStatus): boolean => editableStatuses.includes(status);

/** Statuses whose content is still the filer's plan, so new reference data re-validates them. */
export const openStatuses: readonly LicenceStatus[] = ['draft', 'ready', 'queued', 'rejected'];

/** Plain words for the kinds of record and the actions the audit trail stores as codes. */
export const auditEntityLabels: Record<string, string> = {
  licence: 'Licence',
  document: 'Supplier document',
  supplier: 'Supplier',
  product: 'Product',
  setting: 'Setting',
  profile: 'Filer profile',
  outbox: 'Filing gateway queue',
  reference: 'Reference data',
  system: 'System',
};

const actionLabels: Record<string, string> = {
  create: 'Created',
  update: 'Changed',
  delete: 'Deleted',
  duplicate: 'Duplicated',
  accept: 'Accepted',
  save: 'Saved',
  restore: 'Restored from a backup',
  'start-empty': 'Started on an empty database',
  'anchor-recreated': 'Audit anchor re-created',
  'fields:from-document': 'Values taken from the document',
};

/** `status:ready` → "Status: ready"; `file:attach` → "File: attach"; known codes get their own words. */
export function auditActionLabel(action: string): string {
  const known = actionLabels[action];
  if (known) return known;
  const [head, rest] = action.split(':', 2);
  if (rest === undefined) return action.replace(/-/g, ' ');
  return `${head!.charAt(0).toUpperCase()}${head!.slice(1)}: ${rest.replace(/-/g, ' ')}`;
}

export const auditEntityLabel = (entity: string): string => auditEntityLabels[entity] ?? entity;

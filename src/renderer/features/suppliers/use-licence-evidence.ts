import { useMemo } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { indexEvidence, type EvidenceIndex } from '../../../shared/evidence/evidence-data';
import type { LicenceDraft } from '../../../shared/licence/licence-schema';
import { useRpc } from '../../api/client-context';

const unique = (values: readonly (string | null | undefined)[]) =>
  [...new Set(values.filter((v): v is string => Boolean(v)))].sort();

/**
 * The supplier documents that bear on the licence being edited, from the core (the same facts it
 * judges stored licences by). The query changes only when a line's links change, not as the
 * filer types. Null while the supplier registry is empty: then no evidence is judged.
 */
export function useLicenceEvidence(control: Control<LicenceDraft>): EvidenceIndex | null {
  const lines = useWatch({ control, name: 'lines' });
  const supplierIds = unique((lines ?? []).map((l) => l?.supplierId));
  const productIds = unique((lines ?? []).map((l) => l?.productId));
  const documentIds = unique((lines ?? []).map((l) => l?.documentId));
  const key = `${supplierIds.join(',')}|${productIds.join(',')}|${documentIds.join(',')}`;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the three lists.
  const input = useMemo(() => ({ supplierIds, productIds, documentIds }), [key]);
  const query = useRpc('evidence.forLines', input, { placeholderData: (previous) => previous });
  return useMemo(() => (query.data ? indexEvidence(query.data) : null), [query.data]);
}

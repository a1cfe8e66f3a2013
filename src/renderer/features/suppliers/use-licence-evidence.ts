import { useMemo } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { indexEvidence, type EvidenceIndex } from '../../../shared/evidence/evidence-data';
import type { LicenceDraft } from '../../../shared/licence/licence-schema';
import { useRpc } from '../../api/client-context';

const unique = (values: readonly (string | null | undefined)[]) =>
  [...new Set(values.filter((v): v is string => Boolean(v)))].sort();

/** The three lists of ids the lines link to, as one comparable text. */
const linksKey = (lines: LicenceDraft['lines'] | undefined): string =>
  [
    unique((lines ?? []).map((l) => l?.supplierId)),
    unique((lines ?? []).map((l) => l?.productId)),
    unique((lines ?? []).map((l) => l?.documentId)),
  ]
    .map((ids) => ids.join(','))
    .join('|');

/**
 * The supplier documents that bear on the licence being edited, from the core (the same facts it
 * judges stored licences by). The query changes only when a line's links change, not as the
 * filer types. Null while the supplier registry is empty: then no evidence is judged.
 */
export function useLicenceEvidence(control: Control<LicenceDraft>): EvidenceIndex | null {
  // Computed in the form's subscription: typing a quantity does not re-render what uses this.
  const key = useWatch({ control, name: 'lines', compute: linksKey });
  const input = useMemo(() => {
    const [supplierIds = [], productIds = [], documentIds = []] = key
      .split('|')
      .map((ids) => (ids ? ids.split(',') : []));
    return { supplierIds, productIds, documentIds };
  }, [key]);
  const query = useRpc('evidence.forLines', input, { placeholderData: (previous) => previous });
  return useMemo(() => (query.data ? indexEvidence(query.data) : null), [query.data]);
}

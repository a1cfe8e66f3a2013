import type { Db } from '#core/db/open-database';
import type { DocumentType } from '#shared/suppliers/document-schema';
import {
  type EvidenceData,
  type EvidenceDocument,
  type EvidenceIndex,
  indexEvidence,
} from '#shared/suppliers/evidence-data';

interface DocumentRow {
  id: string;
  supplier_id: string;
  type: DocumentType;
  reference: string;
  issue_date: string;
  valid_until: string;
  smelt_largest: string;
  smelt_second: string;
  cast_country: string;
  hts_codes: string;
  product_ids: string | null;
}

export interface LineLinks {
  readonly supplierIds: readonly string[];
  readonly productIds: readonly string[];
  readonly documentIds: readonly string[];
}

/**
 * The evidence facts the rules read, built from SQL once and kept until something changes
 * (validating 10,000 licences must not query documents 10,000 times). While no supplier is
 * registered there is no evidence to judge by, and warning on every line would only be noise:
 * the index is then absent and the evidence rules stay silent.
 */
export function createEvidenceIndexStore(db: Db) {
  const supplierCount = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM suppliers');
  const registryInUse = () => supplierCount.get()!.n > 0;
  const suppliers = db.prepare<[], { id: string; name: string }>('SELECT id, name FROM suppliers');
  const products = db.prepare<[], { id: string; supplierId: string; description: string; htsCode: string }>(
    'SELECT id, supplier_id AS supplierId, description, hts_code AS htsCode FROM supplier_products',
  );
  const documents = db.prepare<[], DocumentRow>(`
    SELECT d.id, d.supplier_id, d.type, d.reference, d.issue_date, d.valid_until, d.smelt_largest, d.smelt_second,
      d.cast_country, d.hts_codes, (SELECT group_concat(product_id, ' ') FROM supplier_document_products dp WHERE dp.document_id = d.id) AS product_ids
    FROM supplier_documents d WHERE d.status = 'accepted'`);

  const toDocument = (row: DocumentRow): EvidenceDocument => ({
    id: row.id,
    supplierId: row.supplier_id,
    type: row.type,
    reference: row.reference,
    issueDate: row.issue_date,
    validUntil: row.valid_until,
    smeltLargest: row.smelt_largest,
    smeltSecond: row.smelt_second,
    cast: row.cast_country,
    productIds: row.product_ids ? row.product_ids.split(' ') : [],
    htsCodes: JSON.parse(row.hts_codes) as string[],
  });

  let cached: EvidenceIndex | null = null;
  let active = registryInUse();

  function build(): EvidenceIndex {
    if (!cached)
      cached = indexEvidence({
        suppliers: suppliers.all(),
        products: products.all(),
        documents: documents.all().map(toDocument),
      });
    return cached;
  }

  return {
    /** Whether evidence is being kept at all (some supplier is registered). */
    active: () => active,
    /** For the validator: the whole index, or undefined while the registry is empty. */
    current: (): EvidenceIndex | undefined => (active ? build() : undefined),
    /** Drop the cache after a change has committed. */
    invalidate(): void {
      cached = null;
      active = registryInUse();
    },
    /** What the licence form needs for its lines: the same facts the bulk check uses, cut down. */
    forLines(links: LineLinks): EvidenceData | null {
      if (!active) return null;
      const { data } = build();
      const productSet = new Set(links.productIds);
      const documentSet = new Set(links.documentIds);
      const supplierSet = new Set(links.supplierIds);
      for (const product of data.products) if (productSet.has(product.id)) supplierSet.add(product.supplierId);
      for (const doc of data.documents) if (documentSet.has(doc.id)) supplierSet.add(doc.supplierId);
      const docs = data.documents.filter(
        (d) => supplierSet.has(d.supplierId) || documentSet.has(d.id) || d.productIds.some((p) => productSet.has(p)),
      );
      const named = new Set([...supplierSet, ...docs.map((d) => d.supplierId)]);
      return {
        suppliers: data.suppliers.filter((s) => named.has(s.id)),
        products: data.products.filter((p) => productSet.has(p.id)),
        documents: docs,
      };
    },
  };
}
export type EvidenceIndexStore = ReturnType<typeof createEvidenceIndexStore>;

import type { Clock } from '#core/clock';
import type { Db } from '#core/db/open-database';
import type { RequestRepository } from '#core/suppliers/requests/request-repository';
import { publicRequest } from '#core/suppliers/requests/request-repository';
import type { SupplierRepository } from '#core/suppliers/suppliers/supplier-repository';
import { daysBetween, displayDate, localIsoDate, plusDays } from '#shared/dates/iso-date';
import { lineLabels } from '#shared/licences/field-labels';
import { countryName } from '#shared/reference/countries';
import type {
  ComplianceReport,
  DependentLicence,
  DocumentAlert,
  ProductCompliance,
  ProductEvidenceState,
} from '#shared/suppliers/compliance-schema';
import { documentTitle } from '#shared/suppliers/document-schema';
import { type EvidenceDocument, indexEvidence } from '#shared/suppliers/evidence-data';
import { assessLineEvidence, type FieldEvidence, type LineEvidence, validOn } from '#shared/suppliers/line-evidence';

import type { EvidenceIndexStore } from './evidence-index-store';

/** Licences not yet used on an entry (nor cancelled or expired): their evidence still matters. */
const stillAhead = `('draft','ready','queued','submitted','issued','rejected')`;
const stateOrder: readonly ProductEvidenceState[] = ['missing', 'expired', 'mismatch', 'expiring', 'ok'];

interface LinkRow extends DependentLicence {
  supplier_id: string | null;
  product_id: string | null;
  document_id: string | null;
}

const words = (fields: readonly FieldEvidence[]) =>
  fields.map((f) => `${lineLabels[f.field].toLowerCase()} (${countryName(f.declared)})`).join(', ');
const docRef = (doc: EvidenceDocument | null) =>
  doc ? { id: doc.id, type: doc.type, reference: doc.reference, validUntil: doc.validUntil } : null;

/** One product judged on its usual countries: today, and again at the horizon for what is about to lapse. */
function judgeProduct(
  today: LineEvidence,
  later: LineEvidence,
  asOf: string,
): Pick<ProductCompliance, 'state' | 'document' | 'detail'> {
  if (today.fields.length === 0) {
    return {
      state: 'missing',
      document: null,
      detail:
        'No usual smelt or cast countries are recorded for this product, so no document can be checked against it. Add them to the product.',
    };
  }
  const missing = today.fields.filter((f) => f.state === 'missing');
  if (missing.length > 0) {
    const massBalance = today.massBalance
      ? ' Only an ASI chain-of-custody certificate is on file: mass-balance, not proof of one shipment.'
      : '';
    return {
      state: 'missing',
      document: null,
      detail: `No current document states the ${words(missing)}.${massBalance}`,
    };
  }
  const expired = today.fields.filter((f) => f.state === 'expired');
  if (expired.length > 0) {
    const doc = expired[0]!.document!;
    return {
      state: 'expired',
      document: docRef(doc),
      detail: `The ${documentTitle(doc)} stating the ${words(expired)} expired on ${displayDate(doc.validUntil)}.`,
    };
  }
  const mismatch = today.fields.filter((f) => f.state === 'mismatch');
  if (mismatch.length > 0) {
    const f = mismatch[0]!;
    return {
      state: 'mismatch',
      document: docRef(f.document),
      detail: `The ${documentTitle(f.document!)} attests ${countryName(f.attested)} for the ${lineLabels[f.field].toLowerCase()}; the product's usual country is ${countryName(f.declared)}.`,
    };
  }
  const lapsing = later.fields.filter((f) => f.state !== 'supported');
  if (lapsing.length > 0) {
    const doc = today.fields.find((f) => f.field === lapsing[0]!.field)!.document!;
    return {
      state: 'expiring',
      document: docRef(doc),
      detail: `The ${documentTitle(doc)} is valid until ${displayDate(doc.validUntil)} (in ${daysBetween(asOf, doc.validUntil)} days).`,
    };
  }
  const until = today.fields
    .map((f) => f.document!.validUntil)
    .filter(Boolean)
    .sort()[0];
  return {
    state: 'ok',
    document: docRef(today.fields[0]!.document),
    detail: until ? `Covered until ${displayDate(until)}.` : 'Covered by documents with no end date.',
  };
}

/**
 * The compliance view: every supplier product judged on its usual countries, documents that have
 * expired or will within the horizon, and the licences still ahead that depend on each.
 */
export function createComplianceService(
  db: Db,
  index: EvidenceIndexStore,
  suppliers: SupplierRepository,
  requests: RequestRepository,
  clock: Clock,
) {
  const links = db.prepare<[], LinkRow>(`
    SELECT DISTINCT l.id, l.reference, l.status, l.expected_import_date AS expectedImportDate, ll.supplier_id, ll.product_id, ll.document_id
    FROM licence_lines ll JOIN licences l ON l.id = ll.licence_id
    WHERE l.status IN ${stillAhead} AND (ll.supplier_id IS NOT NULL OR ll.product_id IS NOT NULL OR ll.document_id IS NOT NULL)
    ORDER BY l.expected_import_date, l.reference`);

  return {
    report(horizonDays: number): ComplianceReport {
      const asOf = localIsoDate(clock.now());
      const horizonDate = plusDays(asOf, horizonDays);
      const evidence = index.current() ?? indexEvidence({ suppliers: [], products: [], documents: [] });
      const rows = links.all();
      const group = (key: (r: LinkRow) => string | null) => {
        const map = new Map<string, DependentLicence[]>();
        for (const r of rows) {
          const k = key(r);
          if (!k) continue;
          const list = map.get(k) ?? [];
          if (!list.some((l) => l.id === r.id))
            list.push({ id: r.id, reference: r.reference, status: r.status, expectedImportDate: r.expectedImportDate });
          map.set(k, list);
        }
        return map;
      };
      const byProduct = group((r) => r.product_id);
      const bySupplier = group((r) => r.supplier_id);
      const byDocument = group((r) => r.document_id);

      const products: ProductCompliance[] = suppliers.products().map((product) => {
        const subject = {
          htsCode: product.htsCode,
          smeltCountryLargest: product.usualSmeltLargest,
          smeltCountrySecond: product.usualSmeltSecond,
          castCountry: product.usualCast,
          supplierId: product.supplierId,
          productId: product.id,
        };
        const today = assessLineEvidence(subject, evidence, asOf);
        const later = assessLineEvidence(subject, evidence, horizonDate);
        return {
          productId: product.id,
          description: product.description,
          code: product.code,
          htsCode: product.htsCode,
          supplierId: product.supplierId,
          supplierName: product.supplierName,
          strength: today.strength,
          ...judgeProduct(today, later, asOf),
          licences: byProduct.get(product.id) ?? [],
        };
      });
      products.sort(
        (a, b) =>
          stateOrder.indexOf(a.state) - stateOrder.indexOf(b.state) ||
          a.supplierName.localeCompare(b.supplierName) ||
          a.description.localeCompare(b.description),
      );

      const documents: DocumentAlert[] = evidence.data.documents
        .filter((doc) => doc.validUntil !== '' && !validOn(doc, horizonDate))
        .map((doc) => {
          const dependants = new Map<string, DependentLicence>();
          const add = (list: DependentLicence[] | undefined) => list?.forEach((l) => dependants.set(l.id, l));
          add(byDocument.get(doc.id));
          doc.productIds.forEach((p) => add(byProduct.get(p)));
          if (doc.productIds.length === 0) add(bySupplier.get(doc.supplierId));
          return {
            id: doc.id,
            type: doc.type,
            reference: doc.reference,
            validUntil: doc.validUntil,
            supplierId: doc.supplierId,
            supplierName: evidence.supplierName(doc.supplierId) ?? '',
            state: validOn(doc, asOf) ? ('expiring' as const) : ('expired' as const),
            licences: [...dependants.values()],
          };
        })
        .sort((a, b) => a.validUntil.localeCompare(b.validUntil));

      const counts = { missing: 0, expired: 0, mismatch: 0, expiring: 0, ok: 0 };
      for (const p of products) counts[p.state] += 1;
      const withProducts = new Set(products.map((p) => p.supplierId));
      return {
        asOf,
        horizonDays,
        horizonDate,
        counts,
        products,
        documents,
        suppliersWithoutProducts: suppliers
          .list('')
          .filter((s) => !withProducts.has(s.id))
          .map((s) => ({ id: s.id, name: s.name })),
        requests: requests
          .list(asOf)
          .filter((r) => r.status !== 'answered')
          .map(publicRequest),
      };
    },
  };
}

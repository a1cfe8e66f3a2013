import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { Link } from 'wouter';
import { displayDate, isIsoDate, localIsoDate } from '../../../shared/dates/iso-date';
import { documentTypeLabels } from '../../../shared/evidence/document-schema';
import { evidenceStrengthHelp } from '../../../shared/evidence/evidence-strength';
import { assessLineEvidence } from '../../../shared/evidence/line-evidence';
import type { SupplierProduct } from '../../../shared/evidence/product-schema';
import type { LicenceDraft } from '../../../shared/licence/licence-schema';
import { formatHts } from '../../../shared/reference/hts';
import { useRpc } from '../../api/client-context';
import { useAction } from '../../api/use-action';
import { joinWords } from '../../../shared/text/join-words';
import '../../styles/suppliers.css';
import { EntityPicker, type EntityOption } from './entity-picker';
import { EvidenceStrengthBadge } from './evidence-strength-badge';
import { useLicenceEvidence } from './use-licence-evidence';
import { useWatchedLine } from '../licences/use-watched-line';

const set = { shouldDirty: true, shouldTouch: true } as const;

/**
 * Where a licence line's metal-origin countries come from: the supplier product it was filled
 * from, the document linked as its evidence, and how strong that evidence is. Lives inside the
 * licence form, which hands it the form (not through a context: a context would re-render every
 * line's panel whenever the form's state changes).
 */
export function LineEvidencePanel({ index, form }: { index: number; form: UseFormReturn<LicenceDraft> }) {
  const { control, setValue, getValues } = form;
  const defaults = useAction('licences.supplierDefaults');
  const [filledFrom, setFilledFrom] = useState<string | null>(null);
  const line = useWatchedLine(control, index);
  const importDate = useWatch({ control, name: 'expectedImportDate' });
  const evidence = useLicenceEvidence(control);
  const products = useRpc('products.list', {});

  const productOptions = useMemo<EntityOption[]>(
    () =>
      (products.data ?? []).map((p) => ({
        id: p.id,
        label: `${p.description} (${p.supplierName})`,
        detail: [p.code, p.htsCode ? `HTS ${formatHts(p.htsCode)}` : ''].filter(Boolean).join(' · '),
      })),
    [products.data],
  );
  const onDate = isIsoDate(importDate) ? importDate : localIsoDate(new Date());
  const assessed = evidence && line ? assessLineEvidence(line, evidence, onDate) : null;
  const supplierId = assessed?.supplierId ?? line?.supplierId ?? null;
  const productId = line?.productId ?? null;
  const documentId = line?.documentId ?? null;
  const documentOptions = useMemo<EntityOption[]>(() => {
    if (!evidence) return [];
    const relevant = evidence.data.documents.filter(
      (d) =>
        d.supplierId === supplierId || (productId !== null && d.productIds.includes(productId)) || d.id === documentId,
    );
    return relevant.map((d) => ({
      id: d.id,
      label: `${documentTypeLabels[d.type]}${d.reference ? ` ${d.reference}` : ''}`,
      detail: `${evidence.supplierName(d.supplierId) ?? ''} · ${d.validUntil ? `valid until ${displayDate(d.validUntil)}` : 'no end date'}`,
    }));
  }, [evidence, supplierId, productId, documentId]);

  const fill = (product: SupplierProduct) => {
    const path = `lines.${index}` as const;
    setValue(`${path}.supplierId`, product.supplierId, set);
    setValue(`${path}.productId`, product.id, set);
    if (line?.supplierId && line.supplierId !== product.supplierId) setValue(`${path}.documentId`, null, set);
    if (product.htsCode) setValue(`${path}.htsCode`, product.htsCode, set);
    if (product.usualSmeltLargest) setValue(`${path}.smeltCountryLargest`, product.usualSmeltLargest, set);
    if (product.usualSmeltSecond) setValue(`${path}.smeltCountrySecond`, product.usualSmeltSecond, set);
    if (product.usualCast) setValue(`${path}.castCountry`, product.usualCast, set);
    void fillHeader(product);
  };

  /** The licence's header fields still empty, from the last licence with this supplier (or the supplier record). */
  const fillHeader = async (product: SupplierProduct) => {
    const found = await defaults.run({ supplierId: product.supplierId });
    if (!found) return;
    const header = getValues();
    const filled: string[] = [];
    const fillText = (field: 'exporterName' | 'countryOfOrigin' | 'countryOfExport' | 'portOfEntry', label: string) => {
      if (found[field] && header[field].trim() === '') {
        setValue(field, found[field], set);
        filled.push(label);
      }
    };
    fillText('exporterName', 'exporter');
    if (
      found.manufacturers.length > 0 &&
      !header.manufacturerUnknown &&
      header.manufacturers.every((m) => m.trim() === '')
    ) {
      setValue('manufacturers', found.manufacturers, set);
      filled.push(found.manufacturers.length === 1 ? 'manufacturer' : 'manufacturers');
    }
    fillText('countryOfOrigin', 'country of origin');
    fillText('countryOfExport', 'country of export');
    fillText('portOfEntry', 'port of entry');
    if (filled.length === 0) return;
    setFilledFrom(
      `Filled the ${joinWords(filled)} from ${found.source === 'licence' ? `${found.reference ? `licence ${found.reference}` : 'the last licence'} (the last one with ${product.supplierName})` : `the supplier record of ${product.supplierName}`}; check them.`,
    );
  };
  const clear = () => {
    for (const field of ['supplierId', 'productId', 'documentId'] as const)
      setValue(`lines.${index}.${field}`, null, set);
  };

  if (products.isSuccess && products.data.length === 0 && !line?.supplierId) {
    return (
      <p className="line-evidence-note muted small">
        Keep suppliers, their products and documents under <Link href="/suppliers">Suppliers & documents</Link> to fill
        lines from a product and check the smelt and cast countries against evidence.
      </p>
    );
  }

  const product = products.data?.find((p) => p.id === line?.productId);
  const linkedSupplier = supplierId ? (evidence?.supplierName(supplierId) ?? product?.supplierName) : undefined;
  return (
    <div className="line-evidence" role="group" aria-label={`Product line ${index + 1} evidence`}>
      <div className="grid grid-3">
        <EntityPicker
          label="Fill from supplier product"
          options={productOptions}
          selectedId={line?.productId ?? null}
          onSelect={(id) => {
            const chosen = products.data?.find((p) => p.id === id);
            if (chosen) fill(chosen);
          }}
          placeholder="Type a product or supplier"
          emptyText="No product matches."
          description="Copies its HTS number and usual smelt and cast countries, and remembers where the line came from."
        />
        <EntityPicker
          label="Evidence document"
          options={documentOptions}
          selectedId={line?.documentId ?? null}
          onSelect={(id) => setValue(`lines.${index}.documentId`, id, set)}
          placeholder={documentOptions.length > 0 ? 'Pick the certificate for this shipment' : 'No documents on file'}
          emptyText="No accepted document of this supplier matches."
          description="The certificate for this shipment, if there is one; documents naming the product count anyway."
        />
        <div className="derived" aria-live="polite">
          <span className="derived-label">Evidence strength</span>
          <span className="derived-value evidence-value">
            {assessed ? (
              <EvidenceStrengthBadge strength={assessed.strength} testId={`line-${index}-evidence`} />
            ) : (
              <span className="muted">Not judged</span>
            )}
          </span>
          {assessed ? <span className="field-help">{evidenceStrengthHelp[assessed.strength]}</span> : null}
        </div>
      </div>
      {filledFrom ? (
        <p className="line-link small" role="status" data-testid={`line-${index}-filled-from`}>
          {filledFrom}
        </p>
      ) : null}
      {linkedSupplier ? (
        <p className="line-link muted small" data-testid={`line-${index}-source`}>
          From {linkedSupplier}
          {product ? ` · ${product.description}` : ''}{' '}
          <Button
            className="button button-quiet button-small"
            onPress={clear}
            aria-label={`Clear the supplier link of product line ${index + 1}`}
          >
            Clear link
          </Button>
        </p>
      ) : null}
    </div>
  );
}

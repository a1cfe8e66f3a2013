import { useMemo } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import {
  documentStatusLabels,
  documentStatuses,
  documentTypeLabels,
  documentTypes,
  type DocumentDraft,
} from '../../../shared/evidence/document-schema';
import type { SupplierProduct } from '../../../shared/evidence/product-schema';
import type { Supplier } from '../../../shared/evidence/supplier-schema';
import { formatHts } from '../../../shared/reference/hts';
import { CodePickerField } from '../../components/code-picker-field';
import { DateInputField, NumberInputField, RadioGroupField, TextInputField } from '../../components/form-fields';
import { countryOptions, parseCountryText, smeltOptions } from '../../reference/picker-options';
import { CheckboxGroupField } from './checkbox-group-field';
import { HtsListField } from './hts-list-field';
import { SourceNote } from './source-note';
import { SubmitRow } from '../../components/submit-row';

interface DocumentFormProps {
  readonly supplier: Supplier;
  /** Products the document may name: the supplier's own, and for a smelter or cast house everyone's. */
  readonly products: readonly SupplierProduct[];
  /** The form's state, owned by the document editor (the reader's proposals fill it too). */
  readonly form: UseFormReturn<DocumentDraft>;
  readonly isNew: boolean;
  readonly busy: boolean;
  readonly onSubmit: (draft: DocumentDraft) => void;
  readonly children?: React.ReactNode;
}

const typeHelp: Partial<Record<DocumentDraft['type'], string>> = {
  'asi-coc':
    'An ASI chain-of-custody certificate is mass-balance: it shows the supplier is certified, not where one shipment was smelted.',
  'cast-house-certificate':
    'A cast-house certificate usually states the cast country only; leave the smelt countries empty unless it states them.',
  'smelter-declaration': 'A smelter declaration states where the primary aluminum was smelted.',
};

/** What a supplier document says: its type, dates, the countries it attests and the goods it covers. */
export function DocumentForm({ supplier, products, form, isNew, busy, onSubmit, children }: DocumentFormProps) {
  const { control, handleSubmit } = form;
  const type = useWatch({ control, name: 'type' });
  const status = useWatch({ control, name: 'status' });
  const productOptions = useMemo(
    () =>
      products.map((p) => ({
        value: p.id,
        label: p.description,
        detail: [
          p.supplierId !== supplier.id ? `(${p.supplierName})` : '',
          p.htsCode ? `HTS ${formatHts(p.htsCode)}` : '',
        ]
          .filter(Boolean)
          .join(' '),
      })),
    [products, supplier.id],
  );

  return (
    <form
      className="document-form"
      aria-label={isNew ? 'New document' : 'Document'}
      onSubmit={(e) => void handleSubmit(onSubmit)(e)}
      noValidate
    >
      <fieldset className="form-section">
        <legend className="form-section-title">Document</legend>
        <RadioGroupField
          control={control}
          name="type"
          label="Type"
          options={documentTypes.map((t) => ({ value: t, label: documentTypeLabels[t] }))}
        />
        {typeHelp[type] ? <p className="muted small form-hint">{typeHelp[type]}</p> : null}
        <div className="grid grid-3">
          <TextInputField control={control} name="reference" label="Document number or title" />
          <div>
            <DateInputField control={control} name="issueDate" label="Issue date" isRequired={status === 'accepted'} />
            <SourceNote control={control} field="issueDate" />
          </div>
          <DateInputField
            control={control}
            name="validUntil"
            label="Valid until"
            description="Leave empty if the document states no end date"
          />
        </div>
        <div className="grid grid-2">
          <div>
            <TextInputField
              control={control}
              name="issuer"
              label="Issued by"
              description="As the document names its issuer, when it is not the supplier itself"
            />
            <SourceNote control={control} field="issuer" />
          </div>
          <div>
            <TextInputField control={control} name="productStated" label="Product or alloy stated" />
            <SourceNote control={control} field="productStated" />
          </div>
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend className="form-section-title">Countries it attests</legend>
        <p className="muted small form-hint">
          Only what the document itself states: leave a country empty if it says nothing about it.
        </p>
        <div className="grid grid-3">
          <div>
            <CodePickerField
              control={control}
              name="smeltLargest"
              label="Country of largest smelt"
              options={smeltOptions}
              parse={parseCountryText}
            />
            <SourceNote control={control} field="smeltLargest" />
          </div>
          <div>
            <CodePickerField
              control={control}
              name="smeltSecond"
              label="Country of second-largest smelt"
              options={smeltOptions}
              parse={parseCountryText}
            />
            <SourceNote control={control} field="smeltSecond" />
          </div>
          <div>
            <CodePickerField
              control={control}
              name="cast"
              label="Country of most recent cast"
              options={countryOptions}
              parse={parseCountryText}
            />
            <SourceNote control={control} field="cast" />
          </div>
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend className="form-section-title">What it covers</legend>
        {productOptions.length > 0 ? (
          <CheckboxGroupField
            control={control}
            name="productIds"
            label="Products"
            options={productOptions}
            description="Naming nothing here or below means the document covers all of this supplier's goods."
          />
        ) : (
          <p className="muted small">
            This supplier has no products registered; name HTS numbers below, or leave both empty for all of its goods.
          </p>
        )}
        <HtsListField
          control={control}
          name="htsCodes"
          label="HTS numbers or headings"
          description="Separate with commas. A heading (e.g. 7606) covers every number under it."
        />
        <div className="grid grid-3">
          <NumberInputField
            control={control}
            name="quantityKg"
            label="Quantity covered (kg)"
            maximumFractionDigits={3}
            description="Where the document states one"
          />
          <DateInputField control={control} name="periodFrom" label="Period from" />
          <DateInputField control={control} name="periodTo" label="Period to" />
        </div>
        <TextInputField control={control} name="notes" label="Notes" multiline />
      </fieldset>
      {children}
      <fieldset className="form-section">
        <legend className="form-section-title">Review</legend>
        <RadioGroupField
          control={control}
          name="status"
          label="Status"
          options={documentStatuses.map((s) => ({ value: s, label: documentStatusLabels[s] }))}
        />
        {status === 'draft' ? (
          <p className="muted small form-hint">
            A document awaiting review does not count as evidence for any licence line.
          </p>
        ) : null}
      </fieldset>
      <SubmitRow label={isNew ? 'Save document' : 'Save changes'} disabled={busy} />
    </form>
  );
}

import { memo, useMemo } from 'react';
import { Button } from 'react-aria-components';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useLocation } from 'wouter';
import { isIsoDate, localIsoDate } from '../../../shared/dates/iso-date';
import { lineLabels, linePath } from '../../../shared/licence/field-labels';
import type { LicenceDraft } from '../../../shared/licence/licence-schema';
import { unitValueUsdPerTonne } from '../../../shared/licence/unit-value';
import { htsDigits } from '../../../shared/reference/hts';
import type { ReferenceIndex } from '../../../shared/reference/reference-data';
import { CodePickerField } from '../../components/code-picker-field';
import { NumberInputField } from '../../components/form-fields';
import { formatUsd } from '../../format/numbers';
import { notify } from '../../components/toasts';
import { FileDropTarget } from '../../files/file-drop-target';
import type { Picked } from '../../files/file-transfer';
import { handOver } from '../../files/pending-files';
import { LineEvidencePanel } from '../suppliers/line-evidence-panel';
import { htsPath } from '../../../shared/reference/hts';
import { newDocumentPlace, newDocumentRoute } from '../suppliers/new-document-place';
import { useIssuesOf, type CheckResults } from './check-results';
import { useWatchedLine } from './use-watched-line';
import {
  htsOptions,
  parseCountryText,
  parseHtsText,
  smeltOptions,
  countryOptions,
} from '../../reference/picker-options';

interface LineEditorProps {
  /** The licence form (the same object on every render). */
  readonly form: UseFormReturn<LicenceDraft>;
  readonly index: number;
  readonly reference: ReferenceIndex;
  readonly checks: CheckResults;
  /** Something typed is not saved yet (a dropped certificate leaves the form). */
  readonly hasChanges: () => boolean;
  readonly onRemove: ((index: number) => void) | null;
}

/**
 * One product line: HTS, quantity, value, the three metal-origin countries, and what follows from
 * them. Memoised, with props that stay the same while typing: a keystroke in another line or the
 * header does not re-render it (each line holds four pickers of hundreds of options).
 */
export const LicenceLineEditor = memo(function LicenceLineEditor({
  form,
  index,
  reference,
  checks,
  hasChanges,
  onRemove,
}: LineEditorProps) {
  const { control } = form;
  const importDate = useWatch({ control, name: 'expectedImportDate' });
  const line = useWatchedLine(control, index);
  const issues = useIssuesOf(checks, linePaths(index));
  const hts = reference.htsOn(isIsoDate(importDate) ? importDate : localIsoDate(new Date()));
  const options = useMemo(() => htsOptions(hts), [hts]);
  const known = hts.byCode.get(htsDigits(line?.htsCode ?? ''));
  const unitValue = unitValueUsdPerTonne(line?.valueUsd ?? null, line?.quantityKg ?? null);
  const path = (field: Parameters<typeof linePath>[1]) => linePath(index, field) as `lines.${number}.htsCode`;
  const [, navigate] = useLocation();

  /** A certificate dropped on the line is filed as a new document of the line's supplier and product. */
  const fileCertificate = (picked: Picked) => {
    const supplierId = line?.supplierId;
    if (!supplierId) {
      notify({
        tone: 'info',
        title: 'Which supplier is this certificate from?',
        detail: `Fill product line ${index + 1} from a supplier product first; a certificate dropped on it is then filed under that supplier.`,
      });
      return;
    }
    if (hasChanges()) {
      notify({
        tone: 'info',
        title: 'Save the licence first',
        detail: 'The certificate opens its supplier’s new-document form; save your changes here, then drop it again.',
      });
      return;
    }
    handOver(newDocumentPlace(supplierId, line?.productId), picked.files);
    navigate(newDocumentRoute(supplierId, line?.productId));
  };

  return (
    <FileDropTarget
      as="section"
      className="line-card"
      aria-labelledby={`line-${index}-title`}
      kind="supplier-document"
      hint="Drop a certificate for this line"
      onPicked={fileCertificate}
    >
      <header className="line-card-header">
        <h3 id={`line-${index}-title`}>Product line {index + 1}</h3>
        {onRemove ? (
          <Button
            className="button button-quiet"
            onPress={() => onRemove(index)}
            aria-label={`Remove product line ${index + 1}`}
          >
            Remove line
          </Button>
        ) : null}
      </header>
      <div className="grid grid-3">
        <CodePickerField
          control={control}
          name={path('htsCode')}
          label={lineLabels.htsCode}
          options={options}
          parse={parseHtsText}
          issues={issues(linePath(index, 'htsCode'))}
          placeholder="Type 7606 to list covered codes"
          className="span-2"
        />
        <div className="derived" aria-live="polite">
          <span className="derived-label">Product category</span>
          <span className="derived-value" data-testid={`line-${index}-category`}>
            {known ? (hts.category(known.hts10) ?? 'Not covered by AIM') : '—'}
          </span>
        </div>
      </div>
      {known ? (
        <p className="line-description" data-testid={`line-${index}-description`}>
          {htsPath(known.description)} <span className="muted">({hts.revision.label})</span>
        </p>
      ) : null}
      <div className="grid grid-3">
        <NumberInputField
          control={control}
          name={path('quantityKg')}
          label={lineLabels.quantityKg}
          maximumFractionDigits={3}
          issues={issues(linePath(index, 'quantityKg'))}
          description="Net weight at entry, in kilograms"
        />
        <NumberInputField
          control={control}
          name={path('valueUsd')}
          label={lineLabels.valueUsd}
          maximumFractionDigits={2}
          issues={issues(linePath(index, 'valueUsd'))}
          description="Entered value on the entry summary (CBP 7501), not FOB or CIF"
        />
        <div className="derived" aria-live="polite">
          <span className="derived-label">Unit value (computed)</span>
          <span className="derived-value" data-testid={`line-${index}-unit-value`}>
            {unitValue === null ? '—' : `${formatUsd(unitValue, 0)} per metric ton`}
          </span>
        </div>
      </div>
      <div className="grid grid-3">
        <CodePickerField
          control={control}
          name={path('smeltCountryLargest')}
          label={lineLabels.smeltCountryLargest}
          options={smeltOptions}
          parse={parseCountryText}
          issues={issues(linePath(index, 'smeltCountryLargest'))}
        />
        <CodePickerField
          control={control}
          name={path('smeltCountrySecond')}
          label={lineLabels.smeltCountrySecond}
          options={smeltOptions}
          parse={parseCountryText}
          issues={issues(linePath(index, 'smeltCountrySecond'))}
        />
        <CodePickerField
          control={control}
          name={path('castCountry')}
          label={lineLabels.castCountry}
          options={countryOptions}
          parse={parseCountryText}
          issues={issues(linePath(index, 'castCountry'))}
        />
      </div>
      <LineEvidencePanel index={index} form={form} />
    </FileDropTarget>
  );
});

const lineFields = [
  'htsCode',
  'quantityKg',
  'valueUsd',
  'smeltCountryLargest',
  'smeltCountrySecond',
  'castCountry',
] as const;
const pathsByLine: string[][] = [];
/** The same array for a line each time (the store's selector compares it). */
function linePaths(index: number): readonly string[] {
  return (pathsByLine[index] ??= lineFields.map((field) => linePath(index, field)));
}

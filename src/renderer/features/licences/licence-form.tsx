import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { FormProvider, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { headerLabels } from '../../../shared/licence/field-labels';
import {
  draftOf,
  emptyDraft,
  emptyLine,
  entryTypeLabels,
  entryTypes,
  licenceDraftSchema,
  type Licence,
  type LicenceDraft,
} from '../../../shared/licence/licence-schema';
import { licenceKindLabels, licenceKinds } from '../../../shared/licence/licence-kind';
import { isEditable, statusLabel } from '../../../shared/licence/licence-status';
import type { ReferenceIndex } from '../../../shared/reference/reference-data';
import type { AppSettings } from '../../../shared/settings/app-settings';
import { useAction } from '../../api/use-action';
import { CodePickerField } from '../../components/code-picker-field';
import { CheckboxField, DateInputField, RadioGroupField, TextInputField } from '../../components/form-fields';
import {
  countryOptions,
  parseCountryText,
  parsePortText,
  portDescription,
  portOptions,
} from '../../reference/picker-options';
import { IssueSummary } from './issue-summary';
import { LicenceLineEditor } from './licence-line-editor';
import { ManufacturersField } from './manufacturers-field';
import { useLicenceEvidence } from '../suppliers/use-licence-evidence';
import { useLicenceRules } from './use-licence-rules';
import { visibleIssues } from './visible-issues';
import { ErrorBanner } from '../../components/error-banner';
import { maxLinesPerLicence } from '../../../shared/limits';

interface LicenceFormProps {
  readonly licence: Licence | null;
  /** Editing an issued licence to send a correction to the portal, instead of saving a draft. */
  readonly correction?: boolean;
  readonly reference: ReferenceIndex;
  readonly settings: AppSettings;
  readonly onSaved: (licence: Licence, message: string) => void;
  readonly onCancel: () => void;
}

/**
 * The licence form: the shared zod schema guards the shape (react-hook-form's resolver), and the
 * shared rule engine says, beside each field as it is typed, what AIM and CBP would refuse.
 * A draft saves with problems; only "Save and mark ready" needs a clean licence.
 */
export function LicenceForm({ licence, correction = false, reference, settings, onSaved, onCancel }: LicenceFormProps) {
  const form = useForm<LicenceDraft>({
    resolver: zodResolver(licenceDraftSchema),
    defaultValues: licence ? draftOf(licence) : emptyDraft(),
    mode: 'onTouched',
  });
  const { control, handleSubmit, formState, setFocus, reset } = form;
  const lines = useFieldArray({ control, name: 'lines', keyName: 'key' });
  // Saving is a sequence of calls (save, then mark ready, then read back); each is one action.
  const create = useAction('licences.create');
  const update = useAction('licences.update');
  const markAsReady = useAction('licences.transition');
  const correct = useAction('sync.correct');
  const reload = useAction('licences.get');
  const steps = [create, update, markAsReady, correct, reload];
  const busy = steps.some((action) => action.busy);
  // What the form itself refuses (shape, certification, a refused step); otherwise the failed call.
  const [saveError, setSaveError] = useState<string | null>(null);
  const shownError = saveError ?? steps.find((action) => action.error)?.error?.message ?? null;
  const [current, setCurrent] = useState<Licence | null>(licence);

  const facts = {
    status: 'draft' as const,
    validFrom: current?.validFrom ?? null,
    validThrough: current?.validThrough ?? null,
    appliedOn: null,
  };
  // Supplier documents behind the lines (null while no supplier is registered: no evidence rules).
  const evidence = useLicenceEvidence(control);
  const issues = useLicenceRules(control, reference, settings, facts, evidence);
  const shown = visibleIssues(issues, formState.touchedFields, formState.submitCount > 0 || current !== null);
  const byPath = useMemo(() => {
    const map = new Map<string, typeof shown>();
    for (const issue of shown) map.set(issue.path, [...(map.get(issue.path) ?? []), issue]);
    return map;
  }, [shown]);
  const issuesAt = (path: string) => byPath.get(path) ?? [];
  const ports = useMemo(() => portOptions(reference), [reference]);
  const portOfEntry = useWatch({ control, name: 'portOfEntry' });

  const editable = current === null || isEditable(current.status) || (correction && current.status === 'issued');

  const save = (markReady: boolean) =>
    handleSubmit(
      async (draft) => {
        if (markReady && !draft.certified) {
          // Certifying is the filer's act at filing time; a draft may be saved without it.
          form.setError('certified', {
            message: 'Certification is required: tick the box to certify the information is true before filing.',
          });
          setFocus('certified');
          return;
        }
        setSaveError(null);
        for (const action of steps) action.reset();
        if (correction && current) {
          if (!(await correct.run({ id: current.id, version: current.version, draft }))) return;
          const corrected = await reload.run({ id: current.id });
          if (corrected) onSaved(corrected, 'Correction queued for the portal.');
          return;
        }
        const saved = current
          ? await update.run({ id: current.id, version: current.version, draft })
          : await create.run(draft);
        if (!saved) return;
        setCurrent(saved);
        reset(draftOf(saved));
        if (!markReady) {
          onSaved(saved, `Draft ${saved.reference || ''} saved.`.replace('  ', ' '));
          return;
        }
        const outcome = await markAsReady.run({ ids: [saved.id], to: 'ready', note: '' });
        if (!outcome) return;
        const refused = outcome.refused[0];
        if (refused) {
          setSaveError(`Saved as a draft, but not marked ready: ${refused.message}`);
          return;
        }
        const ready = await reload.run({ id: saved.id });
        if (ready) onSaved(ready, 'Licence saved and marked ready to file.');
      },
      () => setSaveError('Some fields cannot be saved as typed; they are marked below.'),
    )();

  const goTo = (path: string) => {
    try {
      setFocus(path as Parameters<typeof setFocus>[0]);
    } catch {
      document.querySelector<HTMLElement>(`[name="${CSS.escape(path)}"]`)?.focus();
    }
  };

  return (
    // The provider lets each line's evidence panel fill the line from a supplier product.
    <FormProvider {...form}>
      <form
        className="licence-form"
        aria-label={current ? `Licence ${current.reference || current.id}` : 'New licence'}
        onSubmit={(event) => {
          event.preventDefault();
          void save(false);
        }}
        noValidate
      >
        {correction ? (
          <p className="banner banner-info">
            You are correcting an issued licence: the change is sent to the portal with the next sync, and the portal
            decides on it.
          </p>
        ) : null}
        {current && !editable ? (
          <p className="banner banner-info">
            This licence is {statusLabel(current.status, current.licenceKind).toLowerCase()} and can no longer be
            changed. Duplicate it to start a new draft.
          </p>
        ) : null}
        <fieldset className="form-section" disabled={!editable}>
          <legend className="form-section-title">Shipment</legend>
          <div className="grid grid-3">
            <TextInputField
              control={control}
              name="reference"
              label={headerLabels.reference}
              description="Your own reference, e.g. a PO number"
            />
            <RadioGroupField
              control={control}
              name="entryType"
              label={headerLabels.entryType}
              options={entryTypes.map((t) => ({ value: t, label: entryTypeLabels[t] }))}
              issues={issuesAt('entryType')}
              className="span-2"
            />
          </div>
          <RadioGroupField
            control={control}
            name="licenceKind"
            label={headerLabels.licenceKind}
            options={licenceKinds.map((kind) => ({ value: kind, label: licenceKindLabels[kind] }))}
            issues={issuesAt('licenceKind')}
            description={`Regular: one shipment. Low-value: one licence reused on many entries until it expires, each shipment carrying less than US$${settings.rules.lowValueThresholdUsd.toLocaleString('en-US')} of aluminum (checked per entry at the broker hand-off).`}
          />
          <div className="grid grid-3">
            <TextInputField
              control={control}
              name="importerName"
              label={headerLabels.importerName}
              issues={issuesAt('importerName')}
              isRequired
            />
            <TextInputField
              control={control}
              name="importerNumber"
              label={headerLabels.importerNumber}
              issues={issuesAt('importerNumber')}
              description="Optional, for your records and the broker: EIN (12-3456789) or CBP-assigned number"
            />
            <TextInputField
              control={control}
              name="exporterName"
              label={headerLabels.exporterName}
              issues={issuesAt('exporterName')}
              isRequired
            />
          </div>
          <ManufacturersField control={control} issues={issuesAt('manufacturers')} />
          <div className="grid grid-3">
            <CodePickerField
              control={control}
              name="countryOfOrigin"
              label={headerLabels.countryOfOrigin}
              options={countryOptions}
              parse={parseCountryText}
              issues={issuesAt('countryOfOrigin')}
              isRequired
            />
            <CodePickerField
              control={control}
              name="countryOfExport"
              label={headerLabels.countryOfExport}
              options={countryOptions}
              parse={parseCountryText}
              issues={issuesAt('countryOfExport')}
              isRequired
            />
            <CodePickerField
              control={control}
              name="portOfEntry"
              label={headerLabels.portOfEntry}
              options={ports}
              parse={parsePortText}
              issues={issuesAt('portOfEntry')}
              description={portDescription(reference, portOfEntry)}
              isRequired
            />
          </div>
          <div className="grid grid-3">
            <DateInputField
              control={control}
              name="expectedExportDate"
              label={headerLabels.expectedExportDate}
              issues={issuesAt('expectedExportDate')}
              isRequired
            />
            <DateInputField
              control={control}
              name="expectedImportDate"
              label={headerLabels.expectedImportDate}
              issues={issuesAt('expectedImportDate')}
              isRequired
            />
            <TextInputField
              control={control}
              name="entryNumber"
              label={headerLabels.entryNumber}
              issues={issuesAt('entryNumber')}
              description="Optional: filer code, 7 digits, check digit"
            />
          </div>
        </fieldset>

        <fieldset className="form-section" disabled={!editable}>
          <legend className="form-section-title">Product lines</legend>
          {lines.fields.map((field, index) => (
            <LicenceLineEditor
              key={field.key}
              control={control}
              index={index}
              reference={reference}
              issuesAt={issuesAt}
              onRemove={lines.fields.length > 1 ? () => lines.remove(index) : null}
            />
          ))}
          {issuesAt('lines').length > 0 ? (
            <ul className="issue-list compact">
              {issuesAt('lines').map((issue) => (
                <li key={issue.code} className={`field-note field-note-${issue.severity}`} data-code={issue.code}>
                  {issue.message}
                </li>
              ))}
            </ul>
          ) : null}
          <Button
            className="button button-secondary"
            onPress={() => lines.append(emptyLine())}
            isDisabled={!editable || lines.fields.length >= maxLinesPerLicence}
          >
            + Add product line
          </Button>
        </fieldset>

        <fieldset className="form-section" disabled={!editable}>
          <legend className="form-section-title">Notes and certification</legend>
          <TextInputField control={control} name="notes" label={headerLabels.notes} multiline />
          <CheckboxField
            control={control}
            name="certified"
            label={headerLabels.certified}
            issues={issuesAt('certified')}
          >
            I certify that the information in this application is true and correct to the best of my knowledge.
          </CheckboxField>
        </fieldset>

        <IssueSummary issues={shown} hidden={issues.length - shown.length} onGoTo={goTo} checks={issues} />

        <ErrorBanner message={shownError} />

        <div className="form-actions">
          {correction ? (
            <Button type="submit" className="button button-primary" isDisabled={busy || !editable}>
              Send the correction to the portal
            </Button>
          ) : (
            <>
              <Button type="submit" className="button button-primary" isDisabled={busy || !editable}>
                Save draft
              </Button>
              <Button
                className="button button-secondary"
                onPress={() => void save(true)}
                isDisabled={busy || !editable}
              >
                Save and mark ready
              </Button>
            </>
          )}
          <Button className="button button-quiet" onPress={onCancel}>
            Back to the register
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}

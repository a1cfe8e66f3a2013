import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';

import { useAction } from '#renderer/api/use-action';
import { ErrorBanner } from '#renderer/components/error-banner';
import { CheckboxField, TextInputField } from '#renderer/components/form-fields';
import { useLicenceEvidence } from '#renderer/features/suppliers/use-licence-evidence';
import { portDescription, portOptions } from '#renderer/reference/picker-options';
import type { KeptEdit } from '#shared/contract/licences';
import { displayDateTime } from '#shared/dates/iso-date';
import { certificationStatement } from '#shared/licences/certification';
import { headerLabels } from '#shared/licences/field-labels';
import {
  draftOf,
  emptyLine,
  type Licence,
  type LicenceDraft,
  licenceDraftSchema,
} from '#shared/licences/licence-schema';
import { isEditable } from '#shared/licences/licence-status';
import { maxLinesPerLicence } from '#shared/limits';
import type { ReferenceIndex } from '#shared/reference/reference-data';
import type { AppSettings } from '#shared/settings/app-settings';

import { useIssuesOf } from './check-results';
import { DraftStatus } from './draft-status';
import { LiveIssueSummary } from './issue-summary';
import { LicenceFormNotices } from './licence-form-notices';
import { LicenceLineEditor } from './licence-line-editor';
import { ShipmentFields } from './shipment-fields';
import { useDraftKeeping } from './use-draft-keeping';
import { useLicenceRules } from './use-licence-rules';

import '#renderer/styles/licences.css';

/** The findings this component shows itself (the lines show their own). */
const formLevelPaths = [
  'entryType',
  'licenceKind',
  'importerName',
  'importerNumber',
  'exporterName',
  'manufacturers',
  'countryOfOrigin',
  'countryOfExport',
  'portOfEntry',
  'expectedExportDate',
  'expectedImportDate',
  'entryNumber',
  'lines',
  'certified',
] as const;

interface LicenceFormProps {
  /** The saved licence, as the core has it now; null for a new licence. */
  readonly licence: Licence | null;
  /** What a new licence starts with (the importer from the filer profile). */
  readonly startWith: LicenceDraft;
  /** Autosaved changes left from an earlier visit, to carry on with. */
  readonly kept: KeptEdit | null;
  /** Editing an issued licence to send a correction to the portal, instead of saving a draft. */
  readonly correction?: boolean;
  readonly reference: ReferenceIndex;
  readonly settings: AppSettings;
  readonly onSaved: (licence: Licence, message: string) => void;
  /** A new licence was created by its first autosave. */
  readonly onCreated: (licence: Licence) => void;
  readonly onCancel: () => void;
}

/**
 * The licence form: the shared zod schema guards the shape (react-hook-form's resolver), and the
 * shared rule engine says, beside each field, what AIM and CBP would refuse — once the field was
 * changed or a save was tried, so an empty form is not a wall of red. What is typed is autosaved
 * (use-draft-keeping); a draft saves with problems; only "Save and mark ready" needs a clean licence.
 */
export function LicenceForm(props: LicenceFormProps) {
  const { licence, startWith, kept, correction = false, reference, settings, onSaved, onCreated, onCancel } = props;
  const form = useForm<LicenceDraft>({
    resolver: zodResolver(licenceDraftSchema),
    defaultValues: kept?.draft ?? (licence ? draftOf(licence) : startWith),
    mode: 'onTouched',
  });
  const { control, handleSubmit, setFocus, reset, setValue } = form;
  const lines = useFieldArray({ control, name: 'lines', keyName: 'key' });
  const update = useAction('licences.update');
  const create = useAction('licences.create');
  const markReady = useAction('licences.transition');
  const correct = useAction('sync.correct');
  const discardKept = useAction('licences.discardEdit');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [current, setCurrentState] = useState<Licence | null>(licence);
  // Read after awaits (an autosave may have created the licence meanwhile).
  const currentRef = useRef(current);
  // A new licence is created by its first autosave; its first "Save draft" still confirms the save.
  const unconfirmedNew = useRef(licence === null);
  const setCurrent = (next: Licence) => {
    currentRef.current = next;
    setCurrentState(next);
  };
  const [restored, setRestored] = useState<KeptEdit | null>(kept);
  /** The licence changed elsewhere (sync, another window) while changes were typed here. */
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  // A licence that was marked ready (or rejected) was judged before: its problems show at once. A
  // new licence or a draft shows them as fields are changed, and all of them once a save is tried.
  const [openedJudged] = useState(licence !== null && licence.status !== 'draft');
  // Opened as a new licence: stays so for this visit, after the first autosave created it (the
  // fields' help keeps its place, so nothing moves under the person typing).
  const [openedNew] = useState(licence === null);

  const editable = current === null || isEditable(current.status) || (correction && current.status === 'issued');
  const keeping = useDraftKeeping({
    form,
    current,
    enabled: editable && !correction,
    restoredFrom: kept,
    onCreated: (created) => {
      setCurrent(created);
      // The new lines' ids, so later saves keep them (evidence provenance follows line ids).
      created.lines.forEach((line, index) => {
        if (form.getValues(`lines.${index}`) && !form.getValues(`lines.${index}.id`))
          setValue(`lines.${index}.id`, line.id, { shouldDirty: false });
      });
      onCreated(created);
    },
  });

  // The licence moved on elsewhere (status from sync, a batch certification): follow it when nothing
  // is typed here, otherwise say so and let the person choose.
  useEffect(() => {
    if (!licence || !current || licence.id !== current.id || licence.version === current.version) return;
    if (licence.version < current.version) return;
    if (keeping.hasChanges()) {
      // Following a licence that changed outside this form (a prop), not a cascade of this form's own state.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setChangedElsewhere(true);
    } else {
      reset(draftOf(licence));
      keeping.matchesRecord();
    }
    setCurrent(licence);
    // keeping's functions read refs; the licence prop is what this follows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [licence]);

  const facts = {
    status: 'draft' as const,
    validFrom: current?.validFrom ?? null,
    validThrough: current?.validThrough ?? null,
    appliedOn: null,
  };
  // Supplier documents behind the lines (null while no supplier is registered: no evidence rules).
  const evidence = useLicenceEvidence(control);
  // The checks run outside render; this form re-renders only when a finding at one of its own
  // fields changes, each line when its own findings do, the summary on every run.
  const checks = useLicenceRules(form, { reference, settings, facts, evidence, openedJudged });
  const issuesAt = useIssuesOf(checks, formLevelPaths);
  const ports = useMemo(() => portOptions(reference), [reference]);
  const portOfEntry = useWatch({ control, name: 'portOfEntry' });
  const hasChanges = keeping.state.kind !== 'clean' && keeping.state.kind !== 'saved';
  const returnsToDraft = current !== null && current.status !== 'draft' && isEditable(current.status);

  const save = (thenReady: boolean) =>
    handleSubmit(
      async (draft) => {
        if (thenReady && !draft.certified) {
          // Certifying is the filer's act at filing time; a draft may be saved without it.
          form.setError('certified', {
            message: 'Certification is required: tick the box to certify the information is true before filing.',
          });
          setFocus('certified');
          return;
        }
        setBusy(true);
        setSaveError(null);
        try {
          if (correction && current) {
            if (!(await correct.run({ id: current.id, version: current.version, draft }))) return;
            onSaved(current, 'Correction queued for the portal.');
            return;
          }
          await keeping.flush();
          const before = currentRef.current;
          const saved = before
            ? await update.run({ id: before.id, version: before.version, draft })
            : await create.run(draft);
          if (!saved) return;
          setCurrent(saved);
          keeping.saved(draft, saved.updatedAt);
          setRestored(null);
          setChangedElsewhere(false);
          const nothingChanged = before !== null && saved.version === before.version && !unconfirmedNew.current;
          unconfirmedNew.current = false;
          if (!thenReady) {
            if (!before) onCreated(saved);
            onSaved(
              saved,
              nothingChanged
                ? 'No changes to save.'
                : `Draft ${saved.reference ? `${saved.reference} ` : ''}saved${before && before.status !== 'draft' ? ' (back to draft)' : ''}.`,
            );
            return;
          }
          const outcome = await markReady.run({ ids: [saved.id], to: 'ready', note: '' });
          const refused = outcome?.refused[0];
          if (!outcome || refused) {
            setSaveError(
              `Saved as a draft, but not marked ready: ${refused?.message ?? markReady.error?.message ?? ''}`,
            );
            return;
          }
          onSaved(saved, 'Licence saved and marked ready to file.');
        } finally {
          setBusy(false);
        }
      },
      () => setSaveError('Some fields cannot be saved as typed; they are marked below.'),
    )();

  const discardChanges = async () => {
    if (!current) return;
    await discardKept.run({ id: current.id });
    reset(draftOf(current));
    keeping.matchesRecord();
    setRestored(null);
    setChangedElsewhere(false);
  };

  const goTo = useCallback(
    (path: string) => {
      try {
        setFocus(path as Parameters<typeof setFocus>[0]);
      } catch {
        document.querySelector<HTMLElement>(`[name="${CSS.escape(path)}"]`)?.focus();
      }
    },
    [setFocus],
  );

  const actionError =
    saveError ??
    update.error?.message ??
    create.error?.message ??
    correct.error?.message ??
    discardKept.error?.message ??
    null;

  return (
    <form
      className="licence-form"
      aria-label={current ? `Licence ${current.reference || current.id}` : 'New licence'}
      onSubmit={(event) => {
        event.preventDefault();
        void save(false);
      }}
      noValidate
    >
      <LicenceFormNotices
        correction={correction}
        restored={restored}
        changedElsewhere={changedElsewhere}
        current={current}
        returnsToDraft={returnsToDraft}
        hasChanges={hasChanges}
        onDiscard={() => void discardChanges()}
      />
      <ShipmentFields
        control={control}
        editable={editable}
        issuesAt={issuesAt}
        lowValueThresholdUsd={settings.rules.lowValueThresholdUsd}
        isNew={openedNew}
        ports={ports}
        portHelp={portDescription(reference, portOfEntry)}
      />

      <fieldset className="form-section" disabled={!editable}>
        <legend className="form-section-title">Product lines</legend>
        {lines.fields.map((field, index) => (
          <LicenceLineEditor
            key={field.key}
            form={form}
            index={index}
            reference={reference}
            checks={checks}
            hasChanges={keeping.hasChanges}
            onRemove={lines.fields.length > 1 ? lines.remove : null}
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
        <CheckboxField control={control} name="certified" label={headerLabels.certified} issues={issuesAt('certified')}>
          {certificationStatement}
        </CheckboxField>
        {current?.certified && current.certifiedBy ? (
          <p className="muted small" data-testid="certified-by">
            Certified by {current.certifiedBy}
            {current.certifiedAt ? ` on ${displayDateTime(current.certifiedAt)}` : ''}.
          </p>
        ) : null}
      </fieldset>

      <LiveIssueSummary results={checks} onGoTo={goTo} />

      <ErrorBanner message={actionError} />

      <div className="form-actions">
        {correction ? (
          <Button type="submit" className="button button-primary" isDisabled={busy || !editable}>
            Send the correction to the portal
          </Button>
        ) : (
          <>
            <Button type="submit" className="button button-primary" isDisabled={busy || !editable}>
              {returnsToDraft && hasChanges ? 'Save as draft' : 'Save draft'}
            </Button>
            <Button className="button button-secondary" onPress={() => void save(true)} isDisabled={busy || !editable}>
              Save and mark ready
            </Button>
          </>
        )}
        <Button className="button button-quiet" onPress={onCancel}>
          Back to the register
        </Button>
        {correction ? null : (
          <DraftStatus state={keeping.state} isNew={current === null} returnsToDraft={returnsToDraft} />
        )}
      </div>
    </form>
  );
}

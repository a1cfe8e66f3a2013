import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FieldNamesMarkedBoolean, UseFormReturn } from 'react-hook-form';
import { localIsoDate } from '../../../shared/dates/iso-date';
import type { EvidenceIndex } from '../../../shared/evidence/evidence-data';
import { emptyDraft, type LicenceDraft } from '../../../shared/licence/licence-schema';
import type { ReferenceIndex } from '../../../shared/reference/reference-data';
import type { LicenceFacts } from '../../../shared/rules/rule';
import { validateLicence } from '../../../shared/rules/validate-licence';
import type { AppSettings } from '../../../shared/settings/app-settings';
import { createCheckResults, type CheckResults } from './check-results';
import { visibleIssues } from './visible-issues';

interface RuleInputs {
  readonly reference: ReferenceIndex | null;
  readonly settings: AppSettings | null;
  readonly facts: LicenceFacts;
  /** Supplier documents behind the lines; without them the evidence rules stay silent. */
  readonly evidence: EvidenceIndex | null;
  /** Show every finding at once (a licence that was judged before). */
  readonly openedJudged: boolean;
}

interface FormFacts {
  readonly dirtyFields: Partial<Readonly<FieldNamesMarkedBoolean<LicenceDraft>>>;
  readonly submitCount: number;
  /** Every field the person typed into (a field typed and emptied again is judged too). */
  readonly typedInto: ReadonlySet<string>;
}

function check(values: LicenceDraft, inputs: RuleInputs, form: FormFacts) {
  const { reference, settings, facts, evidence, openedJudged } = inputs;
  if (!reference || !settings) return { issues: [], shown: [] };
  const issues = validateLicence(
    { ...emptyDraft(), ...values },
    {
      asOf: localIsoDate(new Date()),
      reference,
      settings: settings.rules,
      facts,
      ...(evidence ? { evidence } : {}),
    },
  ).issues;
  const showAll = form.submitCount > 0 || openedJudged;
  return { issues, shown: visibleIssues(issues, form.dirtyFields, showAll, form.typedInto) };
}

/**
 * The same rule engine the core runs, run on what is in the form as it is typed (about a tenth of
 * a millisecond on a 50-line licence). It runs from a subscription to the form, not from a render
 * of it: the results go to a store that the summary and each field read, so a keystroke
 * re-renders the field typed in, the findings that changed and the summary — not every line.
 */
export function useLicenceRules(form: UseFormReturn<LicenceDraft>, inputs: RuleInputs): CheckResults {
  const [results] = useState(() => {
    const first = check(form.getValues(), inputs, { dirtyFields: {}, submitCount: 0, typedInto: new Set() });
    return createCheckResults(first.issues, first.shown);
  });
  const latest = useRef(inputs);
  useLayoutEffect(() => {
    latest.current = inputs;
  });
  const formFacts = useRef<{ dirtyFields: FormFacts['dirtyFields']; submitCount: number; typedInto: Set<string> }>({
    dirtyFields: {},
    submitCount: 0,
    typedInto: new Set(),
  });
  const scheduled = useRef(false);
  const rerun = useRef(() => {});
  useLayoutEffect(() => {
    rerun.current = () => {
      const { issues, shown } = check(form.getValues(), latest.current, formFacts.current);
      results.publish(issues, shown);
    };
  }, [form, results]);

  useEffect(
    () =>
      form.subscribe({
        formState: { values: true, dirtyFields: true, submitCount: true },
        callback: (state) => {
          const facts = formFacts.current;
          facts.dirtyFields = state.dirtyFields ?? {};
          facts.submitCount = state.submitCount ?? 0;
          if (state.type === 'change' && state.name) facts.typedInto.add(state.name);
          // One run for the several notifications a change makes, after the form has settled.
          if (scheduled.current) return;
          scheduled.current = true;
          queueMicrotask(() => {
            scheduled.current = false;
            rerun.current();
          });
        },
      }),
    [form],
  );

  // What the rules depend on besides the form's content.
  const { reference, settings, evidence, facts, openedJudged } = inputs;
  // facts is compared by its fields so a new object each render does not re-run the rules.
  useEffect(() => {
    rerun.current();
  }, [reference, settings, evidence, openedJudged, facts.status, facts.validFrom, facts.validThrough, facts.appliedOn]);
  return results;
}

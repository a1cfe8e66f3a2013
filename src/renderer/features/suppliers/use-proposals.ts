import { useEffect, useMemo, useState } from 'react';
import { type UseFormReturn, useWatch } from 'react-hook-form';

import { storedCountry } from '#shared/reference/countries';
import type { DocumentDraft } from '#shared/suppliers/document-schema';
import { type FieldSource, type SourcedField, sourcedFields } from '#shared/suppliers/field-source';
import { type ProposalField, proposalFields } from '#shared/suppliers/reading/candidate';
import { type FileReading, proposalFieldLabels } from '#shared/suppliers/reading/reading-schema';

import type { PageHighlight } from './page-highlights';
import { formFieldOf, sourceFor } from './proposal-fields';
import type { ProposalDecision } from './proposals-panel';

const countryFields = new Set<SourcedField>(['smeltLargest', 'smeltSecond', 'cast']);
const sameValue = (field: SourcedField, a: string, b: string) =>
  countryFields.has(field) ? storedCountry(a) === storedCountry(b) : a.trim() === b.trim();

/**
 * The person's decisions on one reading's proposals, applied to the document form: accepting
 * (as proposed or corrected) sets the field and records its source; undo puts the field back;
 * a field changed by hand afterwards loses its source. Decisions already in the record (its
 * field sources) show as made when the document is opened again.
 */
type Decisions = Partial<Record<ProposalField, ProposalDecision>>;

function fromRecord(reading: FileReading, sources: readonly FieldSource[]): Decisions {
  const made: Decisions = {};
  for (const field of proposalFields) {
    const proposal = reading.reading.proposals[field];
    const source = sources.find((s) => s.field === formFieldOf[field] && s.fileSha256 === reading.sha256);
    if (!proposal || !source || source.proposed !== proposal.value) continue;
    made[field] =
      source.decision === 'edited'
        ? { kind: 'edited', value: source.value, previous: '' }
        : { kind: 'accepted', previous: '' };
  }
  return made;
}

export function useProposals(form: UseFormReturn<DocumentDraft>, reading: FileReading | null) {
  const { control, getValues, setValue } = form;
  const [focused, setFocused] = useState<ProposalField | null>(null);
  // Decisions belong to one reading; when another file's reading arrives, they start from what the
  // record already says was taken from it (adjusted during render, the way React advises).
  const sha = reading?.sha256 ?? null;
  const [made, setMade] = useState<{ sha: string | null; decisions: Decisions }>({ sha: null, decisions: {} });
  if (made.sha !== sha) setMade({ sha, decisions: reading ? fromRecord(reading, getValues('fieldSources')) : {} });
  const decisions = made.decisions;
  const setDecisions = (change: (d: Decisions) => Decisions) =>
    setMade((current) => ({ ...current, decisions: change(current.decisions) }));

  // A sourced field changed by hand no longer holds the value from the document: its source goes.
  const watched = useWatch({ control, name: [...sourcedFields, 'fieldSources'] });
  useEffect(() => {
    const sources = getValues('fieldSources');
    const kept = sources.filter((s) => sameValue(s.field, getValues(s.field), s.value));
    if (kept.length !== sources.length) setValue('fieldSources', kept, { shouldDirty: true });
  }, [watched, getValues, setValue]);

  const accept = (field: ProposalField, value: string, edited: boolean) => {
    if (!reading) return;
    const target = formFieldOf[field];
    const previous = getValues(target);
    setValue(target, value, { shouldDirty: true, shouldTouch: true, shouldValidate: true });
    setValue(
      'fieldSources',
      [
        ...getValues('fieldSources').filter((s) => s.field !== target),
        sourceFor(field, value, reading, edited ? 'edited' : 'accepted'),
      ],
      { shouldDirty: true },
    );
    setDecisions((d) => ({
      ...d,
      [field]: edited ? { kind: 'edited', value, previous } : { kind: 'accepted', previous },
    }));
  };

  const reject = (field: ProposalField) => setDecisions((d) => ({ ...d, [field]: { kind: 'rejected' } }));

  const undo = (field: ProposalField) => {
    const decision = decisions[field];
    if (decision && decision.kind !== 'rejected') {
      const target = formFieldOf[field];
      setValue(target, decision.previous, { shouldDirty: true, shouldValidate: true });
      setValue(
        'fieldSources',
        getValues('fieldSources').filter((s) => s.field !== target),
        { shouldDirty: true },
      );
    }
    setDecisions((d) => {
      const next = { ...d };
      delete next[field];
      return next;
    });
  };

  const highlights = useMemo<PageHighlight[]>(
    () =>
      reading
        ? proposalFields.flatMap((field) => {
            const proposal = reading.reading.proposals[field];
            if (!proposal || decisions[field]?.kind === 'rejected') return [];
            return [
              {
                key: field,
                page: proposal.page,
                rects: proposal.rects,
                active: focused === field,
                label: proposalFieldLabels[field],
              },
            ];
          })
        : [],
    [reading, decisions, focused],
  );

  return { decisions, focused, setFocused, accept, reject, undo, highlights };
}

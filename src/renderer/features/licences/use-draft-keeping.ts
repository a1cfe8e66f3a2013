import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { KeptEdit } from '../../../shared/contract/licences';
import { draftOf, type Licence, type LicenceDraft } from '../../../shared/licence/licence-schema';
import { isEditable } from '../../../shared/licence/licence-status';
import { useAction } from '../../api/use-action';
import { notify } from '../../components/toasts';
import { createAutosaver, type Autosaver } from './autosaver';

/** Where the form's content is, as the person should be told. */
export type KeepingState =
  | { kind: 'clean' }
  /** Typed, not written yet (the pause has not come, or the write is under way). */
  | { kind: 'unwritten' }
  /** Written as the licence's working copy: safe, but not the licence's record yet. */
  | { kind: 'kept'; at: string }
  /** The licence's record is what the form shows (created, saved, or typed back to it). */
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; message: string };

/** JSON with sorted keys: the same content always gives the same text, whatever order fields were touched in. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

const unwritten: KeepingState = { kind: 'unwritten' };

const label = (licence: Licence | null) => (licence?.reference ? `"${licence.reference}"` : 'this licence');

interface DraftKeepingOptions {
  readonly form: UseFormReturn<LicenceDraft>;
  /** The saved licence the form edits; null for a new licence not created yet. */
  readonly current: Licence | null;
  /** Saving is possible (not a filed licence, not a correction sent to the portal). */
  readonly enabled: boolean;
  /** The first autosave of a new licence created it as a draft. */
  readonly onCreated: (licence: Licence) => void;
  /** The working copy the form opened with (restored), if any. */
  readonly restoredFrom: KeptEdit | null;
}

/**
 * Never lose what was typed. While the form is open its content is autosaved (after a pause in
 * typing) as the licence's working copy; a new licence is created as a draft by its first
 * autosave. Leaving the form saves a draft for real (one change in the audit trail for the whole
 * visit) or, for a licence that is ready to file, keeps the changes without touching its status.
 * Closing the window while something typed is not written yet asks first.
 */
export function useDraftKeeping({ form, current, enabled, onCreated, restoredFrom }: DraftKeepingOptions) {
  const create = useAction('licences.create');
  const keep = useAction('licences.keepEdit');
  const update = useAction('licences.update');
  const [state, setState] = useState<KeepingState>(
    restoredFrom ? { kind: 'kept', at: restoredFrom.savedAt } : { kind: 'clean' },
  );

  // Refs, not state: the autosaver, the unload handler and the leaving cleanup read the latest
  // (updated after each render, read only in callbacks).
  const live = useRef({ current, enabled, onCreated });
  useLayoutEffect(() => {
    live.current = { ...live.current, current, enabled, onCreated };
  });
  /** The content that equals the saved licence (or the blank start of a new one). */
  const recordJson = useRef<string | null>(null);
  /** The content last written as the working copy. */
  const keptJson = useRef<string | null>(null);
  const autosaverRef = useRef<Autosaver<LicenceDraft> | null>(null);
  const snapshot = useCallback(() => structuredClone(form.getValues()), [form]);

  // Made once, when the form opens; the effects below are declared after it, so they find it.
  useEffect(() => {
    recordJson.current = stableJson(current ? draftOf(current) : form.getValues());
    keptJson.current = restoredFrom ? stableJson(form.getValues()) : null;
    const autosaver = createAutosaver<LicenceDraft>({
      save: async (draft) => {
        const json = stableJson(draft);
        const licence = live.current.current;
        if (!licence) {
          const created = await create.run(draft);
          if (!created) throw new Error('not created');
          live.current.current = created;
          // The form takes the new lines' ids (onCreated); with them, this is the record's content.
          recordJson.current = stableJson({
            ...draft,
            lines: draft.lines.map((line, index) => ({ ...line, id: line.id ?? created.lines[index]?.id })),
          });
          keptJson.current = null;
          live.current.onCreated(created);
          setState({ kind: 'saved', at: created.updatedAt });
          return;
        }
        const kept = await keep.run({ id: licence.id, version: licence.version, draft });
        if (!kept) throw new Error('not kept');
        if (kept.pending) {
          keptJson.current = json;
          setState({ kind: 'kept', at: kept.savedAt ?? new Date().toISOString() });
        } else {
          recordJson.current = json;
          keptJson.current = null;
          setState({ kind: 'saved', at: new Date().toISOString() });
        }
      },
      onState: (next) => {
        // The same state object while typing goes on: the form does not re-render per key.
        if (next === 'waiting' || next === 'saving') setState((was) => (was.kind === 'unwritten' ? was : unwritten));
        if (next === 'failed') setState({ kind: 'failed', message: 'Your latest changes could not be autosaved.' });
      },
    });
    autosaverRef.current = autosaver;
    return () => autosaver.dispose();
    // The form's first content and the actions' stable `run`: the autosaver lives as long as the form.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Every change to the content is handed to the autosaver (it waits for a pause in typing). From
  // a subscription, not a render of the form; after the change's own code has run (a reset is
  // followed at once by matchesRecord, and is then no change to write).
  useEffect(() => {
    let scheduled = false;
    const handOver = () => {
      scheduled = false;
      if (!live.current.enabled || !autosaverRef.current) return;
      const json = stableJson(form.getValues());
      const nothingKept = keptJson.current === null;
      if ((json === recordJson.current && nothingKept) || json === keptJson.current) return;
      autosaverRef.current.changed(snapshot());
    };
    return form.subscribe({
      formState: { values: true },
      callback: () => {
        if (scheduled) return;
        scheduled = true;
        queueMicrotask(handOver);
      },
    });
  }, [form, snapshot]);

  // Closing the window or reloading while something typed is not written yet: write it, and ask.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const autosaver = autosaverRef.current;
      if (!live.current.enabled || !autosaver) return;
      const json = stableJson(form.getValues());
      if (json === recordJson.current || json === keptJson.current) return;
      autosaver.changed(snapshot());
      void autosaver.flush();
      event.preventDefault();
      // Older browsers (and Electron's will-prevent-unload) look at returnValue.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [form, snapshot]);

  // Leaving the form (another section, another licence, the register).
  useEffect(
    () => () => {
      const draft = snapshot();
      const json = stableJson(draft);
      const autosaver = autosaverRef.current;
      if (!live.current.enabled || json === recordJson.current) return;
      void (async () => {
        // An autosave under way finishes first, so it cannot land after the save below (and may
        // have just created the licence, or written this very content).
        await autosaver?.settled();
        const licence = live.current.current;
        if (json === recordJson.current) return;
        if (!licence) {
          const created = await create.run(draft);
          if (created)
            notify({
              tone: 'success',
              title: 'New licence saved as a draft',
              detail: 'It is in the licence register.',
            });
          else notify({ tone: 'error', title: 'The new licence could not be saved' });
          return;
        }
        if (licence.status === 'draft') {
          const saved = await update.run({ id: licence.id, version: licence.version, draft });
          if (saved) {
            notify({ tone: 'success', title: `Draft ${label(licence)} saved` });
            return;
          }
        }
        // A licence ready to file keeps its status until the person saves; so does a draft whose save was refused.
        const kept = await keep.run({ id: licence.id, version: licence.version, draft });
        notify(
          kept
            ? {
                tone: 'info',
                title: `Your changes to ${label(licence)} are kept, not saved`,
                detail: isEditable(licence.status)
                  ? `It is still "${licence.status === 'draft' ? 'draft' : 'ready to file'}". Open it to save or discard them.`
                  : undefined,
              }
            : { tone: 'error', title: `Your changes to ${label(licence)} could not be kept` },
        );
      })();
    },
    // Runs once, when the form goes away.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  const hasChanges = useCallback(() => stableJson(form.getValues()) !== recordJson.current, [form]);

  return {
    state,
    /** The form now holds `draft`, which was just saved (explicit save). */
    saved(draft: LicenceDraft, at: string) {
      recordJson.current = stableJson(draft);
      keptJson.current = null;
      setState({ kind: 'saved', at });
    },
    /** The form was reset to the saved licence (loaded, reloaded, or edits discarded). */
    matchesRecord() {
      recordJson.current = stableJson(form.getValues());
      keptJson.current = null;
      setState({ kind: 'clean' });
    },
    /** Something is typed that is not the saved licence (kept or not). The same function on every render. */
    hasChanges,
    /** Write what is waiting now (before an explicit save, so the two do not cross). */
    flush: () => autosaverRef.current?.flush() ?? Promise.resolve(),
  };
}

import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useLocation } from 'wouter';
import { useClient } from '../../api/client-context';
import { recordKeepingRule } from '../../../shared/records/keep-until';
import { heldNote } from '../sync/format';
import { useAction } from '../../api/use-action';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorBanner } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { notify } from '../../components/toasts';
import { useCommandHandler } from '../../app/commands/command-handlers';
import { FileDropTarget } from '../../files/file-drop-target';
import { useSaveFile } from '../../files/files-context';
import { handOver } from '../../files/pending-files';
import { requestWhenPrintable } from '../reports/print-request';
import { importPlace } from './import-page';
import { summariesRoute } from '../../../shared/reports/report-selection';
import { effectiveQuery, LicenceRegister } from './licence-register';
import { initialRegisterQuery, type RegisterQuery } from './register-filters';

/** The register with what can be done to a selection: check, mark ready, delete drafts. */
export function LicenceRegisterPage() {
  const client = useClient();
  const validate = useAction('licences.validate');
  const transition = useAction('licences.transition');
  const queue = useAction('sync.queue');
  const exporter = useAction('licences.export');
  const duplicate = useAction('licences.duplicate');
  const actions = [validate, transition, queue, exporter, duplicate];
  /** One failure shown at a time: the one of the action started last. */
  const start = <A extends (typeof actions)[number]>(action: A): A => {
    for (const other of actions) if (other !== action) other.reset();
    return action;
  };
  const actionError = actions.find((action) => action.error)?.error?.message;
  const [, navigate] = useLocation();
  const [selection, setSelection] = useState<Set<string>>(new Set());
  const [query, setQuery] = useState<RegisterQuery>(initialRegisterQuery);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const ids = [...selection];
  const saveFile = useSaveFile();

  const checkSelected = async () => {
    const checks = await start(validate).run({ ids });
    if (!checks) return;
    const invalid = checks.filter((c) => !c.valid).length;
    notify({
      tone: invalid > 0 ? 'info' : 'success',
      title: `Checked ${checks.length} licence${checks.length === 1 ? '' : 's'}`,
      detail: invalid > 0 ? `${invalid} with errors to fix.` : 'No errors found.',
    });
  };
  const markReady = async () => {
    const outcome = await start(transition).run({ ids, to: 'ready', note: '' });
    if (!outcome) return;
    notify({
      tone: outcome.refused.length > 0 ? 'info' : 'success',
      title: `${outcome.changed.length} marked ready to file`,
      ...(outcome.refused.length > 0
        ? { detail: `${outcome.refused.length} not changed: ${outcome.refused[0]!.message}` }
        : {}),
    });
  };
  const queueSelected = async () => {
    const outcome = await start(queue).run({ ids });
    if (!outcome) return;
    notify({
      tone: outcome.refused.length > 0 ? 'info' : 'success',
      title: `${outcome.changed.length} queued for the next sync`,
      ...(outcome.refused.length > 0
        ? { detail: `${outcome.refused.length} not queued: ${outcome.refused[0]!.message}` }
        : outcome.held.length > 0
          ? { detail: heldNote(outcome.held) }
          : {}),
    });
  };
  /** The selection when there is one, otherwise every licence the search and filters show. */
  const exportLicences = async (format: 'csv' | 'json') => {
    const file = await start(exporter).run({
      format,
      ...(ids.length > 0 ? { ids } : { query: effectiveQuery(query) }),
    });
    if (!file) return;
    const saved = await saveFile('licence-export', {
      fileName: file.fileName,
      mediaType: file.mimeType,
      content: { text: file.content },
    });
    if (!saved) return;
    notify({
      tone: 'success',
      title: `Exported ${file.count} licence${file.count === 1 ? '' : 's'} as ${format.toUpperCase()}`,
    });
  };
  const deleteSelected = async () => {
    setConfirmDelete(false);
    let deleted = 0;
    const problems: string[] = [];
    for (const id of ids) {
      // The dialog names the record-keeping rule (19 CFR 163.4), so confirming it covers young records too.
      const result = await client.callSafe('licences.delete', { id, confirmRecordKeeping: true });
      if (result.ok) deleted += 1;
      else problems.push(result.error.message);
    }
    setSelection(new Set());
    notify({
      tone: problems.length > 0 ? 'info' : 'success',
      title: `${deleted} deleted`,
      ...(problems[0] ? { detail: problems[0] } : {}),
    });
  };

  // File › Export… exports what the register shows (or the selection); Print and Save as PDF the selection.
  useCommandHandler('file.export', () => void exportLicences('csv'));
  const printSelection = (what: 'print' | 'pdf') => {
    requestWhenPrintable(what);
    navigate(summariesRoute({ ids }));
  };
  useCommandHandler('file.print', ids.length > 0 ? () => printSelection('print') : null);
  useCommandHandler('file.savePdf', ids.length > 0 ? () => printSelection('pdf') : null);

  return (
    <>
      <PageHeader
        title="Licences"
        subtitle="Every AIM licence you prepare, file and use. Search by importer, exporter, manufacturer, HTS, reference or licence number."
        actions={
          <>
            <Button className="button button-secondary" onPress={() => navigate('/licences/import')}>
              Import CSV or XLSX
            </Button>
            <Button className="button button-secondary" onPress={() => void exportLicences('csv')}>
              Export CSV
            </Button>
            <Button className="button button-secondary" onPress={() => void exportLicences('json')}>
              Export JSON
            </Button>
            <Button className="button button-primary" onPress={() => navigate('/licences/new')}>
              New licence
            </Button>
          </>
        }
      />
      <ErrorBanner message={actionError} />
      {/* A licence file dropped on the register opens the import preview. */}
      <FileDropTarget
        kind="licence-import"
        hint="Drop to preview the import"
        onPicked={(picked) => {
          handOver(importPlace, picked.files.slice(0, 1));
          navigate('/licences/import');
        }}
      >
        <LicenceRegister
          query={query}
          onQueryChange={setQuery}
          onOpen={(id) => navigate(`/licences/${id}`)}
          selection={selection}
          onSelectionChange={setSelection}
          toolbar={
            selection.size > 0 ? (
              <div className="selection-actions" role="group" aria-label="Actions on selected licences">
                <Button className="button button-secondary" onPress={() => void checkSelected()}>
                  Check selected
                </Button>
                <Button className="button button-secondary" onPress={() => void markReady()}>
                  Mark ready
                </Button>
                <Button className="button button-secondary" onPress={() => void queueSelected()}>
                  Queue for sync
                </Button>
                <Button className="button button-secondary" onPress={() => navigate(summariesRoute({ ids }))}>
                  Print selected
                </Button>
                {selection.size === 1 ? (
                  <Button
                    className="button button-secondary"
                    onPress={() =>
                      void start(duplicate)
                        .run({ id: ids[0]! })
                        .then((copy) => copy && navigate(`/licences/${copy.id}`))
                    }
                  >
                    Duplicate as template
                  </Button>
                ) : null}
                <Button className="button button-danger" onPress={() => setConfirmDelete(true)}>
                  Delete
                </Button>
              </div>
            ) : null
          }
        />
      </FileDropTarget>
      <ConfirmDialog
        isOpen={confirmDelete}
        title={`Delete ${selection.size} licence${selection.size === 1 ? '' : 's'}?`}
        confirmLabel="Delete"
        onConfirm={() => void deleteSelected()}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>Only drafts and licences never filed can be deleted; filed ones are kept as records and will be skipped.</p>
        <p className="banner banner-warning">
          Record keeping: records of an entry are kept for five years from the date of entry ({recordKeepingRule}),
          counted here from the expected import date until an entry is recorded. Delete a licence only if it never
          became such a record.
        </p>
      </ConfirmDialog>
    </>
  );
}

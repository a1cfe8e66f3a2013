import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useLocation } from 'wouter';

import { useRpc } from '#renderer/api/client-context';
import { useAction } from '#renderer/api/use-action';
import { useCommandHandler } from '#renderer/app/commands/command-handlers';
import { ConfirmDialog } from '#renderer/components/confirm-dialog';
import { ErrorBanner } from '#renderer/components/error-banner';
import { MenuButton } from '#renderer/components/menu-button';
import { PageHeader } from '#renderer/components/page-header';
import { notify } from '#renderer/components/toasts';
import { requestWhenPrintable } from '#renderer/features/reports/print-request';
import { heldNote } from '#renderer/features/sync/format';
import { FileDropTarget } from '#renderer/files/file-drop-target';
import { useSaveFile } from '#renderer/files/files-context';
import { handOver } from '#renderer/files/pending-files';
import type { ExportFormat } from '#shared/contract/imports';
import { licenceStatusLabels } from '#shared/licences/licence-status';
import { recordKeepingRule } from '#shared/records/keep-until';
import { summariesRoute } from '#shared/reports/report-selection';
import { countOf } from '#shared/text/plural';

import { BatchFilingDialog } from './batch-filing-dialog';
import { importPlace } from './import-page';
import { effectiveQuery, LicenceRegister } from './licence-register';
import { initialRegisterQuery, type RegisterQuery } from './register-filters';

const exportChoices: readonly { id: ExportFormat; label: string; detail: string }[] = [
  { id: 'csv', label: 'Licence file (CSV)', detail: 'The canonical layout: edit and import it again' },
  {
    id: 'register-csv',
    label: 'Register (CSV)',
    detail: 'Status, licence numbers, validity, entries and how long to keep each record',
  },
  { id: 'json', label: 'Everything (JSON)', detail: 'Every field, for other programs' },
];

/** Licences whose changes were autosaved and not saved yet: one line, so none is forgotten. */
function KeptEditsNotice() {
  const kept = useRpc('licences.keptEdits', {}, { staleTime: 0 });
  const items = kept.data ?? [];
  if (items.length === 0) return null;
  return (
    <div className="banner banner-info kept-edits" role="status" data-testid="kept-edits">
      <strong>
        {countOf(items.length, 'licence has', 'licences have')} changes that were autosaved but not saved yet:
      </strong>{' '}
      {items.slice(0, 5).map((item, index) => (
        <span key={item.id}>
          {index > 0 ? ', ' : ''}
          <Link href={`/licences/${item.id}`}>{item.reference || 'Untitled draft'}</Link> (
          {licenceStatusLabels[item.status].toLowerCase()})
        </span>
      ))}
      {items.length > 5 ? ` and ${items.length - 5} more` : ''}. Open one to save or discard its changes.
    </div>
  );
}

/** The register with what can be done to a selection: certify and file, check, print, copy, delete. */
export function LicenceRegisterPage() {
  const [, navigate] = useLocation();
  const [selection, setSelection] = useState<Set<string>>(new Set());
  const [query, setQuery] = useState<RegisterQuery>(initialRegisterQuery);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [batch, setBatch] = useState<readonly string[] | null>(null);
  const validate = useAction('licences.validate');
  const transition = useAction('licences.transition');
  const queue = useAction('sync.queue');
  const exporter = useAction('licences.export');
  const remove = useAction('licences.deleteMany');
  const copy = useAction('licences.duplicate');
  const ids = [...selection];
  const saveFile = useSaveFile();

  const checkSelected = async () => {
    const checks = await validate.run({ ids });
    if (!checks) return;
    const invalid = checks.filter((c) => !c.valid).length;
    notify({
      tone: invalid > 0 ? 'info' : 'success',
      title: `Checked ${countOf(checks.length, 'licence')}`,
      detail: invalid > 0 ? `${countOf(invalid, 'licence')} with errors to fix.` : 'No errors found.',
    });
  };
  const report = (
    done: string,
    notDone: string,
    outcome:
      { changed: string[]; refused: { message: string }[]; held?: { reference: string; until: string }[] } | undefined,
  ) => {
    if (!outcome) return;
    notify({
      tone: outcome.refused.length > 0 ? 'info' : 'success',
      title: `${countOf(outcome.changed.length, 'licence')} ${done}`,
      ...(outcome.refused[0]
        ? { detail: `${outcome.refused.length} ${notDone}: ${outcome.refused[0].message}` }
        : outcome.held && outcome.held.length > 0
          ? { detail: heldNote(outcome.held) }
          : {}),
    });
  };
  /** The selection when there is one, otherwise every licence the search and filters show. */
  const exportLicences = async (format: ExportFormat) => {
    const file = await exporter.run({
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
    notify({ tone: 'success', title: `Exported ${countOf(file.count, 'licence')}`, detail: file.fileName });
  };
  const deleteSelected = async () => {
    setConfirmDelete(false);
    // The dialog names the record-keeping rule (19 CFR 163.4), so confirming it covers young records too.
    const outcome = await remove.run({ ids, confirmRecordKeeping: true });
    if (!outcome) return;
    setSelection(new Set());
    report('deleted', 'kept', outcome);
  };
  const copySelected = async () => {
    const made = await copy.run({ id: ids[0]! });
    if (made) navigate(`/licences/${made.id}`);
  };

  const onSelectionAction = (action: string) => {
    if (action === 'check') void checkSelected();
    if (action === 'ready')
      void transition.run({ ids, to: 'ready', note: '' }).then((o) => report('marked ready to file', 'not changed', o));
    if (action === 'queue') void queue.run({ ids }).then((o) => report('queued for the portal', 'not queued', o));
    if (action === 'copy') void copySelected();
    if (action === 'delete') setConfirmDelete(true);
  };
  const error = validate.error ?? transition.error ?? queue.error ?? exporter.error ?? remove.error ?? copy.error;

  // File › Export… exports what the register shows (or the selection); Print and Save as PDF the selection.
  useCommandHandler('file.export', () => void exportLicences('csv'));
  const printSelection = (what: 'print' | 'pdf') => {
    requestWhenPrintable(what);
    navigate(summariesRoute({ ids }));
  };
  useCommandHandler('file.print', ids.length > 0 ? () => printSelection('print') : null);
  useCommandHandler('file.savePdf', ids.length > 0 ? () => printSelection('pdf') : null);

  return (
    <div className="register-page">
      <PageHeader
        title="Licences"
        subtitle="Every AIM licence you prepare, file and use."
        actions={
          <>
            <Button className="button button-primary" onPress={() => navigate('/licences/new')}>
              New licence
            </Button>
            <Button className="button button-secondary" onPress={() => navigate('/licences/import')}>
              Import CSV or XLSX
            </Button>
            <MenuButton
              label="Export"
              aria-label={`Export ${ids.length > 0 ? 'the selected licences' : 'the licences shown'}`}
              items={exportChoices}
              onAction={(id) => void exportLicences(id as ExportFormat)}
            />
          </>
        }
      />
      <KeptEditsNotice />
      <ErrorBanner message={error?.message} />
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
                <Button className="button button-primary" onPress={() => setBatch(ids)}>
                  Certify and file…
                </Button>
                <Button className="button button-secondary" onPress={() => navigate(summariesRoute({ ids }))}>
                  Print
                </Button>
                <MenuButton
                  label="More"
                  aria-label="More actions on the selected licences"
                  items={[
                    { id: 'check', label: 'Check again', detail: 'Run every rule as of today' },
                    { id: 'ready', label: 'Mark ready', detail: 'Certified licences without errors' },
                    { id: 'queue', label: 'Queue for the portal', detail: 'Licences ready to file' },
                    {
                      id: 'copy',
                      label: 'Copy licence',
                      detail: 'A new draft from it',
                      isDisabled: selection.size !== 1,
                    },
                    { id: 'delete', label: 'Delete', detail: 'Drafts never filed', tone: 'danger' },
                  ]}
                  onAction={onSelectionAction}
                />
              </div>
            ) : null
          }
        />
      </FileDropTarget>
      {batch ? (
        <BatchFilingDialog
          ids={batch}
          onClose={() => {
            setBatch(null);
            setSelection(new Set());
          }}
        />
      ) : null}
      <ConfirmDialog
        isOpen={confirmDelete}
        title={`Delete ${countOf(selection.size, 'licence')}?`}
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
    </div>
  );
}

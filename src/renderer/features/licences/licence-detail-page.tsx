import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useLocation } from 'wouter';

import { useRpc } from '#renderer/api/client-context';
import { useAction } from '#renderer/api/use-action';
import { useCommandHandler } from '#renderer/app/commands/command-handlers';
import { ConfirmDialog } from '#renderer/components/confirm-dialog';
import { ErrorBanner } from '#renderer/components/error-banner';
import { PageHeader } from '#renderer/components/page-header';
import { StatusBadge } from '#renderer/components/status-badge';
import { notify } from '#renderer/components/toasts';
import { requestWhenPrintable } from '#renderer/features/reports/print-request';
import { useReference } from '#renderer/reference/use-reference';
import { displayDate, displayDateTime, localIsoDate } from '#shared/dates/iso-date';
import { licenceKindLabels } from '#shared/licences/licence-kind';
import { emptyDraft, type Licence, type LicenceDraft } from '#shared/licences/licence-schema';
import { isEditable, licenceStatusLabels } from '#shared/licences/licence-status';
import type { FilerProfile } from '#shared/profile/filer-profile';
import { mustStillKeep, recordKeepingRule } from '#shared/records/keep-until';
import { fallbackRoute, summariesRoute } from '#shared/reports/report-selection';

import { FirstFileableDay } from './first-fileable-day';
import { adoptNewLicence } from './form-instance';
import { LicenceActions } from './licence-actions';
import { LicenceForm } from './licence-form';
import { LicenceReadOnly } from './licence-read-only';
import { LicenceUsesPanel } from './licence-uses-panel';
import { NewLicencePanel } from './new-licence-panel';

/** "Keep until": the last day this licence must be kept as a customs record. */
function KeepUntil({ licence }: { licence: Licence }) {
  return (
    <p className="keep-until" data-testid="keep-until">
      <strong>Keep until</strong> {licence.keepUntil ? displayDate(licence.keepUntil) : 'no date yet (no import date)'}
      <span className="muted small">
        {' '}
        · five years from the date of entry ({recordKeepingRule})
        {licence.uses.length === 0 ? '; counted from the expected import date until an entry is recorded' : ''}
      </span>
    </p>
  );
}

function StatusPanel({ licence }: { licence: Licence }) {
  const history = useRpc('licences.history', { id: licence.id });
  return (
    <aside className="side-panel" aria-label="Status and history">
      <h2 className="side-title">Status</h2>
      <p>
        <StatusBadge status={licence.status} kind={licence.licenceKind} />
      </p>
      <p className="small">{licenceKindLabels[licence.licenceKind]} licence</p>
      <KeepUntil licence={licence} />
      {licence.licenceNumber ? (
        <dl className="facts">
          <dt>Licence number</dt>
          <dd className="cell-mono">{licence.licenceNumber}</dd>
          <dt>Valid</dt>
          <dd>
            {licence.validFrom ? displayDate(licence.validFrom) : '?'} to{' '}
            {licence.validThrough ? displayDate(licence.validThrough) : '?'}
          </dd>
        </dl>
      ) : null}
      {licence.rejectionReasons.length > 0 ? (
        <div className="banner banner-error">
          <strong>Rejected by the portal:</strong>
          <ul>
            {licence.rejectionReasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {licence.validation ? (
        <p className="muted small">
          Last checked {displayDate(licence.validation.asOf)} with reference data {licence.validation.dataVersion}.
        </p>
      ) : null}
      <h2 className="side-title">History</h2>
      <ol className="history">
        {(history.data ?? []).map((h, i) => (
          <li key={i}>
            <span>{licenceStatusLabels[h.to]}</span>
            <time dateTime={h.at}>{displayDateTime(h.at)}</time>
            {h.note ? <span className="muted"> · {h.note}</span> : null}
          </li>
        ))}
      </ol>
    </aside>
  );
}

/** A new licence starts with the importer of the filer profile (name, and number when the profile has one). */
export function newLicenceDraft(profile: FilerProfile | null): LicenceDraft {
  const draft = emptyDraft();
  if (!profile) return draft;
  return { ...draft, importerName: profile.company, importerNumber: profile.importerNumber };
}

/** A new licence (`id` null) or a saved one: the form (or, once filed, the record), its status and its history. */
export function LicenceDetailPage({ id, correction = false }: { id: string | null; correction?: boolean }) {
  const [, navigate] = useLocation();
  const { reference, settings, error: referenceError } = useReference();
  const profile = useRpc('profile.get', {}, { staleTime: 60_000 });
  const fetched = useRpc('licences.get', { id: id ?? '' }, { enabled: id !== null, staleTime: 0 });
  const kept = useRpc(
    'licences.keptEdit',
    { id: id ?? '' },
    // Always read afresh when the page opens: leaving a form may have just kept changes.
    { enabled: id !== null && !correction, staleTime: 0, gcTime: 0 },
  );
  // The licence this page's own form created (the fetch of its new address is still under way).
  const [created, setCreated] = useState<Licence | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  // File › Print summary and Save as PDF: this licence's summary, through its print preview.
  const printSummary = (what: 'print' | 'pdf') => {
    if (id === null) return;
    requestWhenPrintable(what);
    navigate(summariesRoute({ ids: [id] }));
  };
  useCommandHandler('file.print', id !== null ? () => printSummary('print') : null);
  useCommandHandler('file.savePdf', id !== null ? () => printSummary('pdf') : null);
  const deletion = useAction('licences.delete');
  const copy = useAction('licences.duplicate');

  const problem = referenceError ?? fetched.error ?? kept.error;
  if (problem) {
    return <ErrorBanner message={problem.message} />;
  }
  const current = id !== null ? (fetched.data ?? (created?.id === id ? created : null)) : null;
  const loading =
    !reference ||
    !settings ||
    profile.isPending ||
    // No profile yet but one being read (saved a moment ago, e.g. in another window): a new
    // licence waits for it rather than start without the importer.
    (id === null && !profile.data && profile.isFetching) ||
    (id !== null && !current) ||
    (id !== null && !correction && kept.isPending && created?.id !== id);
  if (loading) return <p className="muted">Loading…</p>;

  const young = current !== null && mustStillKeep(current.keepUntil, localIsoDate(new Date()));
  const deleteLicence = async () => {
    setConfirmDelete(false);
    if (!current) return;
    // The dialog named the record-keeping rule, so the person has confirmed it.
    if (!(await deletion.run({ id: current.id, confirmRecordKeeping: young }))) return;
    notify({ tone: 'success', title: 'Licence deleted' });
    navigate('/licences');
  };
  const copyLicence = async () => {
    if (!current) return;
    const made = await copy.run({ id: current.id });
    if (!made) return;
    notify({ tone: 'success', title: 'Copied as a new draft', detail: `From ${current.reference || 'the licence'}.` });
    navigate(`/licences/${made.id}`);
  };

  const editable = current === null || isEditable(current.status) || (correction && current.status === 'issued');
  const filedBefore = current !== null && !isEditable(current.status);

  return (
    <div className="detail-layout">
      <div className="detail-main">
        <PageHeader
          title={current ? current.reference || 'Untitled licence' : 'New licence'}
          subtitle={
            current ? (
              <StatusBadge status={current.status} kind={current.licenceKind} />
            ) : (
              <span className="status-badge">New</span>
            )
          }
          // A new licence shows the buttons it gets once its first autosave creates it, not usable
          // yet: the header keeps its size, so the form does not move under the person typing.
          actions={
            <>
              <Button
                className="button button-secondary"
                isDisabled={!current}
                onPress={() => current && navigate(summariesRoute({ ids: [current.id] }))}
              >
                Print summary
              </Button>
              {filedBefore ? null : (
                <Button
                  className="button button-secondary"
                  isDisabled={!current}
                  onPress={() => current && navigate(fallbackRoute(current.id))}
                >
                  Fallback form
                </Button>
              )}
              <Button className="button button-secondary" isDisabled={!current} onPress={() => void copyLicence()}>
                Copy licence
              </Button>
              {current === null || isEditable(current.status) ? (
                <Button className="button button-danger" isDisabled={!current} onPress={() => setConfirmDelete(true)}>
                  Delete
                </Button>
              ) : null}
            </>
          }
        />
        <ErrorBanner message={deletion.error?.message ?? copy.error?.message} />
        {current && !correction ? <LicenceActions licence={current} /> : null}
        {current && !correction ? (
          <LicenceUsesPanel licence={current} lowValueLimitUsd={settings.rules.lowValueThresholdUsd} />
        ) : null}
        {editable ? (
          <LicenceForm
            licence={current}
            startWith={newLicenceDraft(profile.data ?? null)}
            kept={correction ? null : (kept.data ?? null)}
            correction={correction}
            reference={reference}
            settings={settings}
            onSaved={(saved, message) => {
              notify({ tone: 'success', title: message });
              if (correction) navigate(`/licences/${saved.id}`, { replace: true });
            }}
            onCreated={(licence) => {
              setCreated(licence);
              adoptNewLicence(licence.id, navigate);
            }}
            onCancel={() => navigate('/licences')}
          />
        ) : current ? (
          <LicenceReadOnly licence={current} reference={reference} rules={settings.rules} />
        ) : null}
        {current && !correction ? <FirstFileableDay licence={current} /> : null}
      </div>
      {current ? <StatusPanel licence={current} /> : <NewLicencePanel />}
      <ConfirmDialog
        isOpen={confirmDelete}
        title="Delete this licence?"
        confirmLabel="Delete licence"
        onConfirm={() => void deleteLicence()}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>The draft and its product lines are removed. This cannot be undone (the audit trail keeps a record).</p>
        {young && current?.keepUntil ? (
          <p className="banner banner-warning" data-testid="record-keeping-notice">
            Record keeping: records of an entry are kept for five years from the date of entry ({recordKeepingRule}).
            This licence is counted as such a record until {displayDate(current.keepUntil)}. A licence that was never
            filed may not be one yet; delete it only if you are sure.
          </p>
        ) : null}
      </ConfirmDialog>
    </div>
  );
}

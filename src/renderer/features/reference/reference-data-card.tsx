import { useEffect, useRef, useState } from 'react';

import { useRpc } from '#renderer/api/client-context';
import { useAction } from '#renderer/api/use-action';
import { ErrorBanner } from '#renderer/components/error-banner';
import type { ReferenceApplied, ReferencePreview } from '#shared/contract/reference';
import { displayDate } from '#shared/dates/iso-date';
import { staleAfterDays } from '#shared/reference/freshness';

import { ReferenceAppliedSummary } from './reference-applied-summary';
import { type ImportRequest, ReferenceImportForm } from './reference-import-form';
import { ReferencePreviewPanel } from './reference-preview-panel';
import { referenceSection } from './reference-section';
import { ReferenceTableList } from './reference-table-list';

import '#renderer/styles/import.css';
import '#renderer/styles/records-trust.css';
import '#renderer/styles/reference.css';

/**
 * Settings → Reference data: the HTS revisions and port lists of this data folder with their
 * sources and hashes, and a new USITC export imported (or an imported one removed) after a preview
 * of what it changes.
 */
export function ReferenceDataCard() {
  const tables = useRpc('reference.tables', {});
  const previewImport = useAction('reference.previewImport');
  const previewRemoval = useAction('reference.previewRemoval');
  const apply = useAction('reference.apply');
  const [preview, setPreview] = useState<ReferencePreview | null>(null);
  const [applied, setApplied] = useState<ReferenceApplied | null>(null);
  const [formKey, setFormKey] = useState(0);
  const card = useRef<HTMLElement>(null);
  const previewArea = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if ((history.state as { section?: string } | null)?.section === referenceSection) card.current?.scrollIntoView();
  }, []);
  useEffect(() => {
    if (preview) previewArea.current?.scrollIntoView({ block: 'start' });
  }, [preview]);

  const busy = previewImport.busy || previewRemoval.busy || apply.busy;
  const start = () => {
    setApplied(null);
    apply.reset();
  };
  async function previewFile(request: ImportRequest) {
    start();
    previewRemoval.reset();
    setPreview((await previewImport.run(request)) ?? null);
  }
  async function previewRemove(id: string) {
    start();
    previewImport.reset();
    setPreview((await previewRemoval.run({ id })) ?? null);
  }
  async function applyPreview() {
    if (!preview) return;
    const result = await apply.run({ previewId: preview.previewId });
    if (!result) return;
    setApplied(result);
    setPreview(null);
    setFormKey((k) => k + 1);
    void tables.refetch();
  }

  const freshness = tables.data?.freshness;
  return (
    <section className="card" id={referenceSection} aria-labelledby="reference-data-title" ref={card}>
      <h2 id="reference-data-title" className="card-title">
        Reference data
      </h2>
      <p className="muted">
        Whether a line needs a licence depends on the HTS revision in force on its import date. USITC publishes several
        revisions a year; import each as it is published (hts.usitc.gov, Export, CSV or JSON), the Census Schedule D
        port list (dist.txt) when Census produces a new one, and CBP's port code list (the ACE Appendix E - Schedule D
        PDF) when CBP publishes a new one. The tables bundled with the app stay; imported ones are added beside them.
      </p>
      {freshness ? (
        freshness.stale ? (
          <p className="banner banner-warning" data-testid="reference-freshness">
            {freshness.inForce.label} is in force today, and the newest revision the app has ({freshness.newest.label},{' '}
            {displayDate(freshness.newest.sourceDate)}) is {freshness.ageDays} days old, more than the {staleAfterDays}{' '}
            the app trusts. Download the current revision from hts.usitc.gov and import it below.
          </p>
        ) : (
          <p className="banner banner-info" data-testid="reference-freshness">
            {freshness.inForce.label} is in force today; the newest revision the app has is {freshness.newest.label} (
            {freshness.ageDays} days old).
          </p>
        )
      ) : null}
      <ErrorBanner message={tables.error?.message} />
      {tables.data ? (
        <ReferenceTableList tables={tables.data.tables} busy={busy} onRemove={(t) => void previewRemove(t.id)} />
      ) : (
        <p className="muted">Loading…</p>
      )}
      {applied ? <ReferenceAppliedSummary applied={applied} /> : null}
      <h3 className="reference-subtitle">Import an HTS revision or a port list</h3>
      <ReferenceImportForm key={formKey} busy={busy} onPreview={(request) => void previewFile(request)} />
      <ErrorBanner message={previewImport.error?.message ?? previewRemoval.error?.message ?? apply.error?.message} />
      <div ref={previewArea}>
        {preview ? (
          <ReferencePreviewPanel
            preview={preview}
            busy={busy}
            onApply={() => void applyPreview()}
            onCancel={() => setPreview(null)}
          />
        ) : null}
      </div>
    </section>
  );
}

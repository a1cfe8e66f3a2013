import { useState } from 'react';
import { Button, Group, Input, Label, NumberField } from 'react-aria-components';
import { Link } from 'wouter';

import { useRpc } from '#renderer/api/client-context';
import { useAction } from '#renderer/api/use-action';
import { Card } from '#renderer/components/card';
import { ErrorBanner } from '#renderer/components/error-banner';
import { PageHeader } from '#renderer/components/page-header';
import { StatusBadge } from '#renderer/components/status-badge';
import { DataTable, unseen } from '#renderer/components/table-head';
import { notify } from '#renderer/components/toasts';
import type { FileCheck } from '#shared/contract/suppliers/documents';
import { displayDate } from '#shared/dates/iso-date';
import { formatHts } from '#shared/reference/hts';
import {
  type DependentLicence,
  type ProductCompliance,
  productEvidenceStateLabels,
  productEvidenceStates,
} from '#shared/suppliers/compliance-schema';
import { documentTypeLabels } from '#shared/suppliers/document-schema';
import { requestStatusLabels } from '#shared/suppliers/request-schema';
import { countOf, pluralWord } from '#shared/text/plural';

import { EvidenceStrengthBadge } from './evidence-strength-badge';
import { SuppliersNav } from './suppliers-nav';

import '#renderer/styles/suppliers.css';

function Licences({ licences }: { licences: readonly DependentLicence[] }) {
  if (licences.length === 0) return <span className="muted">None</span>;
  return (
    <ul className="licence-links">
      {licences.map((l) => (
        <li key={l.id}>
          <Link href={`/licences/${l.id}`}>{l.reference || 'Untitled licence'}</Link> <StatusBadge status={l.status} />
          {l.expectedImportDate ? (
            <span className="muted small"> import {displayDate(l.expectedImportDate)}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The one click from a gap to the document form, with the product already chosen. */
function GapAction({ row }: { row: ProductCompliance }) {
  if (row.state === 'ok') {
    return row.document ? (
      <Link href={`/suppliers/${row.supplierId}/documents/${row.document.id}`} className="button button-quiet">
        View document
      </Link>
    ) : null;
  }
  return (
    <Link
      href={`/suppliers/${row.supplierId}/documents/new/${row.productId}`}
      className="button button-secondary"
      aria-label={`Add a document for ${row.description}`}
    >
      Add document
    </Link>
  );
}

function HorizonSetting({ days }: { days: number }) {
  const saveSettings = useAction('evidence.saveSettings');
  const [value, setValue] = useState(days);
  const save = async () => {
    if (await saveSettings.run({ expiringHorizonDays: value }))
      notify({ tone: 'success', title: `Looking ${value} days ahead for expiring documents` });
  };
  return (
    <form
      className="horizon-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <NumberField
        className="field field-compact field-narrow"
        value={value}
        onChange={setValue}
        minValue={1}
        maxValue={365}
        formatOptions={{ maximumFractionDigits: 0 }}
      >
        <Label className="field-label">Expiring within (days)</Label>
        <Group className="field-group">
          <Input className="field-input field-number" />
        </Group>
      </NumberField>
      <Button
        type="submit"
        className="button button-secondary"
        isDisabled={saveSettings.busy || value === days || !Number.isInteger(value)}
      >
        Apply
      </Button>
      <ErrorBanner message={saveSettings.error && `Not saved: ${saveSettings.error.message}`} />
    </form>
  );
}

/**
 * Where the evidence is thin: supplier products with no, expired, disagreeing or soon-expiring
 * documents, the licences still ahead that depend on them, and requests still unanswered.
 */
export function CompliancePage() {
  const report = useRpc('evidence.compliance', {}, { staleTime: 0 });
  const verifyFiles = useAction('documents.verifyFiles');
  const [check, setCheck] = useState<FileCheck | null>(null);
  const data = report.data;

  const verify = async () => {
    const outcome = await verifyFiles.run({});
    if (outcome) setCheck(outcome);
  };

  return (
    <>
      <PageHeader
        title="Suppliers & documents"
        subtitle={
          data
            ? `Compliance view as of ${displayDate(data.asOf)}: evidence behind each supplier product, judged on its usual smelt and cast countries.`
            : undefined
        }
        actions={
          <Button className="button button-secondary" onPress={() => void verify()} isDisabled={verifyFiles.busy}>
            Verify stored files
          </Button>
        }
      />
      <SuppliersNav />
      <ErrorBanner message={report.error?.message} />
      <ErrorBanner message={verifyFiles.error && `Files not checked: ${verifyFiles.error.message}`} />
      {check ? (
        check.damaged.length === 0 ? (
          <p className="banner banner-info" role="status">
            {check.checked === 1
              ? 'The attached file still matches'
              : `All ${countOf(check.checked, 'attached file')} still match`}{' '}
            the SHA-256 recorded when {pluralWord(check.checked, 'it was', 'they were')} attached.
          </p>
        ) : (
          <div className="banner banner-error" role="alert">
            <strong>
              {check.damaged.length} of {countOf(check.checked, 'attached file')} no longer{' '}
              {pluralWord(check.damaged.length, 'matches its', 'match their')} recorded SHA-256:
            </strong>
            <ul>
              {check.damaged.map((d) => (
                <li key={d.fileId}>
                  {d.supplierName}:{' '}
                  <Link href={`/suppliers/${d.supplierId}/documents/${d.documentId}`}>{d.fileName}</Link> (
                  {d.actual ? 'its content has changed' : 'it is missing from the store'})
                </li>
              ))}
            </ul>
          </div>
        )
      ) : null}
      {data ? (
        <>
          <div className="compliance-tiles" role="list" aria-label="Supplier products by evidence state">
            {productEvidenceStates.map((state) => (
              <div key={state} role="listitem" className={`compliance-tile tile-${state}`}>
                <span className="compliance-tile-count">{data.counts[state]}</span>
                <span className="compliance-tile-label">{productEvidenceStateLabels[state]}</span>
              </div>
            ))}
          </div>
          <section className="card" aria-labelledby="gaps-title">
            <div className="card-head">
              <h2 id="gaps-title" className="card-title">
                Supplier products
              </h2>
              <HorizonSetting key={data.horizonDays} days={data.horizonDays} />
            </div>
            {data.products.length === 0 ? (
              <p className="empty-state">
                No supplier products yet. Add suppliers and their products in the registry to see their evidence here.
              </p>
            ) : null}
            {data.products.length > 0 ? (
              <div className="table-scroll">
                <DataTable
                  className="data-table compliance-table table-sticky-first"
                  columns={['Product', 'Evidence', 'What is on file', 'Licences depending on it', unseen('Action')]}
                  rows={data.products}
                  row={(row) => (
                    <tr key={row.productId} data-testid={`compliance-${row.description}`} data-state={row.state}>
                      <th scope="row">
                        <span className="cell-title-wrap">{row.description}</span>
                        <span className="cell-sub-wrap">
                          <Link href={`/suppliers/${row.supplierId}`}>{row.supplierName}</Link>
                          {row.htsCode ? ` · ${formatHts(row.htsCode)}` : ''}
                        </span>
                      </th>
                      <td>
                        <span className={`pill state-${row.state}`}>{productEvidenceStateLabels[row.state]}</span>
                        <EvidenceStrengthBadge strength={row.strength} />
                      </td>
                      <td className="cell-detail">{row.detail}</td>
                      <td>
                        <Licences licences={row.licences} />
                      </td>
                      <td>
                        <GapAction row={row} />
                      </td>
                    </tr>
                  )}
                />
              </div>
            ) : null}
          </section>
          {data.documents.length > 0 ? (
            <section className="card" aria-labelledby="lapsing-title">
              <h2 id="lapsing-title" className="card-title">
                Documents expired or expiring by {displayDate(data.horizonDate)}
              </h2>
              <ul className="item-list">
                {data.documents.map((d) => (
                  <li key={d.id} className="item">
                    <div className="item-main">
                      <Link href={`/suppliers/${d.supplierId}/documents/${d.id}`} className="item-title row-link">
                        {documentTypeLabels[d.type]}
                        {d.reference ? ` ${d.reference}` : ''}
                      </Link>
                      <span className="item-sub">
                        {d.supplierName} · {d.state === 'expired' ? 'expired' : 'valid until'}{' '}
                        {displayDate(d.validUntil)}
                      </span>
                    </div>
                    <Licences licences={d.licences} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {data.requests.length > 0 ? (
            <Card titleId="open-requests-title" title="Declaration requests awaiting an answer">
              <ul className="item-list">
                {data.requests.map((r) => (
                  <li key={r.id} className="item">
                    <div className="item-main">
                      <Link href={`/suppliers/${r.supplierId}`} className="item-title row-link">
                        {r.supplierName}
                      </Link>
                      <span className="item-sub">
                        Prepared {displayDate(r.createdOn)}
                        {r.sentOn ? `, sent ${displayDate(r.sentOn)}` : ''} · due {displayDate(r.dueOn)}
                      </span>
                    </div>
                    <span className={`pill request-${r.overdue ? 'overdue' : r.status}`}>
                      {requestStatusLabels[r.overdue ? 'overdue' : r.status]}
                    </span>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
          {data.suppliersWithoutProducts.length > 0 ? (
            <Card titleId="no-products-title" title="Suppliers with no products registered">
              <p className="muted small">Nothing can be judged for them until their products are added.</p>
              <ul className="plain-list">
                {data.suppliersWithoutProducts.map((s) => (
                  <li key={s.id}>
                    <Link href={`/suppliers/${s.id}`}>{s.name}</Link>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </>
      ) : (
        <p className="muted">Loading…</p>
      )}
    </>
  );
}

import { useState } from 'react';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue } from 'react-aria-components';

import { useRpc } from '#renderer/api/client-context';
import { ErrorBanner } from '#renderer/components/error-banner';
import { PageHeader } from '#renderer/components/page-header';
import { DataTable, numeric } from '#renderer/components/table-head';

import { AuditEntryRow } from './audit-entry-row';
import { auditEntityLabels } from './audit-labels';
import { AuditVerificationBanner } from './audit-verification-banner';

import '#renderer/styles/records-trust.css';

const pageSize = 50;
const entityOptions = [
  { id: '', label: 'All records' },
  ...Object.entries(auditEntityLabels).map(([id, label]) => ({ id, label })),
];

/** Every change, newest first, and whether the hash chain behind them still verifies. */
export function AuditPage() {
  const [entity, setEntity] = useState('');
  const [offset, setOffset] = useState(0);
  const verification = useRpc('audit.verify', {}, { staleTime: 0 });
  const page = useRpc('audit.list', { entity, offset, limit: pageSize });
  const total = page.data?.total ?? 0;
  const shownTo = Math.min(offset + pageSize, total);

  return (
    <>
      <PageHeader
        title="Audit trail"
        subtitle="Every change to licences, supplier documents, suppliers and settings: what changed, from what to what, when and under which filer profile. The app only ever adds to it."
      />
      <AuditVerificationBanner
        result={verification.data}
        checking={verification.isFetching}
        onVerify={() => {
          // The list is re-read too: what it shows should be what was just verified.
          void verification.refetch();
          void page.refetch();
        }}
      />
      <ErrorBanner message={verification.error?.message} />

      <section className="card" aria-labelledby="audit-entries-title">
        <div className="trust-card-head">
          <h2 id="audit-entries-title" className="card-title">
            Entries
          </h2>
          <Select
            className="field field-compact trust-filter"
            selectedKey={entity}
            onSelectionChange={(key) => {
              setEntity(String(key));
              setOffset(0);
            }}
          >
            <Label className="field-label">Show</Label>
            <Button className="select-button">
              <SelectValue />
              <span aria-hidden="true">▾</span>
            </Button>
            <Popover className="popover">
              <ListBox className="listbox" items={entityOptions}>
                {(item) => (
                  <ListBoxItem id={item.id} className="listbox-item">
                    {item.label}
                  </ListBoxItem>
                )}
              </ListBox>
            </Popover>
          </Select>
        </div>
        <ErrorBanner message={page.error?.message} />
        {page.data && page.data.items.length === 0 ? <p className="muted">No entries yet.</p> : null}
        {page.data && page.data.items.length > 0 ? (
          <div className="table-scroll">
            <DataTable
              className="trust-table audit-table"
              caption="Audit trail entries, newest first"
              columns={[numeric('#'), 'When', 'Filer profile', 'Record', 'What happened', 'Changes']}
              rows={page.data.items}
              row={(entry) => <AuditEntryRow key={entry.seq} entry={entry} />}
            />
          </div>
        ) : null}
        {total > 0 ? (
          <nav className="trust-pager" aria-label="Audit pages">
            <span className="muted">
              Entries {(offset + 1).toLocaleString()}–{shownTo.toLocaleString()} of {total.toLocaleString()}
            </span>
            <Button
              className="button button-secondary"
              isDisabled={offset === 0}
              onPress={() => setOffset(Math.max(0, offset - pageSize))}
            >
              Newer
            </Button>
            <Button
              className="button button-secondary"
              isDisabled={shownTo >= total}
              onPress={() => setOffset(offset + pageSize)}
            >
              Older
            </Button>
          </nav>
        ) : null}
      </section>
    </>
  );
}

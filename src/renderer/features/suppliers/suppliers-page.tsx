import { useDeferredValue, useState } from 'react';
import { Button, Input, Label, SearchField } from 'react-aria-components';
import { Link, useLocation } from 'wouter';

import { useRpc } from '#renderer/api/client-context';
import { ErrorBanner } from '#renderer/components/error-banner';
import { PageHeader } from '#renderer/components/page-header';
import { DataTable, numeric } from '#renderer/components/table-head';
import { countryName } from '#shared/reference/countries';
import { supplierRoleLabels } from '#shared/suppliers/supplier-schema';
import { countOf } from '#shared/text/plural';

import { SuppliersNav } from './suppliers-nav';

import '#renderer/styles/suppliers.css';

/** The supplier registry: who makes, exports, smelts or casts the metal, and what is on file for each. */
export function SuppliersPage() {
  const [, navigate] = useLocation();
  const [text, setText] = useState('');
  const search = useDeferredValue(text);
  const suppliers = useRpc('suppliers.list', { text: search });
  const rows = suppliers.data ?? [];

  return (
    <>
      <PageHeader
        title="Suppliers & documents"
        subtitle="Who makes and smelts your metal, the documents that prove its smelt and cast countries, and the requests sent to get them."
        actions={
          <Button className="button button-primary" onPress={() => navigate('/suppliers/new')}>
            New supplier
          </Button>
        }
      />
      <SuppliersNav />
      <section className="card" aria-labelledby="registry-title">
        <div className="card-head">
          <h2 id="registry-title" className="card-title">
            Supplier registry
          </h2>
          <SearchField
            className="field field-compact supplier-search"
            value={text}
            onChange={setText}
            aria-label="Search suppliers"
          >
            <Label className="visually-hidden">Search suppliers</Label>
            <Input className="field-input" placeholder="Search by name" />
          </SearchField>
        </div>
        <ErrorBanner message={suppliers.error?.message} />
        {suppliers.isSuccess && rows.length === 0 ? (
          <p className="empty-state">
            {search
              ? `No supplier matches "${search}".`
              : 'No suppliers yet. Add the manufacturers, smelters and cast houses your metal comes from; then record their products and documents.'}
          </p>
        ) : null}
        {rows.length > 0 ? (
          <div className="table-scroll">
            <DataTable
              className="data-table table-sticky-first"
              columns={['Supplier', 'Role', 'Country', numeric('Products'), numeric('Documents'), 'Waiting on']}
              rows={rows}
              row={(s) => (
                <tr key={s.id} data-testid={`supplier-row-${s.name}`}>
                  <th scope="row">
                    <Link href={`/suppliers/${s.id}`} className="row-link">
                      {s.name}
                    </Link>
                  </th>
                  <td>{s.roles.map((r) => supplierRoleLabels[r]).join(', ')}</td>
                  <td>{countryName(s.country)}</td>
                  <td className="cell-number">{s.productCount}</td>
                  <td className="cell-number">{s.documentCount}</td>
                  <td>
                    {s.reviewCount > 0 ? <span className="pill pill-warning">{s.reviewCount} to review</span> : null}
                    {s.openRequestCount > 0 ? (
                      <span className="pill pill-info">{countOf(s.openRequestCount, 'request')} open</span>
                    ) : null}
                    {s.reviewCount === 0 && s.openRequestCount === 0 ? <span className="muted">—</span> : null}
                  </td>
                </tr>
              )}
            />
          </div>
        ) : null}
      </section>
    </>
  );
}

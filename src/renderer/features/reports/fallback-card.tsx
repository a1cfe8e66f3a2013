import { useState } from 'react';
import { Input, Label, SearchField } from 'react-aria-components';
import { Link } from 'wouter';
import { displayDate } from '../../../shared/dates/iso-date';
import { fallbackEmailAddress, fallbackEmailSubject } from '../../../shared/reports/fallback-form';
import { fallbackRoute, summariesRoute } from '../../../shared/reports/report-selection';
import { useRpc } from '../../api/client-context';
import { StatusBadge } from '../../components/status-badge';
import { ErrorBanner } from '../../components/error-banner';
import { Card } from '../../components/card';

/** Find a licence and open its ITA-4142a fallback form (or its summary). */
export function FallbackCard() {
  const [text, setText] = useState('');
  const found = useRpc('licences.list', { text, limit: 6, sort: 'updatedAt', direction: 'desc' });
  return (
    <Card titleId="fallback-title" title="Fallback form (ITA-4142a)">
      <p className="muted">
        When the portal is down and a shipment is due: the licence application fields of Form ITA-4142a pre-filled from
        a licence, countries spelled out, to save as PDF and e-mail to {fallbackEmailAddress} with the subject “
        {fallbackEmailSubject}” (ITA's instructions). The page layout is this app's own, not ITA's PDF.
      </p>
      <SearchField className="field" value={text} onChange={setText}>
        <Label className="field-label">Find a licence</Label>
        <Input className="field-input" placeholder="Reference, importer, exporter, HTS…" />
      </SearchField>
      <ErrorBanner message={found.error?.message} />
      <ul className="reports-list" aria-label="Licences found">
        {(found.data?.items ?? []).map((licence) => (
          <li key={licence.id}>
            <span>
              <strong>{licence.reference || 'Untitled licence'}</strong>{' '}
              <span className="muted small">{licence.importerName}</span>
              <span className="muted small">
                {' '}
                · import {licence.expectedImportDate ? displayDate(licence.expectedImportDate) : 'date not set'}
              </span>{' '}
              <StatusBadge status={licence.status} kind={licence.licenceKind} />
            </span>
            <span className="reports-actions">
              <Link
                href={fallbackRoute(licence.id)}
                className="button button-secondary button-compact"
                aria-label={`Fallback form for ${licence.reference || 'untitled licence'}`}
              >
                Fallback form
              </Link>
              <Link
                href={summariesRoute({ ids: [licence.id] })}
                className="button button-quiet button-compact"
                aria-label={`Summary of ${licence.reference || 'untitled licence'}`}
              >
                Summary
              </Link>
            </span>
          </li>
        ))}
      </ul>
      {found.data && found.data.items.length === 0 ? <p className="muted">No licence matches.</p> : null}
    </Card>
  );
}

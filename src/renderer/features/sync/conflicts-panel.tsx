import { Button } from 'react-aria-components';

import { useRpc } from '#renderer/api/client-context';
import { useAction } from '#renderer/api/use-action';
import { ErrorBanner } from '#renderer/components/error-banner';
import { notify } from '#renderer/components/toasts';
import { countryName } from '#shared/reference/countries';
import type { PortalLicenceContent } from '#shared/sync/portal-protocol';
import type { SyncConflict } from '#shared/sync/sync-model';
import { countOf } from '#shared/text/plural';

const headerFields: [keyof PortalLicenceContent, string][] = [
  ['importerName', 'Importer name'],
  ['importerNumber', 'Importer number'],
  ['exporterName', 'Exporter name'],
  ['countryOfOrigin', 'Country of origin'],
  ['countryOfExport', 'Country of export'],
  ['portOfEntry', 'Port of entry'],
  ['expectedExportDate', 'Expected export date'],
  ['expectedImportDate', 'Expected import date'],
  ['entryNumber', 'Entry number'],
];

const show = (field: keyof PortalLicenceContent, content: PortalLicenceContent | null): string => {
  if (!content) return '';
  const value = content[field];
  return field.startsWith('country') ? countryName(String(value)) : String(value);
};

function Differences({ conflict }: { conflict: SyncConflict }) {
  const mine = conflict.mine.licence;
  const portal = conflict.portal.licence;
  const rows = headerFields.filter(([field]) => show(field, mine) !== show(field, portal));
  const linesDiffer = mine !== null && JSON.stringify(mine.lines) !== JSON.stringify(portal.lines);
  return (
    <table className="data-table compact" aria-label={`Differences for ${conflict.reference}`}>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Mine (version {conflict.mine.baseVersion} + my change)</th>
          <th scope="col">Portal (version {conflict.portal.version})</th>
        </tr>
      </thead>
      <tbody>
        {conflict.op === 'cancel' ? (
          <tr>
            <th scope="row">Request</th>
            <td>Cancel: {conflict.mine.cancelReason}</td>
            <td>Status {conflict.portal.status}</td>
          </tr>
        ) : null}
        {rows.map(([field, label]) => (
          <tr key={field}>
            <th scope="row">{label}</th>
            <td>{show(field, mine)}</td>
            <td>{show(field, portal)}</td>
          </tr>
        ))}
        {linesDiffer ? (
          <tr>
            <th scope="row">Product lines</th>
            <td>{mine ? countOf(mine.lines.length, 'line') : ''}</td>
            <td>{countOf(portal.lines.length, 'line')}, different</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}

/** Disagreements with the portal, judged by version: both copies side by side, the user chooses. */
export function ConflictsPanel() {
  const conflicts = useRpc('sync.conflicts', {});
  const resolveConflict = useAction('sync.resolveConflict');
  if (!conflicts.data || conflicts.data.length === 0) return null;
  const resolve = async (conflict: SyncConflict, keep: 'mine' | 'portal') => {
    if (!(await resolveConflict.run({ id: conflict.id, keep }))) return;
    notify({
      tone: 'success',
      title: keep === 'mine' ? "Your version will be sent on top of the portal's" : "The portal's version was kept",
    });
  };
  return (
    <section className="card card-attention" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title" className="card-title">
        Changed on the portal meanwhile ({conflicts.data.length})
      </h2>
      <p className="muted">
        These licences were changed on the portal after your change was prepared. Both versions are kept until you
        choose.
      </p>
      <ErrorBanner message={resolveConflict.error?.message} />
      {conflicts.data.map((conflict) => (
        <article key={conflict.id} className="conflict" aria-label={`Conflict on ${conflict.reference}`}>
          <h3 className="conflict-title">{conflict.reference || conflict.licenceId.slice(-8)}</h3>
          <Differences conflict={conflict} />
          <div className="row-actions">
            <Button className="button button-secondary" onPress={() => void resolve(conflict, 'portal')}>
              Keep the portal's version
            </Button>
            <Button className="button button-primary" onPress={() => void resolve(conflict, 'mine')}>
              Send mine again
            </Button>
          </div>
        </article>
      ))}
    </section>
  );
}

import { useState } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { Link } from 'wouter';

import { useRpc } from '#renderer/api/client-context';
import { oneBanner, useAction } from '#renderer/api/use-action';
import { ErrorBanner } from '#renderer/components/error-banner';
import { notify } from '#renderer/components/toasts';
import { useSaveFile } from '#renderer/files/files-context';
import { displayDate } from '#shared/dates/iso-date';
import { maxPageSize } from '#shared/limits';
import { countOf } from '#shared/text/plural';

import { heldNote } from './format';

function Tick({ selected, onChange, label }: { selected: boolean; onChange: (v: boolean) => void; label: string }) {
  return (
    <Checkbox isSelected={selected} onChange={onChange} aria-label={label} className="checkbox">
      <span className="checkbox-box" aria-hidden="true">
        ✓
      </span>
    </Checkbox>
  );
}

/** Licences marked ready: queue them for sync, export them for the bulk upload, or file one by hand. */
export function ReadyList() {
  const saveFile = useSaveFile();
  const ready = useRpc('licences.list', {
    statuses: ['ready'],
    sort: 'expectedImportDate',
    direction: 'asc',
    limit: maxPageSize,
  });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const items = ready.data?.items ?? [];
  const chosen = items.filter((l) => selected.has(l.id)).map((l) => l.id);
  const all = items.length > 0 && chosen.length === items.length;

  const queueAction = useAction('sync.queue');
  const exportAction = useAction('sync.exportBulk');
  const actions = oneBanner([queueAction, exportAction]);
  const queue = async () => {
    const outcome = await actions.start(queueAction).run({ ids: chosen });
    if (!outcome) return;
    setSelected(new Set());
    notify({
      tone: outcome.refused.length > 0 ? 'info' : 'success',
      title: `${outcome.changed.length} queued for the portal`,
      detail:
        outcome.refused.length > 0
          ? `${outcome.refused.length} not queued: ${outcome.refused[0]!.message}`
          : outcome.held.length > 0
            ? heldNote(outcome.held)
            : 'They are sent at the next sync, or now with "Sync now".',
    });
  };
  const exportBulk = async () => {
    const file = await actions.start(exportAction).run({ ids: chosen });
    if (!file) return;
    const saved = await saveFile('bulk-upload', {
      fileName: file.fileName,
      mediaType: 'text/csv;charset=utf-8',
      content: { text: file.content },
    });
    if (!saved) return;
    notify({
      tone: 'success',
      title: `Bulk-upload file with ${countOf(file.licences, 'licence')}, ${countOf(file.rows, 'row')}`,
      detail: "Check its columns against the portal's template before the first upload.",
    });
  };

  return (
    <section aria-labelledby="ready-title">
      <div className="sync-toolbar">
        <h2 id="ready-title" className="card-title">
          Ready to file
        </h2>
        <div className="row-actions" role="group" aria-label="Actions on selected licences">
          <Button
            className="button button-primary"
            isDisabled={actions.busy || chosen.length === 0}
            onPress={() => void queue()}
          >
            Queue for sync{chosen.length > 0 ? ` (${chosen.length})` : ''}
          </Button>
          <Button
            className="button button-secondary"
            isDisabled={actions.busy || chosen.length === 0}
            onPress={() => void exportBulk()}
          >
            Export bulk-upload file
          </Button>
        </div>
      </div>
      <ErrorBanner message={actions.message} />
      {items.length === 0 ? (
        <p className="muted">
          No licence is marked ready to file. Mark licences ready in the register, then queue them here.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" aria-label="Licences ready to file">
            <thead>
              <tr>
                <th scope="col" className="tick">
                  <Tick
                    selected={all}
                    onChange={(v) => setSelected(v ? new Set(items.map((l) => l.id)) : new Set())}
                    label="Select all ready licences"
                  />
                </th>
                <th scope="col">Reference</th>
                <th scope="col">Importer</th>
                <th scope="col">Expected import</th>
                <th scope="col" className="num">
                  Lines
                </th>
                <th scope="col">
                  <span className="visually-hidden">File by hand</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((licence) => {
                const name = licence.reference || licence.id.slice(-8);
                return (
                  <tr key={licence.id}>
                    <td className="tick">
                      <Tick
                        selected={selected.has(licence.id)}
                        onChange={(v) =>
                          setSelected((s) => {
                            const next = new Set(s);
                            if (v) next.add(licence.id);
                            else next.delete(licence.id);
                            return next;
                          })
                        }
                        label={`Select ${name}`}
                      />
                    </td>
                    <td>
                      <Link href={`/licences/${licence.id}`}>{name}</Link>
                    </td>
                    <td>{licence.importerName}</td>
                    <td>{displayDate(licence.expectedImportDate)}</td>
                    <td className="num">{licence.lineCount}</td>
                    <td>
                      <Link
                        href={`/sync/manual/${licence.id}`}
                        className="button button-quiet button-small"
                        aria-label={`File ${name} by hand`}
                      >
                        File by hand
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

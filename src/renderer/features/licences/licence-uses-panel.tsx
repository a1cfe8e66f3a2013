import { useState } from 'react';
import { Button } from 'react-aria-components';

import { useAction } from '#renderer/api/use-action';
import { ConfirmDialog } from '#renderer/components/confirm-dialog';
import { ErrorBanner } from '#renderer/components/error-banner';
import { notify } from '#renderer/components/toasts';
import { formatKg, formatUsd } from '#renderer/format/numbers';
import { displayDate } from '#shared/dates/iso-date';
import { formatEntryNumber } from '#shared/licences/entry-number';
import type { Licence } from '#shared/licences/licence-schema';
import { totalsOfUse } from '#shared/licences/licence-use';

import '#renderer/styles/licence-uses.css';

/** The customs entries a licence was used on, with their dates of importation and what each carried. */
export function LicenceUsesPanel({ licence, lowValueLimitUsd }: { licence: Licence; lowValueLimitUsd: number }) {
  const takeBack = useAction('licences.removeUse');
  const [asking, setAsking] = useState<string | null>(null);
  if (licence.uses.length === 0) return null;
  const lowValue = licence.licenceKind === 'low-value';
  const asked = licence.uses.find((use) => use.id === asking);

  const confirmTakeBack = async () => {
    const use = asked;
    setAsking(null);
    if (!use) return;
    const saved = await takeBack.run({ id: licence.id, useId: use.id });
    if (saved) notify({ tone: 'success', title: `Entry ${formatEntryNumber(use.entryNumber)} taken back` });
  };

  return (
    <section className="card licence-uses" aria-labelledby="licence-uses-title">
      <h2 id="licence-uses-title" className="card-title">
        {lowValue ? `Used on ${licence.uses.length} entr${licence.uses.length === 1 ? 'y' : 'ies'}` : 'Used on entry'}
      </h2>
      {lowValue ? (
        <p className="muted small">
          A low-value licence is reusable until it expires
          {licence.validThrough ? ` (${displayDate(licence.validThrough)})` : ''}; each shipment must carry less than{' '}
          {formatUsd(lowValueLimitUsd, 0)} of aluminum.
        </p>
      ) : null}
      <table className="data-table" aria-label="Customs entries">
        <thead>
          <tr>
            <th scope="col">Entry</th>
            <th scope="col">Date of importation</th>
            <th scope="col" className="num">
              Quantity
            </th>
            <th scope="col" className="num">
              Value
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {licence.uses.map((use) => {
            const totals = totalsOfUse(use);
            const over = lowValue && totals.valueUsd >= lowValueLimitUsd;
            return (
              <tr key={use.id}>
                <td className="cell-mono">{formatEntryNumber(use.entryNumber)}</td>
                <td>
                  {displayDate(use.importDate)}
                  {use.note ? <span className="muted small"> · {use.note}</span> : null}
                </td>
                <td className="num">{formatKg(totals.quantityKg)}</td>
                <td className="num">
                  {formatUsd(totals.valueUsd)}
                  {over ? <span className="use-over"> over the low-value limit</span> : null}
                </td>
                <td>
                  <Button className="button button-quiet button-small" onPress={() => setAsking(use.id)}>
                    Take back
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <ErrorBanner message={takeBack.error?.message} />
      <ConfirmDialog
        isOpen={asked !== undefined}
        title="Take back this entry record?"
        confirmLabel="Take back"
        onConfirm={() => void confirmTakeBack()}
        onCancel={() => setAsking(null)}
      >
        {asked
          ? `Entry ${formatEntryNumber(asked.entryNumber)} (imported ${displayDate(asked.importDate)}) is removed from this licence, for a record made by mistake. The audit trail keeps it.`
          : null}
      </ConfirmDialog>
    </section>
  );
}

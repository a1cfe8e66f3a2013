import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';

import { useAction } from '#renderer/api/use-action';
import { ErrorBanner } from '#renderer/components/error-banner';
import { DateInputField, NumberInputField, TextInputField } from '#renderer/components/form-fields';
import { notify } from '#renderer/components/toasts';
import { formatUsd } from '#renderer/format/numbers';
import { displayDate, localIsoDate } from '#shared/dates/iso-date';
import type { Licence } from '#shared/licences/licence-schema';
import { isoDateSchema } from '#shared/licences/licence-use';
import { formatHts } from '#shared/reference/hts';

import '#renderer/styles/licence-uses.css';

const amount = (what: string) =>
  z
    .number({ error: `Enter the ${what} entered (0 if this line was not on the entry).` })
    .nullable()
    .refine((value) => value !== null && value >= 0, { error: `Enter the ${what} entered (0 or more).` });

const formSchema = z.object({
  entryNumber: z.string().trim().min(1, { error: 'Entry number is required: filer code, 7 digits, check digit.' }),
  importDate: isoDateSchema,
  lines: z.array(z.object({ lineId: z.string(), quantityKg: amount('kilograms'), valueUsd: amount('value') })),
  note: z.string().trim().max(500, { error: 'At most 500 characters.' }),
});
type FormValues = z.infer<typeof formSchema>;

/**
 * Records the customs entry a licence was used on: entry number, the actual date of importation
 * (what validity is judged by) and what was entered per product line, filled in from the licence.
 */
export function RecordUseDialog({
  licence,
  lowValueLimitUsd,
  isOpen,
  onClose,
}: {
  licence: Licence;
  lowValueLimitUsd: number;
  isOpen: boolean;
  onClose: () => void;
}) {
  const record = useAction('licences.recordUse');
  const { control, handleSubmit, reset } = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: {
      entryNumber: '',
      importDate: localIsoDate(new Date()),
      lines: licence.lines.map((line) => ({ lineId: line.id, quantityKg: line.quantityKg, valueUsd: line.valueUsd })),
      note: '',
    },
  });
  const entered = useWatch({ control, name: 'lines' });
  const totalValue = entered.reduce((sum, line) => sum + (line.valueUsd ?? 0), 0);
  const lowValue = licence.licenceKind === 'low-value';

  const close = () => {
    record.reset();
    reset();
    onClose();
  };
  const onSubmit = handleSubmit(async (values) => {
    const saved = await record.run({
      id: licence.id,
      entryNumber: values.entryNumber,
      importDate: values.importDate,
      lines: values.lines.map((line) => ({
        lineId: line.lineId,
        quantityKg: line.quantityKg ?? 0,
        valueUsd: line.valueUsd ?? 0,
      })),
      note: values.note,
    });
    if (!saved) return;
    notify({
      tone: 'success',
      title: `Entry ${values.entryNumber} recorded`,
      detail: lowValue ? 'The low-value licence stays usable for further entries until it expires.' : undefined,
    });
    close();
  });

  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => !open && close()} isDismissable>
      <Modal className="modal modal-wide">
        <Dialog className="dialog" aria-label="Record the customs entry">
          <Heading slot="title" className="dialog-title">
            Record the customs entry that used this licence
          </Heading>
          <p className="muted small">
            The licence is judged by the <strong>date of importation</strong>: it must fall inside the validity
            {licence.validFrom && licence.validThrough
              ? ` (${displayDate(licence.validFrom)} to ${displayDate(licence.validThrough)})`
              : ''}
            , even if the entry summary is filed later.
            {lowValue
              ? ` A low-value licence can be recorded on many entries; each shipment must carry less than ${formatUsd(lowValueLimitUsd, 0)} of aluminum.`
              : ' A regular licence covers one shipment.'}
          </p>
          <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Customs entry">
            <div className="grid grid-2">
              <TextInputField
                control={control}
                name="entryNumber"
                label="Entry number"
                placeholder="ABC-1234567-8"
                description="Filer code, 7 digits and check digit, as on the CBP 7501."
                isRequired
              />
              <DateInputField control={control} name="importDate" label="Date of importation" isRequired />
            </div>
            <table className="data-table use-lines">
              <caption className="visually-hidden">Quantities and values entered per product line</caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">HTS</th>
                  <th scope="col">Entered (kg)</th>
                  <th scope="col">Entered value (US$)</th>
                </tr>
              </thead>
              <tbody>
                {licence.lines.map((line, i) => (
                  <tr key={line.id}>
                    <td>{i + 1}</td>
                    <td className="cell-mono">{formatHts(line.htsCode)}</td>
                    <td>
                      <NumberInputField
                        control={control}
                        name={`lines.${i}.quantityKg`}
                        label={`Line ${i + 1} kilograms entered`}
                        className="field-compact"
                        maximumFractionDigits={3}
                      />
                    </td>
                    <td>
                      <NumberInputField
                        control={control}
                        name={`lines.${i}.valueUsd`}
                        label={`Line ${i + 1} value entered`}
                        className="field-compact"
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className={`small ${lowValue && totalValue >= lowValueLimitUsd ? 'banner banner-error' : 'muted'}`}>
              Aluminum on this entry under this licence: {formatUsd(totalValue)}
              {lowValue && totalValue >= lowValueLimitUsd
                ? ` — at or over the ${formatUsd(lowValueLimitUsd, 0)} low-value limit: the broker hand-off will refuse it.`
                : ''}
            </p>
            <TextInputField control={control} name="note" label="Note (optional)" />
            <ErrorBanner message={record.error?.message} />
            <div className="dialog-actions">
              <Button className="button button-secondary" onPress={close}>
                Back
              </Button>
              <Button type="submit" className="button button-primary" isDisabled={record.busy}>
                Record entry
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { Button } from 'react-aria-components';
import { useFieldArray, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { needLicenceQuestionSchema } from '../../../shared/contract/need-licence';
import { displayDate, isIsoDate, localIsoDate } from '../../../shared/dates/iso-date';
import { entryKindLabels, entryKinds } from '../../../shared/need-licence/need-licence';
import { useRpc } from '../../api/client-context';
import { CodePickerField } from '../../components/code-picker-field';
import { ErrorBanner } from '../../components/error-banner';
import { DateInputField, NumberInputField } from '../../components/form-fields';
import { PageHeader } from '../../components/page-header';
import { htsOptions, parseHtsText } from '../../reference/picker-options';
import { useReference } from '../../reference/use-reference';
import { NeedLicenceAnswerView } from './need-licence-answer';
import '../../styles/need-licence.css';
import { SubmitRow } from '../../components/submit-row';
import { SelectInputField } from '../../components/select-input-field';

type Question = z.output<typeof needLicenceQuestionSchema>;

const kindOptions = entryKinds.map((id) => ({ id, label: entryKindLabels[id] }));
const blankLine = { hts: '', valueUsd: null };

/** "Do I need a licence?": the kind of entry, its HTS lines and values in; the answer and its sources out. */
export function NeedLicencePage() {
  const { reference } = useReference();
  const [asked, setAsked] = useState<Question | null>(null);
  const answer = useRpc(
    'licences.needLicence',
    asked ?? { entryKind: 'consumption', lines: [blankLine], importDate: '' },
    {
      enabled: asked !== null,
      staleTime: 0,
    },
  );
  const { control, handleSubmit, watch } = useForm<Question>({
    resolver: zodResolver(needLicenceQuestionSchema),
    defaultValues: { entryKind: 'consumption', lines: [blankLine], importDate: '' },
  });
  const lines = useFieldArray({ control, name: 'lines' });
  const importDate = watch('importDate');
  const options = useMemo(
    () => (reference ? htsOptions(reference.htsOn(isIsoDate(importDate) ? importDate : localIsoDate(new Date()))) : []),
    [reference, importDate],
  );

  return (
    <>
      <PageHeader
        title="Do I need a licence?"
        subtitle="Whether an entry needs an AIM licence, from the kind of entry, its HTS numbers and their values. Every answer names its source."
      />
      <div className="need-layout">
        <form
          className="card need-form"
          aria-label="The entry"
          noValidate
          onSubmit={(e) => void handleSubmit((question) => setAsked(question))(e)}
        >
          <SelectInputField control={control} name="entryKind" label="Kind of entry" options={kindOptions} />
          <DateInputField
            control={control}
            name="importDate"
            label="Expected import date"
            description="Optional; today when empty. It picks the HTS revision in force."
          />
          <fieldset className="need-lines">
            <legend className="form-section-title">HTS lines</legend>
            {lines.fields.map((line, index) => (
              <div className="need-line" key={line.id}>
                <CodePickerField
                  control={control}
                  name={`lines.${index}.hts`}
                  label={`HTS number, line ${index + 1}`}
                  options={options}
                  parse={parseHtsText}
                  placeholder="e.g. 7606.12.30.35, or any other HTS"
                />
                <NumberInputField control={control} name={`lines.${index}.valueUsd`} label="Customs value (US$)" />
                {lines.fields.length > 1 ? (
                  <Button
                    className="button button-quiet"
                    onPress={() => lines.remove(index)}
                    aria-label={`Remove line ${index + 1}`}
                  >
                    Remove
                  </Button>
                ) : null}
              </div>
            ))}
            <Button className="button button-secondary" onPress={() => lines.append(blankLine)}>
              Add a line
            </Button>
          </fieldset>
          <SubmitRow label="Check" disabled={answer.isFetching} />
        </form>
        <section className="need-answer" aria-live="polite" aria-label="Answer">
          <ErrorBanner message={answer.error?.message} />
          {answer.data ? (
            <NeedLicenceAnswerView answer={answer.data} />
          ) : (
            <p className="muted">
              Choose the kind of entry, give its HTS numbers (and values, for the low-value licence), then Check.
              {reference ? ` Reference data as of ${displayDate(reference.asOf)}.` : ''}
            </p>
          )}
        </section>
      </div>
    </>
  );
}

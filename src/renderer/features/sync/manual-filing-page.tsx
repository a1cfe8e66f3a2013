import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { useLocation } from 'wouter';
import { recordManualSchema, type RecordManualInput } from '../../../shared/contract/sync';
import { draftOf } from '../../../shared/licence/licence-schema';
import { portalForm, type PortalFormField } from '../../../shared/sync/portal-form';
import { useRpc } from '../../api/client-context';
import { useAction } from '../../api/use-action';
import { DateInputField, TextInputField } from '../../components/form-fields';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { notify } from '../../components/toasts';
import { useReference } from '../../reference/use-reference';
import '../../styles/sync.css';
import { copyText } from './copy-text';
import { ErrorBanner } from '../../components/error-banner';
import { SubmitRow } from '../../components/submit-row';

function CopyRow({ field, id }: { field: PortalFormField; id: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const ok = await copyText(field.value);
    setCopied(ok);
    if (!ok)
      notify({ tone: 'error', title: 'Could not copy', detail: 'Select the value and press Ctrl+C (⌘C on a Mac).' });
    else setTimeout(() => setCopied(false), 1500);
  };
  return (
    <tr>
      <td className="form-number">{field.number}</td>
      <th scope="row" id={`${id}-label`}>
        {field.label}
        {field.note ? <span className="muted small field-note-text">{field.note}</span> : null}
      </th>
      <td className="copy-value" aria-labelledby={`${id}-label`}>
        {field.value === '' ? <span className="muted">(empty)</span> : field.value}
      </td>
      <td className="copy-cell">
        {field.value !== '' && field.copyable !== false ? (
          <Button
            className="button button-secondary button-small"
            onPress={() => void copy()}
            aria-label={`Copy ${field.label}`}
          >
            {copied ? 'Copied' : 'Copy'}
          </Button>
        ) : null}
      </td>
    </tr>
  );
}

function RecordNumberForm({ id, onDone }: { id: string; onDone: () => void }) {
  const recordManual = useAction('sync.recordManual');
  const { control, handleSubmit, formState } = useForm<RecordManualInput>({
    resolver: zodResolver(recordManualSchema),
    defaultValues: { id, licenceNumber: '', validFrom: '', validThrough: '' },
  });
  const onSubmit = handleSubmit(async (values) => {
    const recorded = await recordManual.run(values);
    if (!recorded) return;
    notify({
      tone: 'success',
      title: `Licence number ${recorded.licenceNumber} recorded`,
      detail: `Valid ${recorded.validFrom} to ${recorded.validThrough}.`,
    });
    onDone();
  });
  return (
    <form aria-label="Record the licence number" onSubmit={(e) => void onSubmit(e)} noValidate>
      <TextInputField
        control={control}
        name="licenceNumber"
        label="Licence number from the portal"
        description="1 to 20 letters and digits, exactly as the portal showed it."
      />
      <DateInputField control={control} name="validFrom" label="Valid from" description="Leave empty for today." />
      <DateInputField
        control={control}
        name="validThrough"
        label="Valid through"
        description="Leave empty for the validity in Settings."
      />
      <SubmitRow label="Record licence number" disabled={formState.isSubmitting} error={recordManual.error?.message} />
    </form>
  );
}

/**
 * "File by hand": one licence laid out in the portal web form's order, every value in the
 * portal's spelling (countries spelled out) with a copy button, then the number it issued.
 */
export function ManualFilingPage({ id }: { id: string }) {
  const [, navigate] = useLocation();
  const licence = useRpc('licences.get', { id }, { staleTime: 0 });
  const profile = useRpc('profile.get', {});
  const { reference, error } = useReference();
  if (licence.error || error) {
    return <ErrorBanner message={(licence.error ?? error)?.message} />;
  }
  if (!licence.data || !reference || profile.isLoading) return <p className="muted">Loading…</p>;
  const sections = portalForm(draftOf(licence.data), profile.data ?? null, reference);
  const canRecord = licence.data.status === 'ready' || licence.data.status === 'queued';
  return (
    <div className="manual-filing">
      <PageHeader
        title={`File by hand: ${licence.data.reference || 'untitled licence'}`}
        subtitle={
          <>
            <StatusBadge status={licence.data.status} kind={licence.data.licenceKind} /> Open the portal's licence form
            beside this page and copy each value in order.
          </>
        }
      />
      <div className="manual-layout">
        <div>
          {sections.map((section, s) => (
            <section key={section.title} className="card" aria-labelledby={`section-${s}`}>
              <h2 id={`section-${s}`} className="card-title">
                {section.title}
              </h2>
              {section.layoutNote ? <p className="muted small">{section.layoutNote}</p> : null}
              <table className="data-table portal-form" aria-label={section.title}>
                <thead className="visually-hidden">
                  <tr>
                    <th scope="col">Form field</th>
                    <th scope="col">Label</th>
                    <th scope="col">Value</th>
                    <th scope="col">Copy</th>
                  </tr>
                </thead>
                <tbody>
                  {section.fields.map((field, f) => (
                    <CopyRow key={`${field.number}-${field.label}`} field={field} id={`f-${s}-${f}`} />
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </div>
        <aside className="side-panel" aria-label="Record the result">
          <h2 className="side-title">After submitting on the portal</h2>
          {licence.data.licenceNumber ? (
            <p>
              Recorded licence number <strong className="cell-mono">{licence.data.licenceNumber}</strong>.
            </p>
          ) : canRecord ? (
            <RecordNumberForm id={id} onDone={() => navigate(`/licences/${id}`)} />
          ) : (
            <p className="muted">This licence is not ready to file, so no number can be recorded for it.</p>
          )}
        </aside>
      </div>
    </div>
  );
}

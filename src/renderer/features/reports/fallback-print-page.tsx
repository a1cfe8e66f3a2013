import { Button } from 'react-aria-components';

import { useRpc } from '#renderer/api/client-context';
import { ErrorBanner } from '#renderer/components/error-banner';
import { notify } from '#renderer/components/toasts';
import { useReference } from '#renderer/reference/use-reference';
import { localIsoDate } from '#shared/dates/iso-date';
import { type FallbackForm, fallbackForm } from '#shared/reports/fallback-form';
import { fallbackRoute } from '#shared/reports/report-selection';

import { PrintSheet } from './licence-summary-sheet';
import { PrintFrame } from './print-frame';

async function copy(text: string, what: string) {
  try {
    await navigator.clipboard.writeText(text);
    notify({ tone: 'success', title: `${what} copied` });
  } catch {
    notify({ tone: 'error', title: 'Could not copy', detail: 'Select the text and press Ctrl+C (⌘C on a Mac).' });
  }
}

/** Screen only: where the saved form goes and with what subject. */
function SendInstructions({ form }: { form: FallbackForm }) {
  return (
    <aside className="print-instructions" aria-label="How to send the form">
      <p>
        <strong>Portal down and a shipment due?</strong> Save this form as PDF (or print, sign and scan it) and e-mail
        it to <span className="print-mono">{form.emailTo}</span> with the subject “{form.subject}” (as{' '}
        {form.subjectSource} ask).
      </p>
      <p className="small">{form.layoutNote}</p>
      <div className="print-instructions-actions">
        <Button className="button button-secondary button-compact" onPress={() => void copy(form.emailTo, 'Address')}>
          Copy address
        </Button>
        <Button className="button button-secondary button-compact" onPress={() => void copy(form.subject, 'Subject')}>
          Copy subject
        </Button>
      </div>
    </aside>
  );
}

function FormSheet({ form, reference }: { form: FallbackForm; reference: string }) {
  return (
    <PrintSheet
      label={form.title}
      className="fallback-sheet"
      head={
        <>
          <span>
            {form.title} · <strong>{reference || 'licence'}</strong>
          </span>
          <span>OMB 0625-0279</span>
        </>
      }
    >
      <p className="summary-kicker">Fallback form, for use when the AIM licensing system is unavailable</p>
      <h2 className="summary-reference">{form.title}</h2>
      <p className="print-note fallback-layout-note" data-testid="fallback-layout-note">
        {form.layoutNote}
      </p>
      {form.sections.map((section) => (
        <section key={section.title} className="print-section fallback-section">
          <h3 className="print-section-title">{section.title}</h3>
          {section.layoutNote ? <p className="print-note fallback-section-note">{section.layoutNote}</p> : null}
          <table className="print-table fallback-table">
            <tbody>
              {section.fields.map((field) => (
                <tr key={`${field.number}-${field.label}`}>
                  <td className="fallback-number" title={field.number ? 'Field number on Form ITA-4142a' : undefined}>
                    {field.number}
                  </td>
                  <th scope="row">
                    {field.label}
                    {field.note ? <span className="print-sub">{field.note}</span> : null}
                  </th>
                  <td className="fallback-value">
                    {field.value === '' ? <span className="fallback-blank">&nbsp;</span> : field.value}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <div className="fallback-signature">
        <span>Signature of filer</span>
        <span>Date</span>
      </div>
    </PrintSheet>
  );
}

/** Form ITA-4142a pre-filled from one licence, ready to print or save and e-mail to ITA. */
export function FallbackPrintPage({ id }: { id: string }) {
  const licence = useRpc('licences.get', { id }, { staleTime: 0 });
  const profile = useRpc('profile.get', {});
  const { reference, error } = useReference();
  const problem = licence.error ?? profile.error ?? error;
  const form =
    licence.data && reference && profile.data !== undefined
      ? fallbackForm(licence.data, profile.data, reference, localIsoDate(new Date()))
      : null;
  const name = licence.data?.reference.replace(/[^A-Za-z0-9._-]+/g, '-') || id.slice(-8);
  return (
    <PrintFrame
      title="Fallback form ITA-4142a"
      route={fallbackRoute(id)}
      fileName={`ITA-4142a-${name}.pdf`}
      state={problem ? 'failed' : form ? 'ready' : 'loading'}
    >
      {problem ? (
        <ErrorBanner message={problem.message} />
      ) : form && licence.data ? (
        <>
          <SendInstructions form={form} />
          <FormSheet form={form} reference={licence.data.reference} />
        </>
      ) : (
        <p className="muted">Preparing the form…</p>
      )}
    </PrintFrame>
  );
}

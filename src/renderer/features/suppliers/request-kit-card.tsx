import { Card } from '#renderer/components/card';
import { DataTable } from '#renderer/components/table-head';
import { useState } from 'react';
import { Button, Radio, RadioGroup, Label } from 'react-aria-components';
import { Link } from 'wouter';
import type { AnswerRead, EvidenceRequest, RequestFormat } from '../../../shared/evidence/request-schema';
import { requestFormatLabels, requestFormats, requestStatusLabels } from '../../../shared/evidence/request-schema';
import { displayDate, localIsoDate, plusDays } from '../../../shared/dates/iso-date';
import { useRpc } from '../../api/client-context';
import { oneBanner, toAppError, useAction } from '../../api/use-action';
import { ErrorBanner } from '../../components/error-banner';
import { notify } from '../../components/toasts';
import { DateValueField } from './date-value-field';
import { countOf } from '../../../shared/text/plural';
import { FileChooser } from '../../files/file-chooser';
import type { PickedFile } from '../../files/file-transfer';
import { useSaveFile } from '../../files/files-context';

const statusOf = (r: EvidenceRequest) => (r.overdue ? 'overdue' : r.status);

/**
 * The supplier request kit: prepare a declaration form listing the supplier's products, record
 * that it was sent, and read the filled-in file back as draft documents to review.
 */
export function RequestKitCard({ supplierId }: { supplierId: string }) {
  const requests = useRpc('requests.list', { supplierId });
  const products = useRpc('products.list', { supplierId });
  const productName = (id: string | undefined) => products.data?.find((p) => p.id === id)?.description ?? 'a product';
  const [format, setFormat] = useState<RequestFormat>('xlsx');
  const [dueOn, setDueOn] = useState(() => plusDays(localIsoDate(new Date()), 14));
  const [answer, setAnswer] = useState<AnswerRead | null>(null);
  const saveFile = useSaveFile();
  const create = useAction('requests.create');
  const readBack = useAction('requests.readAnswer');
  const download = useAction('requests.download');
  const markSent = useAction('requests.markSent');
  const actions = oneBanner([create, readBack, download, markSent]);
  const busy = actions.busy;

  const prepare = async () => {
    const prepared = await actions.start(create).run({ supplierId, format, dueOn });
    if (!prepared) return;
    const { request, file } = prepared;
    await saveFile('request-kit', {
      fileName: file.fileName,
      mediaType: file.mediaType,
      content: { base64: file.contentBase64 },
    });
    notify({
      tone: 'success',
      title: 'Request prepared',
      detail: `${file.fileName} lists ${countOf(request.productIds.length, 'product')}. Send it to the supplier, then mark it sent.`,
    });
  };

  const readAnswer = (request: EvidenceRequest, files: PickedFile[]) => {
    const file = files[0];
    if (!file) return;
    void (async () => {
      let contentBase64: string;
      try {
        contentBase64 = await file.base64();
      } catch (e) {
        notify({ tone: 'error', title: `${file.name} could not be read`, detail: toAppError(e).message });
        return;
      }
      const read = await actions.start(readBack).run({ id: request.id, fileName: file.name, contentBase64 });
      if (!read) return;
      setAnswer(read);
      notify({
        tone: 'success',
        title: `${countOf(read.documents.length, 'draft document')} made from the answer`,
        detail: 'Review each one and accept it before it counts as evidence.',
      });
    })();
  };

  return (
    <Card titleId="requests-title" title="Declaration requests">
      <p className="muted small">
        Ask the supplier to declare the smelt and cast countries of each of its products. Their answer, read back here,
        becomes draft documents to review.
      </p>
      <div className="request-new">
        <RadioGroup
          className="field field-radios"
          value={format}
          onChange={(v) => setFormat(v as RequestFormat)}
          orientation="horizontal"
        >
          <Label className="field-label">Send as</Label>
          <div className="radio-row">
            {requestFormats.map((f) => (
              <Radio key={f} value={f} className="radio">
                <span className="radio-dot" aria-hidden="true" />
                {requestFormatLabels[f]}
              </Radio>
            ))}
          </div>
        </RadioGroup>
        <DateValueField label="Answer wanted by" value={dueOn} onChange={setDueOn} />
        <Button className="button button-primary" onPress={() => void prepare()} isDisabled={busy}>
          Prepare request
        </Button>
      </div>
      <ErrorBanner message={actions.message} />
      {requests.data && requests.data.length > 0 ? (
        <DataTable
          className="data-table"
          columns={['Prepared', 'Due', 'Status', 'Actions']}
          rows={requests.data}
          row={(r) => (
            <tr key={r.id} data-testid={`request-${r.createdOn}`}>
              <td>
                {displayDate(r.createdOn)}{' '}
                <span className="muted small">
                  ({r.format.toUpperCase()}, {countOf(r.productIds.length, 'product')})
                </span>
              </td>
              <td>{displayDate(r.dueOn)}</td>
              <td>
                <span className={`pill request-${statusOf(r)}`}>{requestStatusLabels[statusOf(r)]}</span>
                {r.sentOn ? <span className="muted small"> sent {displayDate(r.sentOn)}</span> : null}
                {r.answeredOn ? <span className="muted small"> answered {displayDate(r.answeredOn)}</span> : null}
              </td>
              <td className="table-actions">
                <Button
                  className="button button-quiet"
                  onPress={() =>
                    void actions
                      .start(download)
                      .run({ id: r.id })
                      .then(
                        (file) =>
                          file &&
                          saveFile('request-kit', {
                            fileName: file.fileName,
                            mediaType: file.mediaType,
                            content: { base64: file.contentBase64 },
                          }),
                      )
                  }
                >
                  Download
                </Button>
                {r.status === 'prepared' ? (
                  <Button
                    className="button button-quiet"
                    onPress={() => void actions.start(markSent).run({ id: r.id, sentOn: localIsoDate(new Date()) })}
                  >
                    Mark sent today
                  </Button>
                ) : null}
                <FileChooser
                  kind="request-answer"
                  className="button button-quiet"
                  label="Read answer…"
                  isDisabled={busy}
                  onPicked={(picked) => readAnswer(r, picked.files)}
                />
              </td>
            </tr>
          )}
        />
      ) : null}
      {answer ? (
        <div className="banner banner-info answer-summary" role="status">
          <strong>
            Read {answer.request.answerFileName}: {countOf(answer.documents.length, 'draft document')} to review.
          </strong>
          <ul>
            {answer.documents.map((d) => (
              <li key={d.id}>
                <Link href={`/suppliers/${supplierId}/documents/${d.id}`}>
                  Review the declaration for {productName(d.productIds[0])}
                </Link>
              </li>
            ))}
            {answer.problems.map((p) => (
              <li key={p} className="answer-problem">
                {p}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}

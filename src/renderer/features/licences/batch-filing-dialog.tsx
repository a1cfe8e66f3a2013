import { useEffect, useState } from 'react';
import { Button, Checkbox, Dialog, Heading, Modal, ModalOverlay, ProgressBar } from 'react-aria-components';
import { Link } from 'wouter';

import { useRpc } from '#renderer/api/client-context';
import { useAction } from '#renderer/api/use-action';
import { ErrorBanner } from '#renderer/components/error-banner';
import { CheckBadge, StatusBadge } from '#renderer/components/status-badge';
import type { StoredCheck } from '#shared/contract/licences';
import { certificationStatement, certifierName } from '#shared/licences/certification';
import { isEditable, type LicenceStatus, licenceStatusLabels } from '#shared/licences/licence-status';
import { countOf } from '#shared/text/plural';

import '#renderer/styles/licences.css';

/** Ids per call: large batches show progress, and each call stays a short transaction. */
const chunkSize = 100;

type Plan = { kind: 'file' } | { kind: 'skip'; reason: string };

/** What the batch will do with one licence, decided from its check. */
function planFor(check: StoredCheck): Plan {
  if (!isEditable(check.status))
    return { kind: 'skip', reason: `Already “${licenceStatusLabels[check.status]}”: nothing to certify.` };
  if (!check.valid) {
    const first = check.issues.find((i) => i.severity === 'error');
    return {
      kind: 'skip',
      reason: `${countOf(check.validation.errors, 'error')} to fix first: ${first?.message ?? ''}`,
    };
  }
  return { kind: 'file' };
}

interface Outcome {
  readonly tone: 'ok' | 'partly' | 'refused';
  readonly text: string;
  /** The licence's status after the batch, when it changed. */
  readonly status?: LicenceStatus;
}

/**
 * Filing several licences at once: review them, certify once for the batch (the statement is
 * recorded on each licence with who and when), mark them ready, and queue them for the portal.
 * Each step is one core procedure over a batch of ids; the person sees progress and, at the end,
 * what happened to each licence.
 */
export function BatchFilingDialog({ ids, onClose }: { ids: readonly string[]; onClose: () => void }) {
  const review = useAction('licences.validate');
  const certify = useAction('licences.certify');
  const markReady = useAction('licences.transition');
  const queue = useAction('sync.queue');
  const profile = useRpc('profile.get', {});
  const sync = useRpc('sync.overview', {});
  const [checks, setChecks] = useState<StoredCheck[] | null>(null);
  const [certified, setCertified] = useState(false);
  const [thenQueue, setThenQueue] = useState<boolean | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number; step: string } | null>(null);
  const [outcomes, setOutcomes] = useState<Map<string, Outcome> | null>(null);

  const checkNow = review.run;
  useEffect(() => {
    void checkNow({ ids: [...ids] }).then((result) => setChecks(result ?? []));
  }, [ids, checkNow]);

  const portalReady = sync.data ? sync.data.status.state !== 'not-configured' : false;
  const queueToo = thenQueue ?? portalReady;
  const planned = (checks ?? []).map((check) => ({ check, plan: planFor(check) }));
  const toFile = planned.filter((p) => p.plan.kind === 'file').map((p) => p.check);
  const needCertifying = toFile.filter((c) => !c.certified).length;
  const signer = certifierName(profile.data ?? null);

  const run = async () => {
    const results = new Map<string, Outcome>();
    const total = toFile.length;
    setProgress({ done: 0, total, step: 'Certifying' });
    for (let start = 0; start < total; start += chunkSize) {
      const chunk = toFile.slice(start, start + chunkSize);
      const refuse = (id: string, message: string) =>
        results.set(id, { tone: 'refused', text: `Not changed: ${message}` });
      setProgress({ done: start, total, step: 'Certifying' });
      const uncertified = chunk.filter((c) => !c.certified).map((c) => c.id);
      if (uncertified.length > 0) {
        const certifiedNow = await certify.run({ ids: uncertified, statement: certificationStatement });
        if (!certifiedNow) break;
        certifiedNow.refused.forEach((r) => refuse(r.id, r.message));
      }
      setProgress({ done: start, total, step: 'Marking ready' });
      const toReady = chunk.filter((c) => c.status !== 'ready' && !results.has(c.id)).map((c) => c.id);
      if (toReady.length > 0) {
        const ready = await markReady.run({ ids: toReady, to: 'ready', note: 'batch' });
        if (!ready) break;
        ready.refused.forEach((r) => refuse(r.id, r.message));
      }
      const nowReady = chunk.filter((c) => !results.has(c.id)).map((c) => c.id);
      if (queueToo && nowReady.length > 0) {
        setProgress({ done: start, total, step: 'Queueing' });
        const queued = await queue.run({ ids: nowReady });
        if (!queued) break;
        queued.changed.forEach((id) =>
          results.set(id, { tone: 'ok', text: 'Queued for the portal', status: 'queued' }),
        );
        queued.refused.forEach((r) =>
          results.set(r.id, { tone: 'partly', text: `Ready to file, not queued: ${r.message}`, status: 'ready' }),
        );
      } else {
        nowReady.forEach((id) => results.set(id, { tone: 'ok', text: 'Ready to file', status: 'ready' }));
      }
      setProgress({ done: Math.min(total, start + chunk.length), total, step: 'Done' });
    }
    setOutcomes(results);
  };

  const busy = progress !== null && outcomes === null;
  const error = review.error ?? certify.error ?? markReady.error ?? queue.error;
  const done = outcomes !== null;
  const outcomeOf = (id: string) => outcomes?.get(id);

  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen
      onOpenChange={(open) => !open && !busy && onClose()}
      isDismissable={!busy}
    >
      <Modal className="modal modal-wide">
        <Dialog className="dialog" aria-label="Certify and file licences">
          <Heading slot="title" className="dialog-title">
            Certify and file {countOf(ids.length, 'licence')}
          </Heading>
          {checks === null ? (
            <p className="muted">Checking the selected licences…</p>
          ) : (
            <div className="batch-table-scroll">
              <table className="data-table batch-table" data-testid="batch-review">
                <thead>
                  <tr>
                    <th scope="col">Licence</th>
                    <th scope="col">Status</th>
                    <th scope="col">Check</th>
                    <th scope="col">{done ? 'Result' : 'In this batch'}</th>
                  </tr>
                </thead>
                <tbody>
                  {planned.map(({ check, plan }) => {
                    const outcome = outcomeOf(check.id);
                    return (
                      <tr key={check.id} data-testid={`batch-row-${check.reference || check.id}`}>
                        <td>{check.reference || 'Untitled draft'}</td>
                        <td>
                          <StatusBadge status={outcome?.status ?? check.status} />
                        </td>
                        <td>
                          <CheckBadge errors={check.validation.errors} warnings={check.validation.warnings} />
                        </td>
                        <td className={`batch-outcome batch-outcome-${outcome?.tone ?? plan.kind}`}>
                          {outcome
                            ? outcome.text
                            : plan.kind === 'skip'
                              ? `Left out: ${plan.reason}`
                              : done
                                ? 'Not reached'
                                : [
                                    check.certified ? null : 'certify',
                                    check.status === 'ready' ? null : 'mark ready',
                                    queueToo ? 'queue' : null,
                                  ]
                                    .filter(Boolean)
                                    .join(', ')
                                    .replace(/^./, (c) => c.toUpperCase())}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
          {checks !== null && !done ? (
            toFile.length === 0 ? (
              <p className="banner banner-info">None of these can be filed as they are: fix the errors first.</p>
            ) : (
              <div className="batch-certify">
                {needCertifying > 0 ? (
                  <Checkbox className="checkbox" isSelected={certified} onChange={setCertified} isDisabled={busy}>
                    <span className="checkbox-box" aria-hidden="true">
                      ✓
                    </span>
                    <span>
                      {certificationStatement}{' '}
                      <span className="muted">
                        (for each of the {countOf(needCertifying, 'licence')} not certified yet; recorded on each as
                        certified by {signer})
                      </span>
                    </span>
                  </Checkbox>
                ) : (
                  <p className="muted">All of them are certified already.</p>
                )}
                <Checkbox className="checkbox" isSelected={queueToo} onChange={setThenQueue} isDisabled={busy}>
                  <span className="checkbox-box" aria-hidden="true">
                    ✓
                  </span>
                  <span>
                    Then queue them for the portal{' '}
                    {portalReady ? null : (
                      <span className="muted">(the portal is not set up: they wait in the queue until it is)</span>
                    )}
                  </span>
                </Checkbox>
              </div>
            )
          ) : null}
          {progress ? (
            <ProgressBar
              className="sync-progress"
              value={progress.done}
              maxValue={Math.max(1, progress.total)}
              aria-label="Licences processed"
            >
              {({ percentage }) => (
                <>
                  <span className="small" data-testid="batch-progress">
                    {done ? 'Finished' : `${progress.step}…`} {progress.done.toLocaleString('en-US')} of{' '}
                    {countOf(progress.total, 'licence')}
                  </span>
                  <div className="sync-progress-track">
                    <div className="sync-progress-fill" style={{ width: `${percentage ?? 0}%` }} />
                  </div>
                </>
              )}
            </ProgressBar>
          ) : null}
          <ErrorBanner message={error?.message} />
          <div className="dialog-actions">
            {done ? (
              <>
                {queueToo ? (
                  <Link href="/sync" className="button button-secondary" onClick={onClose}>
                    Open Filing gateway
                  </Link>
                ) : null}
                <Button className="button button-primary" onPress={onClose} autoFocus>
                  Close
                </Button>
              </>
            ) : (
              <>
                <Button className="button button-secondary" onPress={onClose} isDisabled={busy}>
                  Cancel
                </Button>
                <Button
                  className="button button-primary"
                  onPress={() => void run()}
                  isDisabled={busy || toFile.length === 0 || (needCertifying > 0 && !certified)}
                >
                  {needCertifying > 0 ? `Certify and mark ${toFile.length} ready` : `Mark ${toFile.length} ready`}
                  {queueToo ? ' and queue' : ''}
                </Button>
              </>
            )}
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

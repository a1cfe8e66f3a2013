import { useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';

import { ErrorBanner } from '#renderer/components/error-banner';
import { type ProposalField, proposalFields } from '#shared/suppliers/reading/candidate';
import { type FileReading, proposalFieldLabels } from '#shared/suppliers/reading/reading-schema';
import { countOf } from '#shared/text/plural';

import { editedValue, shownValue } from './proposal-fields';

/** What the person did with a proposal. `previous` is the form's value before, for Undo. */
export type ProposalDecision =
  | { readonly kind: 'accepted'; readonly previous: string }
  | { readonly kind: 'edited'; readonly value: string; readonly previous: string }
  | { readonly kind: 'rejected' };

interface ProposalsPanelProps {
  readonly reading: FileReading | null;
  readonly loading: boolean;
  readonly error: string | null;
  readonly decisions: Partial<Record<ProposalField, ProposalDecision>>;
  readonly onAccept: (field: ProposalField, value: string, edited: boolean) => void;
  readonly onReject: (field: ProposalField) => void;
  readonly onUndo: (field: ProposalField) => void;
  readonly focused: ProposalField | null;
  readonly onFocus: (field: ProposalField | null) => void;
}

function ProposalEditor({
  field,
  initial,
  onDone,
  onCancel,
}: {
  field: ProposalField;
  initial: string;
  onDone: (value: string) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const confirm = () => {
    const result = editedValue(field, text);
    if ('problem' in result) setProblem(result.problem);
    else onDone(result.value);
  };
  return (
    <div className="proposal-edit">
      <TextField className="field" value={text} onChange={setText} autoFocus isInvalid={problem !== null}>
        <Label className="field-label">Corrected {proposalFieldLabels[field].toLowerCase()}</Label>
        <Input
          className="input"
          onKeyDown={(e) => {
            if (e.key === 'Enter') confirm();
          }}
        />
      </TextField>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="proposal-actions">
        <Button className="button button-primary button-small" onPress={confirm}>
          Use corrected value
        </Button>
        <Button className="button button-quiet button-small" onPress={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

/**
 * The reader's proposals for the open file, beside the viewer: each with how sure the reader
 * is, its page and the words it came from (marked on the page while the proposal is pointed at
 * or focused). Nothing reaches the form until the person accepts a proposal, as it is or
 * corrected; a rejected one is left out.
 */
export function ProposalsPanel({
  reading,
  loading,
  error,
  decisions,
  onAccept,
  onReject,
  onUndo,
  focused,
  onFocus,
}: ProposalsPanelProps) {
  const [editing, setEditing] = useState<ProposalField | null>(null);
  const found = reading ? proposalFields.filter((f) => reading.reading.proposals[f]) : [];
  const missing = reading ? proposalFields.filter((f) => !reading.reading.proposals[f]) : [];
  return (
    <section className="card proposals" aria-labelledby="proposals-title" aria-busy={loading}>
      <h2 id="proposals-title" className="card-title">
        What the document says
      </h2>
      {loading ? (
        <p className="muted" role="status">
          Reading the document… a scan takes a few seconds a page.
        </p>
      ) : null}
      <ErrorBanner message={error} />
      {reading ? (
        <>
          <p className="muted small">
            {reading.reading.method === 'ocr'
              ? `Read by OCR from a scan (${countOf(reading.reading.pagesRead, 'page')}): check each value against the marked words.`
              : `Read from the PDF's text (${countOf(reading.reading.pagesRead, 'page')}).`}{' '}
            Proposals only: accept, correct or reject each one.
          </p>
          {reading.reading.notes.map((note) => (
            <p key={note} className="banner banner-info" role="status">
              {note}
            </p>
          ))}
          {found.length === 0 ? (
            <p className="empty-state">
              The reader found no smelt or cast countries, date, issuer or product in this file. Type what it states.
            </p>
          ) : null}
          <ul className="proposal-list">
            {found.map((field) => {
              const proposal = reading.reading.proposals[field]!;
              const decision = decisions[field];
              const label = proposalFieldLabels[field];
              return (
                <li
                  key={field}
                  className={`proposal ${focused === field ? 'is-focused' : ''} ${decision ? `is-${decision.kind}` : ''}`}
                  data-testid={`proposal-${field}`}
                  onMouseEnter={() => onFocus(field)}
                  onMouseLeave={() => onFocus(null)}
                  onFocus={() => onFocus(field)}
                >
                  <div className="proposal-head">
                    <span className="proposal-label">{label}</span>
                    <span className="proposal-meta">
                      {Math.round(proposal.confidence * 100)} % sure · page {proposal.page}
                    </span>
                  </div>
                  <p className="proposal-value">{shownValue(field, proposal.value)}</p>
                  <blockquote className="proposal-source" aria-label={`Source text for ${label.toLowerCase()}`}>
                    “{proposal.text}”
                  </blockquote>
                  {editing === field ? (
                    <ProposalEditor
                      field={field}
                      initial={proposal.value}
                      onCancel={() => setEditing(null)}
                      onDone={(value) => {
                        setEditing(null);
                        onAccept(field, value, value !== proposal.value);
                      }}
                    />
                  ) : decision ? (
                    <div className="proposal-actions">
                      <span className={`pill proposal-status status-${decision.kind}`} role="status">
                        {decision.kind === 'accepted'
                          ? 'Accepted: in the form'
                          : decision.kind === 'edited'
                            ? `Corrected to ${shownValue(field, decision.value)}: in the form`
                            : 'Rejected'}
                      </span>
                      <Button
                        className="button button-quiet button-small"
                        onPress={() => onUndo(field)}
                        aria-label={`Undo: ${label.toLowerCase()}`}
                      >
                        Undo
                      </Button>
                    </div>
                  ) : (
                    <div className="proposal-actions">
                      <Button
                        className="button button-primary button-small"
                        onPress={() => onAccept(field, proposal.value, false)}
                        aria-label={`Accept ${label.toLowerCase()}: ${shownValue(field, proposal.value)}`}
                      >
                        Accept
                      </Button>
                      <Button
                        className="button button-secondary button-small"
                        onPress={() => setEditing(field)}
                        aria-label={`Correct ${label.toLowerCase()}`}
                      >
                        Correct…
                      </Button>
                      <Button
                        className="button button-quiet button-small"
                        onPress={() => onReject(field)}
                        aria-label={`Reject ${label.toLowerCase()}`}
                      >
                        Reject
                      </Button>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
          {missing.length > 0 && found.length > 0 ? (
            <p className="muted small">
              Not found in the document: {missing.map((f) => proposalFieldLabels[f].toLowerCase()).join(', ')}.
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

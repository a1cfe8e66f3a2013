import { TableHead, numeric } from '#renderer/components/table-head';
import type { z } from 'zod';
import type { needLicenceAnswerSchema } from '../../../shared/contract/need-licence';
import { displayDate } from '../../../shared/dates/iso-date';
import { entryKindLabels, sourceStrengthLabels } from '../../../shared/need-licence/need-licence';
import { formatHts, htsPath } from '../../../shared/reference/hts';
import { formatUsd } from '../../format/numbers';

type Answer = z.output<typeof needLicenceAnswerSchema>;

const verdictLabels: Record<Answer['verdict'], string> = {
  required: 'Licence required',
  'not-required': 'No licence needed',
  incomplete: 'Cannot tell yet',
};

const statusLabels: Record<Answer['lines'][number]['status'], string> = {
  covered: 'AIM product',
  'not-covered': 'Outside AIM',
  'not-in-hts': 'Not in the HTS',
  invalid: 'Not an HTS number',
};

/** The answer: verdict, the lines as judged, and each reason with its source and how strong that source is. */
export function NeedLicenceAnswerView({ answer }: { answer: Answer }) {
  return (
    <article className={`card need-verdict need-${answer.verdict}`} data-testid="need-licence-answer">
      <p className="need-verdict-label">{verdictLabels[answer.verdict]}</p>
      <h2 className="need-headline">{answer.headline}</h2>
      <p className="muted small">
        {entryKindLabels[answer.entryKind]} · import {displayDate(answer.importDate)} · {answer.htsRevision}
      </p>
      {answer.caveat ? (
        <p className="banner need-caveat" role="note">
          {answer.caveat}
        </p>
      ) : null}
      <table className="need-lines-table">
        <caption className="visually-hidden">HTS lines as judged</caption>
        <TableHead columns={['HTS', 'Judged', 'Description', numeric('Value')]} />
        <tbody>
          {answer.lines.map((line, index) => (
            <tr key={index}>
              <td className="cell-mono">{formatHts(line.hts10) || line.hts}</td>
              <td>{statusLabels[line.status]}</td>
              <td>{line.status === 'covered' || line.status === 'not-covered' ? htsPath(line.detail) : line.detail}</td>
              <td className="cell-number">{line.valueUsd === null ? '—' : formatUsd(line.valueUsd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="need-why">Why</h3>
      <ol className="need-reasons">
        {answer.reasons.map((reason, index) => (
          <li key={index} className={`need-reason need-strength-${reason.strength}`}>
            <p className="need-reason-text">{reason.text}</p>
            <p className="need-reason-source small">
              <span className="need-strength">{sourceStrengthLabels[reason.strength]}</span> {reason.source}
            </p>
          </li>
        ))}
      </ol>
    </article>
  );
}

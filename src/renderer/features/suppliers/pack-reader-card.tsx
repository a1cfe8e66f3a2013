import { useState } from 'react';
import { Link } from 'wouter';
import { proposalFields } from '../../../shared/evidence/reading/candidate';
import { isReadableName } from '../../../shared/evidence/reading/readable-files';
import { countOf } from '../../../shared/text/plural';
import { useAction } from '../../api/use-action';
import type { PickedFile } from '../../files/file-transfer';
import { FilePicker } from './file-picker';
import { Card } from '../../components/card';

interface PackItem {
  readonly name: string;
  readonly state: 'waiting' | 'reading' | 'done' | 'failed';
  readonly documentId?: string;
  readonly found?: number;
  readonly problem?: string;
}

/**
 * A supplier's answer pack (many certificates and declarations at once): each PDF or scan
 * becomes a draft document with its file attached, read one after another; nothing is filled
 * in. Each draft is then reviewed in turn, with the reader's proposals beside its file.
 */
export function PackReaderCard({ supplierId }: { supplierId: string }) {
  const createFromFile = useAction('documents.createFromFile');
  const [items, setItems] = useState<PackItem[]>([]);
  const [running, setRunning] = useState(false);

  const readPack = async (files: PickedFile[]) => {
    const readable = files.filter((f) => isReadableName(f.name));
    const skipped = files.filter((f) => !isReadableName(f.name));
    const start: PackItem[] = [
      ...readable.map((f) => ({ name: f.name, state: 'waiting' as const })),
      ...skipped.map((f) => ({
        name: f.name,
        state: 'failed' as const,
        problem: 'Not a PDF or a scan: attach it to a document by hand.',
      })),
    ];
    setItems(start);
    setRunning(true);
    for (const [i, file] of readable.entries()) {
      setItems((list) => list.map((item, j) => (j === i ? { ...item, state: 'reading' } : item)));
      const result = await createFromFile.run({
        supplierId,
        fileName: file.name,
        contentBase64: await file.base64(),
      });
      setItems((list) =>
        list.map((item, j) =>
          j !== i
            ? item
            : result
              ? {
                  ...item,
                  state: 'done',
                  documentId: result.document.id,
                  found: result.reading ? proposalFields.filter((f) => result.reading!.reading.proposals[f]).length : 0,
                  ...(result.problem ? { problem: result.problem } : {}),
                }
              : { ...item, state: 'failed', problem: createFromFile.error?.message ?? 'It could not be read.' },
        ),
      );
    }
    setRunning(false);
  };

  const done = items.filter((i) => i.state === 'done');
  return (
    <Card titleId="pack-title" title="Read a supplier's answer pack">
      <p className="muted small">
        Drop the certificates and declarations the supplier sent (PDFs or scans). Each becomes a document awaiting
        review, with its file attached and what it states proposed beside it; nothing is recorded until you accept it.
      </p>
      <FilePicker onFiles={(files) => void readPack(files)} isDisabled={running} />
      {items.length > 0 ? (
        <ol className="pack-list" aria-label="Files of the pack">
          {items.map((item, i) => (
            <li key={`${item.name}-${i}`} className={`pack-item pack-${item.state}`} data-testid={`pack-${item.name}`}>
              <span className="item-title">{item.name}</span>{' '}
              <span className="muted small">
                {item.state === 'waiting'
                  ? 'waiting'
                  : item.state === 'reading'
                    ? 'reading…'
                    : item.state === 'failed'
                      ? item.problem
                      : `${countOf(item.found ?? 0, 'proposal')}${item.problem ? ` (${item.problem})` : ''}`}
              </span>{' '}
              {item.documentId ? (
                <Link href={`/suppliers/${supplierId}/documents/${item.documentId}`}>Review</Link>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      {!running && done.length > 0 ? (
        <p className="banner banner-info" role="status">
          {countOf(done.length, 'draft document')} to review, one by one. Start with{' '}
          <Link href={`/suppliers/${supplierId}/documents/${done[0]!.documentId}`}>{done[0]!.name}</Link>.
        </p>
      ) : null}
    </Card>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Button, DropZone, FileTrigger, Text, type DropItem } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { isIsoDate, localIsoDate } from '../../../shared/dates/iso-date';
import { formatBytes } from '../../../shared/evidence/attachment-rules';
import { looksLikeScheduleD } from '../../../shared/reference/census-schedule-d';
import { revisionLabelFromFileName } from '../../../shared/reference/revision-label';
import { DateInputField, TextInputField } from '../../components/form-fields';
import { fileToBase64 } from '../../files/file-transfer';
import { SubmitRow } from '../../components/submit-row';

/** The core refuses more (hts-export-file.ts); said here before the bytes travel. */
const maxFileBytes = 48 * 1024 * 1024;

/** An HTS revision needs its label and the day it takes effect; a port list says when it was produced. */
const importFormSchema = z
  .object({
    kind: z.enum(['hts', 'ports-census', 'ports-cbp']),
    label: z.string().trim().max(80, { error: 'At most 80 characters.' }),
    effectiveFrom: z.string(),
  })
  .superRefine((form, ctx) => {
    if (form.kind !== 'hts') return;
    if (form.label === '')
      ctx.addIssue({
        code: 'custom',
        path: ['label'],
        message: 'Give the revision its label, e.g. "2026 Revision 5".',
      });
    if (!isIsoDate(form.effectiveFrom))
      ctx.addIssue({ code: 'custom', path: ['effectiveFrom'], message: 'Give the day it takes effect.' });
  });
type ImportForm = z.infer<typeof importFormSchema>;

export interface ImportRequest {
  readonly fileName: string;
  readonly contentBase64: string;
  readonly label?: string;
  readonly effectiveFrom?: string;
}

const isFile = (item: DropItem): item is Extract<DropItem, { kind: 'file' }> => item.kind === 'file';

/**
 * Pick the publisher's file: USITC's HTS export (say which revision it is and from when it applies),
 * the Census Schedule D port list or CBP's port code list (each says its date); then ask for the preview.
 */
export function ReferenceImportForm({
  busy,
  onPreview,
}: {
  busy: boolean;
  onPreview: (request: ImportRequest) => void;
}) {
  const [file, setFile] = useState<{ name: string; size: number; base64: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setValue, getValues, watch } = useForm<ImportForm>({
    resolver: zodResolver(importFormSchema),
    defaultValues: { kind: 'hts', label: '', effectiveFrom: localIsoDate(new Date()) },
  });
  const kind = watch('kind');

  async function choose(files: File[]) {
    const chosen = files[0];
    if (!chosen) return;
    setProblem(null);
    if (chosen.size > maxFileBytes) {
      setProblem(
        `"${chosen.name}" is ${formatBytes(chosen.size)}; a reference file can be at most ${formatBytes(maxFileBytes)}.`,
      );
      return;
    }
    // A first look only, to ask the right questions: the core reads the whole file and decides.
    const head = await chosen.slice(0, 4096).text();
    const found = head.includes('%PDF-') ? 'ports-cbp' : looksLikeScheduleD(head) ? 'ports-census' : 'hts';
    setFile({ name: chosen.name, size: chosen.size, base64: await fileToBase64(chosen) });
    setValue('kind', found);
    if (found !== 'hts') return;
    const label = revisionLabelFromFileName(chosen.name);
    if (label || getValues('label') === '') setValue('label', label ?? '', { shouldValidate: Boolean(label) });
  }

  const submit = handleSubmit((values) => {
    if (!file) {
      setProblem('Choose the file first.');
      return;
    }
    onPreview(
      values.kind === 'hts'
        ? { fileName: file.name, contentBase64: file.base64, label: values.label, effectiveFrom: values.effectiveFrom }
        : { fileName: file.name, contentBase64: file.base64 },
    );
  });

  return (
    <form aria-label="Import reference data" onSubmit={(e) => void submit(e)} noValidate>
      <DropZone
        className="drop-zone"
        aria-label="Drop a USITC HTS export, the Census Schedule D list or CBP's port code list here"
        onDrop={async (event) => void choose(await Promise.all(event.items.filter(isFile).map((i) => i.getFile())))}
      >
        <Text slot="label">
          {file ? (
            <>
              <span className="cell-mono">{file.name}</span> <span className="muted">({formatBytes(file.size)})</span>
              {kind === 'ports-census' ? <span className="muted"> — the Census Schedule D port list</span> : null}
              {kind === 'ports-cbp' ? <span className="muted"> — CBP's port code list (PDF)</span> : null}
            </>
          ) : (
            "Drop USITC's HTS export (CSV or JSON, the whole schedule or chapter 76), the Census Schedule D list (dist.txt) or CBP's port code list (ACE Appendix E, PDF) here, or"
          )}
        </Text>
        <FileTrigger
          acceptedFileTypes={[
            '.csv',
            'text/csv',
            '.json',
            'application/json',
            '.txt',
            'text/plain',
            '.pdf',
            'application/pdf',
          ]}
          onSelect={(list) => void choose(list ? [...list] : [])}
        >
          <Button className="button button-secondary">{file ? 'Choose another file' : 'Choose a file…'}</Button>
        </FileTrigger>
      </DropZone>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {kind === 'hts' ? (
        <div className="grid grid-2">
          <TextInputField
            control={control}
            name="label"
            label="Revision"
            description='As USITC names it, e.g. "2026 Revision 5" (read from the file name when it says).'
            isRequired
          />
          <DateInputField
            control={control}
            name="effectiveFrom"
            label="Takes effect on"
            description="Licences importing on or after this day are judged by it (see the revision's change record)."
            isRequired
          />
        </div>
      ) : (
        <p className="muted small">
          {kind === 'ports-cbp'
            ? 'The list says on its first page when CBP published it; the most recently published list is the one in force.'
            : 'The list says when Census produced it; the most recently produced list is the one in force.'}
        </p>
      )}
      <SubmitRow label={busy ? 'Reading the file…' : 'Preview the changes'} disabled={busy} />
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Button, DropZone, FileTrigger, Text, type DropItem } from 'react-aria-components';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { isIsoDate, localIsoDate } from '../../../shared/dates/iso-date';
import { formatBytes } from '../../../shared/evidence/attachment-rules';
import { revisionLabelFromFileName } from '../../../shared/reference/revision-label';
import { DateInputField, TextInputField } from '../../components/form-fields';
import { fileToBase64 } from '../../files/file-transfer';

/** The core refuses more (hts-export-file.ts); said here before the bytes travel. */
const maxExportBytes = 48 * 1024 * 1024;

const importFormSchema = z.object({
  label: z
    .string()
    .trim()
    .min(1, { error: 'Give the revision its label, e.g. "2026 Revision 5".' })
    .max(80, { error: 'At most 80 characters.' }),
  effectiveFrom: z.string().refine(isIsoDate, { error: 'Give the day it takes effect.' }),
});
type ImportForm = z.infer<typeof importFormSchema>;

export interface ImportRequest extends ImportForm {
  readonly fileName: string;
  readonly contentBase64: string;
}

const isFile = (item: DropItem): item is Extract<DropItem, { kind: 'file' }> => item.kind === 'file';

/** Pick USITC's export, say which revision it is and from when it applies, then ask for the preview. */
export function ReferenceImportForm({
  busy,
  onPreview,
}: {
  busy: boolean;
  onPreview: (request: ImportRequest) => void;
}) {
  const [file, setFile] = useState<{ name: string; size: number; base64: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { control, handleSubmit, setValue, getValues } = useForm<ImportForm>({
    resolver: zodResolver(importFormSchema),
    defaultValues: { label: '', effectiveFrom: localIsoDate(new Date()) },
  });

  async function choose(files: File[]) {
    const chosen = files[0];
    if (!chosen) return;
    setProblem(null);
    if (chosen.size > maxExportBytes) {
      setProblem(
        `"${chosen.name}" is ${formatBytes(chosen.size)}; an HTS export can be at most ${formatBytes(maxExportBytes)}.`,
      );
      return;
    }
    setFile({ name: chosen.name, size: chosen.size, base64: await fileToBase64(chosen) });
    const label = revisionLabelFromFileName(chosen.name);
    if (label || getValues('label') === '') setValue('label', label ?? '', { shouldValidate: Boolean(label) });
  }

  const submit = handleSubmit((values) => {
    if (!file) {
      setProblem('Choose the USITC export first.');
      return;
    }
    onPreview({ ...values, fileName: file.name, contentBase64: file.base64 });
  });

  return (
    <form aria-label="Import an HTS revision" onSubmit={(e) => void submit(e)} noValidate>
      <DropZone
        className="drop-zone"
        aria-label="Drop USITC's HTS export here"
        onDrop={async (event) => void choose(await Promise.all(event.items.filter(isFile).map((i) => i.getFile())))}
      >
        <Text slot="label">
          {file ? (
            <>
              <span className="cell-mono">{file.name}</span> <span className="muted">({formatBytes(file.size)})</span>
            </>
          ) : (
            "Drop USITC's HTS export here (CSV or JSON, the whole schedule or chapter 76), or"
          )}
        </Text>
        <FileTrigger
          acceptedFileTypes={['.csv', 'text/csv', '.json', 'application/json']}
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
      <div className="form-actions">
        <Button type="submit" className="button button-primary" isDisabled={busy}>
          {busy ? 'Reading the file…' : 'Preview the changes'}
        </Button>
      </div>
    </form>
  );
}

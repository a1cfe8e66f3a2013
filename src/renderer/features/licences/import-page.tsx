import { useState } from 'react';
import { Button, Checkbox, DropZone, FileTrigger, Text } from 'react-aria-components';
import { useLocation } from 'wouter';
import type { AppError } from '../../../shared/contract';
import type { ImportPreview } from '../../../shared/contract/imports';
import type { ColumnMapping } from '../../../shared/import/column-mapping';
import { useClient, useRpc } from '../../api/client-context';
import { PageHeader } from '../../components/page-header';
import { notify } from '../../components/toasts';
import { saveText, fileToBase64 } from '../../files/file-transfer';
import { formatCount } from '../../format/numbers';
import '../../styles/import.css';
import { ImportMapping } from './import-mapping';
import { ImportPreviewList } from './import-preview-list';
import { ErrorBanner } from '../../components/error-banner';
import { TaskProgressBar } from '../../components/task-progress-bar';
import { useTaskProgress } from '../../api/use-task-progress';

/** Bulk import: choose a CSV or XLSX file, map its columns if needed, see every problem, then commit. */
export function ImportPage() {
  const client = useClient();
  const [, navigate] = useLocation();
  const presets = useRpc('imports.presets', {});
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const progress = useTaskProgress('import');
  const [error, setError] = useState<string | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [busy, setBusy] = useState(false);

  async function check(chosen: { name: string; base64: string }, withMapping?: ColumnMapping) {
    setBusy(true);
    setError(null);
    try {
      const result = await client.call('imports.preview', {
        fileName: chosen.name,
        contentBase64: chosen.base64,
        ...(withMapping ? { mapping: withMapping } : {}),
      });
      setPreview(result);
      setMapping(result.mapping);
    } catch (e) {
      setPreview(null);
      setError((e as AppError).message);
    } finally {
      setBusy(false);
    }
  }

  async function choose(files: FileList | File[] | null) {
    const chosen = files ? Array.from(files)[0] : undefined;
    if (!chosen) return;
    const loaded = { name: chosen.name, base64: await fileToBase64(chosen) };
    setFile(loaded);
    await check(loaded);
  }

  async function commit() {
    if (!preview?.importId) return;
    setBusy(true);
    try {
      const result = await client.call('imports.commit', { importId: preview.importId, skipInvalid });
      notify({
        tone: 'success',
        title: `Imported ${formatCount(result.created.length)} licences as drafts`,
        ...(result.skipped > 0 ? { detail: `${result.skipped} with errors were left out.` } : {}),
      });
      navigate('/licences');
    } catch (e) {
      setError((e as AppError).message);
    } finally {
      setBusy(false);
    }
  }

  const needsMapping = preview !== null && preview.missingColumns.length > 0;
  return (
    <>
      <PageHeader
        title="Import licences"
        subtitle="One row per product line; rows with the same licence_ref form one licence. CSV or XLSX, canonical layout or your own with a column mapping."
        actions={
          <Button
            className="button button-secondary"
            onPress={() =>
              void client.call('imports.template', {}).then((t) => saveText(t.fileName, t.mimeType, t.content))
            }
          >
            Download the CSV template
          </Button>
        }
      />
      <DropZone
        className="drop-zone"
        onDrop={(event) =>
          void Promise.all(
            event.items.filter((i) => i.kind === 'file').map((i) => (i as { getFile(): Promise<File> }).getFile()),
          ).then(choose)
        }
      >
        <Text slot="label">{file ? `File: ${file.name}` : 'Drop a CSV or XLSX file here, or'}</Text>
        <FileTrigger
          acceptedFileTypes={[
            '.csv',
            'text/csv',
            '.xlsx',
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          ]}
          onSelect={(files) => void choose(files)}
        >
          <Button className="button button-primary">{file ? 'Choose another file' : 'Choose a file'}</Button>
        </FileTrigger>
      </DropZone>
      {busy ? <TaskProgressBar progress={progress} fallback="Working" /> : null}
      <ErrorBanner message={error} />
      {preview && file && needsMapping && mapping ? (
        <ImportMapping
          headers={preview.headers}
          mapping={mapping}
          presets={presets.data ?? []}
          onChange={setMapping}
          onApply={() => void check(file, mapping)}
          onSavePreset={(name) =>
            void client.call('imports.savePreset', { name, mapping }).then(() => {
              void presets.refetch();
              notify({ tone: 'success', title: `Mapping “${name}” saved` });
            })
          }
        />
      ) : null}
      {preview && !needsMapping ? (
        <>
          <ImportPreviewList preview={preview} />
          <div className="form-actions">
            <Checkbox className="checkbox" isSelected={skipInvalid} onChange={setSkipInvalid}>
              <span className="checkbox-box" aria-hidden="true">
                ✓
              </span>
              Leave out licences with errors
            </Checkbox>
            <Button
              className="button button-primary"
              isDisabled={busy || !preview.importId}
              onPress={() => void commit()}
            >
              Import {formatCount(skipInvalid ? preview.validCount : preview.licenceCount)} licences as drafts
            </Button>
            {!preview.canonical && file && mapping ? (
              <Button
                className="button button-secondary"
                onPress={() => setPreview({ ...preview, missingColumns: ['licence_ref'] })}
              >
                Change the column mapping
              </Button>
            ) : null}
          </div>
        </>
      ) : null}
    </>
  );
}

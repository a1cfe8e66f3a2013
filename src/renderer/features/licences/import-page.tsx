import { useEffect, useEffectEvent, useState } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { useLocation } from 'wouter';

import { useRpc } from '#renderer/api/client-context';
import { toAppError, useAction } from '#renderer/api/use-action';
import { useTaskProgress } from '#renderer/api/use-task-progress';
import { useCommandHandler } from '#renderer/app/commands/command-handlers';
import { ErrorBanner } from '#renderer/components/error-banner';
import { PageHeader } from '#renderer/components/page-header';
import { TaskProgressBar } from '#renderer/components/task-progress-bar';
import { notify } from '#renderer/components/toasts';
import { FileChooser } from '#renderer/files/file-chooser';
import type { Picked } from '#renderer/files/file-transfer';
import { useFiles, useSaveFile } from '#renderer/files/files-context';
import { takeHandedOver } from '#renderer/files/pending-files';
import { useFileDrop } from '#renderer/files/use-file-drop';
import { formatCount } from '#renderer/format/numbers';
import type { ImportPreview } from '#shared/contract/imports';
import type { ColumnMapping } from '#shared/imports/column-mapping';

import { ImportMapping } from './import-mapping';
import { ImportPreviewList } from './import-preview-list';

import '#renderer/styles/import.css';

/** Where a licence file picked elsewhere (dropped on the register, File › Import licences…) waits for this screen. */
export const importPlace = 'licence-import';

/** Bulk import: choose a CSV or XLSX file, map its columns if needed, see every problem, then commit. */
export function ImportPage() {
  const [, navigate] = useLocation();
  const presets = useRpc('imports.presets', {});
  const previewFile = useAction('imports.preview');
  const commitImport = useAction('imports.commit');
  const template = useAction('imports.template');
  const savePreset = useAction('imports.savePreset');
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const progress = useTaskProgress('import');
  // A file that could not be read in the page; the calls' own failures are their actions' errors.
  const [readError, setReadError] = useState<string | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const actions = [previewFile, commitImport, template, savePreset];
  const busy = previewFile.busy || commitImport.busy;
  const error = readError ?? actions.find((action) => action.error)?.error?.message ?? null;
  const clearErrors = () => {
    setReadError(null);
    for (const action of actions) action.reset();
  };

  async function check(chosen: { name: string; base64: string }, withMapping?: ColumnMapping) {
    clearErrors();
    const result = await previewFile.run({
      fileName: chosen.name,
      contentBase64: chosen.base64,
      ...(withMapping ? { mapping: withMapping } : {}),
    });
    setPreview(result ?? null);
    if (result) setMapping(result.mapping);
  }

  async function choose(picked: Picked) {
    const chosen = picked.files[0];
    if (!chosen) return;
    clearErrors();
    let loaded: { name: string; base64: string };
    try {
      loaded = { name: chosen.name, base64: await chosen.base64() };
    } catch (e) {
      setReadError(toAppError(e).message);
      return;
    }
    setFile(loaded);
    await check(loaded);
  }

  // A file dropped on the register, or chosen from the menu, is previewed at once.
  const [handed] = useState(() => takeHandedOver(importPlace));
  const previewHanded = useEffectEvent(() => void choose({ files: handed, refused: [] }));
  useEffect(() => {
    if (handed.length > 0) void Promise.resolve().then(previewHanded);
  }, [handed]);
  const drop = useFileDrop('licence-import', (picked) => void choose(picked));
  // File › Import licences… on this screen: straight to the system dialog.
  const transfer = useFiles();
  useCommandHandler(
    'file.importLicences',
    transfer.native ? async () => choose(await transfer.choose('licence-import')) : null,
  );
  const saveFile = useSaveFile();

  async function commit() {
    if (!preview?.importId) return;
    clearErrors();
    const result = await commitImport.run({ importId: preview.importId, skipInvalid });
    if (!result) return;
    notify({
      tone: 'success',
      title: `Imported ${formatCount(result.created.length)} licences as drafts`,
      ...(result.skipped > 0 ? { detail: `${result.skipped} with errors were left out.` } : {}),
    });
    navigate('/licences');
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
              void template.run({}).then(
                (t) =>
                  t &&
                  saveFile('licence-template', {
                    fileName: t.fileName,
                    mediaType: t.mimeType,
                    content: { text: t.content },
                  }),
              )
            }
          >
            Download the CSV template
          </Button>
        }
      />
      <div
        className="drop-zone"
        role="group"
        aria-label="Licence file"
        data-drop-target={drop.over ? '' : undefined}
        {...drop.props}
      >
        <span>{file ? `File: ${file.name}` : 'Drop a CSV or XLSX file here, or'}</span>
        <FileChooser
          kind="licence-import"
          className="button button-primary"
          label={file ? 'Choose another file' : 'Choose a file'}
          onPicked={(picked) => void choose(picked)}
        />
      </div>
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
            void savePreset.run({ name, mapping }).then((saved) => {
              if (!saved) return;
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

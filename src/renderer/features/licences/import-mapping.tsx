import { useState } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';

import { SelectField } from '#renderer/components/select-field';
import type { ImportPreset } from '#shared/contract/imports';
import {
  type CanonicalColumn,
  canonicalColumns,
  columnLabels,
  requiredColumns,
} from '#shared/imports/canonical-columns';
import type { ColumnMapping } from '#shared/imports/column-mapping';

const notInFile = '(not in this file)';

/** Which of the file's columns feeds each licence field; saved as a named preset for next time. */
export function ImportMapping({
  headers,
  mapping,
  presets,
  onChange,
  onApply,
  onSavePreset,
}: {
  headers: readonly string[];
  mapping: ColumnMapping;
  presets: readonly ImportPreset[];
  onChange: (mapping: ColumnMapping) => void;
  onApply: () => void;
  onSavePreset: (name: string) => void;
}) {
  const [presetName, setPresetName] = useState('');
  const options = [notInFile, ...headers].map((h) => ({ id: h, label: h }));
  const set = (column: CanonicalColumn, header: string) => {
    const next = { ...mapping };
    if (header === notInFile) delete next[column];
    else next[column] = header;
    onChange(next);
  };
  return (
    <section className="card" aria-labelledby="mapping-title">
      <h2 id="mapping-title" className="card-title">
        Match the file's columns
      </h2>
      <p className="muted">
        This file is not in the canonical layout. Choose which column holds each field; columns you leave out stay empty
        and the checks will say so.
      </p>
      {presets.length > 0 ? (
        <div className="preset-row" role="group" aria-label="Saved mappings">
          {presets.map((preset) => (
            <Button key={preset.name} className="button button-secondary" onPress={() => onChange(preset.mapping)}>
              Use “{preset.name}”
            </Button>
          ))}
        </div>
      ) : null}
      <div className="grid grid-3 mapping-grid">
        {canonicalColumns.map((column) => (
          <SelectField
            key={column}
            label={`${columnLabels[column]}${requiredColumns.includes(column) ? ' (required)' : ''}`}
            value={mapping[column] ?? notInFile}
            options={options}
            onChange={(header) => set(column, header)}
          />
        ))}
      </div>
      <div className="form-actions">
        <Button
          className="button button-primary"
          onPress={onApply}
          isDisabled={requiredColumns.some((c) => !mapping[c])}
        >
          Check the file with this mapping
        </Button>
        <TextField className="field field-compact" value={presetName} onChange={setPresetName}>
          <Label className="visually-hidden">Preset name</Label>
          <Input className="field-input" placeholder="Name this mapping, e.g. Broker XYZ export" />
        </TextField>
        <Button
          className="button button-secondary"
          isDisabled={presetName.trim() === ''}
          onPress={() => onSavePreset(presetName.trim())}
        >
          Save mapping
        </Button>
      </div>
    </section>
  );
}

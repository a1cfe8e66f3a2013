import { Input, Label, SearchField, TextField } from 'react-aria-components';
import type { LicenceQueryInput } from '../../../shared/contract/licences';
import { licenceSortFields } from '../../../shared/contract/licences';
import { licenceStatuses, licenceStatusLabels } from '../../../shared/licence/licence-status';
import { CodePicker } from '../../components/code-picker-field';
import { SelectField } from '../../components/select-field';
import { countryOptions, parseCountryText } from '../../reference/picker-options';

export type RegisterQuery = Required<
  Pick<
    LicenceQueryInput,
    'text' | 'statuses' | 'country' | 'htsPrefix' | 'importFrom' | 'importTo' | 'sort' | 'direction'
  >
>;

export const initialRegisterQuery: RegisterQuery = {
  text: '',
  statuses: [],
  country: '',
  htsPrefix: '',
  importFrom: '',
  importTo: '',
  sort: 'updatedAt',
  direction: 'desc',
};

const sortLabels: Record<(typeof licenceSortFields)[number], string> = {
  updatedAt: 'Last changed',
  expectedImportDate: 'Import date',
  importerName: 'Importer',
  reference: 'Reference',
  status: 'Status',
  totalValueUsd: 'Value',
};

/** Search words, filters and sort order of the register. */
export function RegisterFilters({
  query,
  onChange,
}: {
  query: RegisterQuery;
  onChange: (query: RegisterQuery) => void;
}) {
  const set = <K extends keyof RegisterQuery>(key: K, value: RegisterQuery[K]) => onChange({ ...query, [key]: value });
  const statusOptions = [
    { id: 'any', label: 'Any status' },
    ...licenceStatuses.map((s) => ({ id: s, label: licenceStatusLabels[s] })),
  ];
  return (
    <div className="register-filters" role="search" aria-label="Search and filter licences">
      <SearchField
        className="field field-search"
        value={query.text}
        onChange={(text) => set('text', text)}
        aria-label="Search licences"
      >
        <Label className="field-label">Search</Label>
        <Input className="field-input" placeholder="Importer, exporter, manufacturer, HTS, reference, licence no." />
      </SearchField>
      <SelectField
        className="field field-compact"
        label="Status"
        value={query.statuses[0] ?? 'any'}
        options={statusOptions}
        onChange={(value) => set('statuses', value === 'any' ? [] : [value as (typeof licenceStatuses)[number]])}
      />
      <CodePicker
        label="Country (any role)"
        value={query.country}
        onChange={(value) => set('country', value)}
        options={countryOptions}
        parse={parseCountryText}
        className="field-compact"
      />
      <TextField
        className="field field-compact field-narrow"
        value={query.htsPrefix}
        onChange={(value) => set('htsPrefix', value)}
      >
        <Label className="field-label">HTS starts with</Label>
        <Input className="field-input" placeholder="7606" inputMode="numeric" />
      </TextField>
      <TextField
        className="field field-compact field-narrow"
        value={query.importFrom}
        onChange={(value) => set('importFrom', value)}
      >
        <Label className="field-label">Import from</Label>
        <Input className="field-input" placeholder="YYYY-MM-DD" />
      </TextField>
      <TextField
        className="field field-compact field-narrow"
        value={query.importTo}
        onChange={(value) => set('importTo', value)}
      >
        <Label className="field-label">Import to</Label>
        <Input className="field-input" placeholder="YYYY-MM-DD" />
      </TextField>
      <SelectField
        className="field field-compact"
        label="Sort by"
        value={query.sort}
        options={licenceSortFields.map((f) => ({ id: f, label: sortLabels[f] }))}
        onChange={(value) => set('sort', value)}
      />
      <SelectField
        className="field field-compact"
        label="Order"
        value={query.direction}
        options={[
          { id: 'desc', label: 'Descending' },
          { id: 'asc', label: 'Ascending' },
        ]}
        onChange={(value) => set('direction', value)}
      />
    </div>
  );
}

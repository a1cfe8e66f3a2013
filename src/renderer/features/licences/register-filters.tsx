import { useState } from 'react';
import { Button, Input, Label, SearchField, TextField } from 'react-aria-components';

import { CodePicker } from '#renderer/components/code-picker-field';
import { SelectField } from '#renderer/components/select-field';
import { countryOptions, parseCountryText } from '#renderer/reference/picker-options';
import type { LicenceQueryInput } from '#shared/contract/licences';
import { licenceStatuses, licenceStatusLabels } from '#shared/licences/licence-status';

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

/** Field and direction in one choice, worded as a person reads the order. */
const sortChoices: readonly { id: string; label: string; sort: RegisterQuery['sort']; direction: 'asc' | 'desc' }[] = [
  { id: 'updatedAt-desc', label: 'Recently changed first', sort: 'updatedAt', direction: 'desc' },
  { id: 'updatedAt-asc', label: 'Least recently changed first', sort: 'updatedAt', direction: 'asc' },
  { id: 'expectedImportDate-asc', label: 'Import date, soonest first', sort: 'expectedImportDate', direction: 'asc' },
  { id: 'expectedImportDate-desc', label: 'Import date, latest first', sort: 'expectedImportDate', direction: 'desc' },
  { id: 'reference-asc', label: 'Reference, A to Z', sort: 'reference', direction: 'asc' },
  { id: 'reference-desc', label: 'Reference, Z to A', sort: 'reference', direction: 'desc' },
  { id: 'importerName-asc', label: 'Importer, A to Z', sort: 'importerName', direction: 'asc' },
  { id: 'status-asc', label: 'Status (draft first)', sort: 'status', direction: 'asc' },
  { id: 'totalValueUsd-desc', label: 'Value, highest first', sort: 'totalValueUsd', direction: 'desc' },
  { id: 'totalValueUsd-asc', label: 'Value, lowest first', sort: 'totalValueUsd', direction: 'asc' },
];

/** Search words, filters and sort order of the register: one row, the rarer filters behind "More filters". */
export function RegisterFilters({
  query,
  onChange,
  extra,
}: {
  query: RegisterQuery;
  onChange: (query: RegisterQuery) => void;
  /** More controls at the end of the first row (the column chooser). */
  extra?: React.ReactNode;
}) {
  const set = <K extends keyof RegisterQuery>(key: K, value: RegisterQuery[K]) => onChange({ ...query, [key]: value });
  const statusOptions = [
    { id: 'any', label: 'Any status' },
    ...licenceStatuses.map((s) => ({ id: s, label: licenceStatusLabels[s] })),
  ];
  const moreInUse = [query.country, query.htsPrefix, query.importFrom, query.importTo].filter((v) => v !== '').length;
  const [showMore, setShowMore] = useState(moreInUse > 0);
  const sortId = `${query.sort}-${query.direction}`;
  const sortOptions = sortChoices.some((c) => c.id === sortId)
    ? sortChoices
    : [
        ...sortChoices,
        { id: sortId, label: `${query.sort}, ${query.direction}`, sort: query.sort, direction: query.direction },
      ];
  return (
    <div className="register-filters" role="search" aria-label="Search and filter licences">
      <div className="register-filters-row">
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
        <SelectField
          className="field field-compact field-sort"
          label="Sort by"
          value={sortId}
          options={sortOptions}
          onChange={(value) => {
            const choice = sortOptions.find((c) => c.id === value);
            if (choice) onChange({ ...query, sort: choice.sort, direction: choice.direction });
          }}
        />
        <Button
          className="button button-quiet register-more-filters"
          aria-expanded={showMore}
          aria-controls="register-more-filters"
          onPress={() => setShowMore(!showMore)}
        >
          {showMore ? 'Fewer filters' : 'More filters'}
          {moreInUse > 0 ? ` (${moreInUse})` : ''}
        </Button>
        {extra}
      </div>
      {showMore ? (
        <div className="register-filters-row" id="register-more-filters">
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
        </div>
      ) : null}
    </div>
  );
}

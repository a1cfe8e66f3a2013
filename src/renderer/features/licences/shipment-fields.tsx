import type { Control } from 'react-hook-form';

import { CodePickerField, type PickerOption } from '#renderer/components/code-picker-field';
import { DateInputField, RadioGroupField, TextInputField } from '#renderer/components/form-fields';
import { countryOptions, parseCountryText, parsePortText } from '#renderer/reference/picker-options';
import { headerLabels } from '#shared/licences/field-labels';
import { licenceKindLabels, licenceKinds } from '#shared/licences/licence-kind';
import { entryTypeLabels, entryTypes, type LicenceDraft } from '#shared/licences/licence-schema';
import type { RuleIssue } from '#shared/rules/rule';

import { ManufacturersField } from './manufacturers-field';

type ShipmentPath =
  | 'entryType'
  | 'licenceKind'
  | 'importerName'
  | 'importerNumber'
  | 'exporterName'
  | 'manufacturers'
  | 'countryOfOrigin'
  | 'countryOfExport'
  | 'portOfEntry'
  | 'expectedExportDate'
  | 'expectedImportDate'
  | 'entryNumber';

interface ShipmentFieldsProps {
  readonly control: Control<LicenceDraft>;
  readonly editable: boolean;
  /** The findings at each header field (the form's own subscription to the checks). */
  readonly issuesAt: (path: ShipmentPath) => readonly RuleIssue[];
  readonly lowValueThresholdUsd: number;
  /** A new licence: its importer comes from the filer profile. */
  readonly isNew: boolean;
  readonly ports: readonly PickerOption[];
  /** What the port code typed stands for. */
  readonly portHelp: string;
}

/** The licence header: the shipment, who imports and exports it, its countries, port and dates. */
export function ShipmentFields(props: ShipmentFieldsProps) {
  const { control, editable, issuesAt, lowValueThresholdUsd, isNew, ports, portHelp } = props;
  return (
    <fieldset className="form-section" disabled={!editable}>
      <legend className="form-section-title">Shipment</legend>
      <div className="grid grid-3">
        <TextInputField
          control={control}
          name="reference"
          label={headerLabels.reference}
          description="Your own reference, e.g. a PO number"
        />
        <RadioGroupField
          control={control}
          name="entryType"
          label={headerLabels.entryType}
          options={entryTypes.map((t) => ({ value: t, label: entryTypeLabels[t] }))}
          issues={issuesAt('entryType')}
          className="span-2"
        />
      </div>
      <RadioGroupField
        control={control}
        name="licenceKind"
        label={headerLabels.licenceKind}
        options={licenceKinds.map((kind) => ({ value: kind, label: licenceKindLabels[kind] }))}
        issues={issuesAt('licenceKind')}
        description={`Regular: one shipment. Low-value: one licence reused on many entries until it expires, each shipment carrying less than US$${lowValueThresholdUsd.toLocaleString('en-US')} of aluminum (checked per entry at the broker hand-off).`}
      />
      <div className="grid grid-3">
        <TextInputField
          control={control}
          name="importerName"
          label={headerLabels.importerName}
          issues={issuesAt('importerName')}
          description={isNew ? 'From your filer profile; change it if another company imports' : undefined}
          isRequired
        />
        <TextInputField
          control={control}
          name="importerNumber"
          label={headerLabels.importerNumber}
          issues={issuesAt('importerNumber')}
          description="Optional, for your records and the broker: EIN (12-3456789) or CBP-assigned number"
        />
        <TextInputField
          control={control}
          name="exporterName"
          label={headerLabels.exporterName}
          issues={issuesAt('exporterName')}
          isRequired
        />
      </div>
      <ManufacturersField control={control} issues={issuesAt('manufacturers')} />
      <div className="grid grid-3">
        <CodePickerField
          control={control}
          name="countryOfOrigin"
          label={headerLabels.countryOfOrigin}
          options={countryOptions}
          parse={parseCountryText}
          issues={issuesAt('countryOfOrigin')}
          isRequired
        />
        <CodePickerField
          control={control}
          name="countryOfExport"
          label={headerLabels.countryOfExport}
          options={countryOptions}
          parse={parseCountryText}
          issues={issuesAt('countryOfExport')}
          isRequired
        />
        <CodePickerField
          control={control}
          name="portOfEntry"
          label={headerLabels.portOfEntry}
          options={ports}
          parse={parsePortText}
          issues={issuesAt('portOfEntry')}
          description={portHelp}
          isRequired
        />
      </div>
      <div className="grid grid-3">
        <DateInputField
          control={control}
          name="expectedExportDate"
          label={headerLabels.expectedExportDate}
          issues={issuesAt('expectedExportDate')}
          isRequired
        />
        <DateInputField
          control={control}
          name="expectedImportDate"
          label={headerLabels.expectedImportDate}
          issues={issuesAt('expectedImportDate')}
          isRequired
        />
        <TextInputField
          control={control}
          name="entryNumber"
          label={headerLabels.entryNumber}
          issues={issuesAt('entryNumber')}
          description="Optional: filer code, 7 digits, check digit"
        />
      </div>
    </fieldset>
  );
}

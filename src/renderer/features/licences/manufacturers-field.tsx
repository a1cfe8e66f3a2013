import { Button, FieldError, Input, Label, TextField } from 'react-aria-components';
import { type Control, Controller, useWatch } from 'react-hook-form';

import { splitIssues } from '#renderer/components/field-notes';
import { CheckboxField } from '#renderer/components/form-fields';
import type { LicenceDraft } from '#shared/licences/licence-schema';
import type { RuleIssue } from '#shared/rules/rule';

/** One or several manufacturers, or "unknown" (which §361.103(c)(1)(vi) allows). */
export function ManufacturersField({
  control,
  issues,
}: {
  control: Control<LicenceDraft>;
  issues: readonly RuleIssue[];
}) {
  const unknown = useWatch({ control, name: 'manufacturerUnknown' });
  return (
    <fieldset className="field-set manufacturers">
      <legend className="field-label">Manufacturer(s)</legend>
      {!unknown ? (
        <Controller
          control={control}
          name="manufacturers"
          render={({ field, fieldState }) => {
            const names = field.value.length > 0 ? field.value : [''];
            const { errors } = splitIssues(issues, fieldState.error?.message);
            const set = (index: number, value: string) =>
              field.onChange(names.map((n, i) => (i === index ? value : n)));
            return (
              <div className="manufacturer-list">
                {names.map((name, index) => (
                  <div className="manufacturer-row" key={index}>
                    <TextField
                      className="field"
                      value={name}
                      onChange={(value) => set(index, value)}
                      onBlur={field.onBlur}
                      isInvalid={errors.length > 0 && index === 0}
                      validationBehavior="aria"
                      name={index === 0 ? 'manufacturers' : `manufacturers.${index}`}
                    >
                      <Label className="visually-hidden">Manufacturer {index + 1}</Label>
                      <Input
                        className="field-input"
                        ref={index === 0 ? field.ref : undefined}
                        placeholder="Company that made the goods"
                      />
                      {index === 0 ? <FieldError className="field-error">{errors.join(' ')}</FieldError> : null}
                    </TextField>
                    {names.length > 1 ? (
                      <Button
                        className="button button-quiet"
                        aria-label={`Remove manufacturer ${index + 1}`}
                        onPress={() => field.onChange(names.filter((_, i) => i !== index))}
                      >
                        Remove
                      </Button>
                    ) : null}
                  </div>
                ))}
                {names.length < 20 ? (
                  <Button className="button button-quiet" onPress={() => field.onChange([...names, ''])}>
                    + Add manufacturer
                  </Button>
                ) : null}
              </div>
            );
          }}
        />
      ) : null}
      <CheckboxField control={control} name="manufacturerUnknown" label="Manufacturer unknown">
        Manufacturer unknown (the regulation allows "unknown" here)
      </CheckboxField>
    </fieldset>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from 'react-aria-components';
import { useFieldArray, useForm } from 'react-hook-form';
import {
  emptySupplierDraft,
  supplierDraftOf,
  supplierDraftSchema,
  supplierRoleLabels,
  supplierRoles,
  type Supplier,
  type SupplierDraft,
} from '../../../shared/evidence/supplier-schema';
import { oneBanner, useAction } from '../../api/use-action';
import { CodePickerField } from '../../components/code-picker-field';
import { TextInputField } from '../../components/form-fields';
import { countryOptions, parseCountryText } from '../../reference/picker-options';
import { CheckboxGroupField } from './checkbox-group-field';
import { SubmitRow } from '../../components/submit-row';

/** Name, roles, country, address and contacts of one supplier. */
export function SupplierForm({ supplier, onSaved }: { supplier: Supplier | null; onSaved: (saved: Supplier) => void }) {
  const create = useAction('suppliers.create');
  const update = useAction('suppliers.update');
  const actions = oneBanner([create, update]);
  const { control, handleSubmit, formState } = useForm<SupplierDraft>({
    resolver: zodResolver(supplierDraftSchema),
    defaultValues: supplier ? supplierDraftOf(supplier) : emptySupplierDraft(),
    mode: 'onTouched',
  });
  const contacts = useFieldArray({ control, name: 'contacts' });

  const submit = handleSubmit(async (draft) => {
    const saved = supplier
      ? await actions.start(update).run({ id: supplier.id, version: supplier.version, draft })
      : await actions.start(create).run(draft);
    if (saved) onSaved(saved);
  });

  return (
    <form
      aria-label={supplier ? `Supplier ${supplier.name}` : 'New supplier'}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <div className="grid grid-3">
        <TextInputField control={control} name="name" label="Supplier name" isRequired className="span-2" />
        <CodePickerField
          control={control}
          name="country"
          label="Country"
          options={countryOptions}
          parse={parseCountryText}
          isRequired
        />
      </div>
      <CheckboxGroupField
        control={control}
        name="roles"
        label="Role"
        options={supplierRoles.map((r) => ({ value: r, label: supplierRoleLabels[r] }))}
        description="What this supplier does for your metal: one company can be several."
      />
      <TextInputField control={control} name="address" label="Address" multiline />
      <fieldset className="field-set">
        <legend className="field-label">Contacts</legend>
        {contacts.fields.map((contact, index) => (
          <div key={contact.id} className="contact-row">
            <TextInputField control={control} name={`contacts.${index}.name`} label={`Contact ${index + 1} name`} />
            <TextInputField control={control} name={`contacts.${index}.email`} label="E-mail" type="email" />
            <TextInputField control={control} name={`contacts.${index}.phone`} label="Phone" type="tel" />
            <Button
              className="button button-quiet contact-remove"
              onPress={() => contacts.remove(index)}
              aria-label={`Remove contact ${index + 1}`}
            >
              Remove
            </Button>
          </div>
        ))}
        <Button
          className="button button-secondary"
          onPress={() => contacts.append({ name: '', email: '', phone: '' })}
          isDisabled={contacts.fields.length >= 10}
        >
          + Add contact
        </Button>
      </fieldset>
      <TextInputField control={control} name="notes" label="Notes" multiline />
      <SubmitRow
        label={supplier ? 'Save supplier' : 'Add supplier'}
        disabled={formState.isSubmitting}
        error={actions.message}
      />
    </form>
  );
}

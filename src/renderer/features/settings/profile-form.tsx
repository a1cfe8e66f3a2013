import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { filerProfileSchema, type FilerProfile } from '../../../shared/profile/filer-profile';
import { usStateCodes } from '../../../shared/reference/us-states';
import { useAction } from '../../api/use-action';
import { TextInputField } from '../../components/form-fields';
import { notify } from '../../components/toasts';
import { SubmitRow } from '../../components/submit-row';
import { SelectInputField } from '../../components/select-input-field';

const stateOptions = usStateCodes.map((code) => ({ id: code, label: code }));

const emptyProfile: FilerProfile = {
  company: '',
  importerNumber: '',
  street: '',
  city: '',
  state: 'OH',
  zip: '',
  contactName: '',
  phone: '',
  fax: '',
  email: '',
};

/** The applicant on every licence: the registered company and its contact (ITA-4142a fields 01-08). */
export function ProfileForm({ profile }: { profile: FilerProfile | null }) {
  const save = useAction('profile.save');
  const { control, handleSubmit, formState, reset } = useForm<FilerProfile>({
    resolver: zodResolver(filerProfileSchema),
    defaultValues: profile ?? emptyProfile,
    mode: 'onTouched',
  });
  const onSubmit = handleSubmit(async (values) => {
    const saved = await save.run(values);
    if (!saved) return;
    reset(saved);
    notify({ tone: 'success', title: 'Filer profile saved' });
  });
  return (
    <form className="profile-form" aria-label="Filer profile" onSubmit={(e) => void onSubmit(e)} noValidate>
      <div className="grid grid-2">
        <TextInputField control={control} name="company" label="Company name" autoComplete="organization" isRequired />
        <TextInputField
          control={control}
          name="importerNumber"
          label="EIN or CBP-assigned number"
          description="Your registration number with ITA (19 CFR 361.102): the IRS EIN, or the number CBP assigned"
        />
      </div>
      <TextInputField
        control={control}
        name="street"
        label="U.S. street address"
        description="The address you registered with; no PO box"
        autoComplete="street-address"
        isRequired
      />
      <div className="grid grid-3">
        <TextInputField control={control} name="city" label="City" autoComplete="address-level2" isRequired />
        <SelectInputField control={control} name="state" label="State" options={stateOptions} />
        <TextInputField control={control} name="zip" label="ZIP code" autoComplete="postal-code" isRequired />
      </div>
      <div className="grid grid-2">
        <TextInputField control={control} name="contactName" label="Contact name" autoComplete="name" isRequired />
        <TextInputField
          control={control}
          name="email"
          label="Contact e-mail"
          type="email"
          autoComplete="email"
          description="Your AIM user name"
          isRequired
        />
      </div>
      <div className="grid grid-2">
        <TextInputField control={control} name="phone" label="Contact phone" type="tel" autoComplete="tel" isRequired />
        <TextInputField control={control} name="fax" label="Fax (optional)" type="tel" />
      </div>
      <SubmitRow label="Save profile" disabled={formState.isSubmitting} error={save.error?.message} />
    </form>
  );
}

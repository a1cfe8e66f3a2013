import { filerProfileSchema, storedFilerProfileSchema } from '../profile/filer-profile';
import { noInput, procedure } from './define';

export const profileProcedures = {
  'profile.get': procedure(
    'The filer profile (applicant company and contact), or null before it is first saved.',
    noInput,
    storedFilerProfileSchema.nullable(),
  ),
  'profile.save': procedure('Create or replace the filer profile.', filerProfileSchema, filerProfileSchema),
};

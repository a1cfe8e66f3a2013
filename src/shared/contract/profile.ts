import { z } from 'zod';
import { filerProfileSchema, storedFilerProfileSchema } from '../profile/filer-profile';
import { procedure } from './define';

export const profileProcedures = {
  'profile.get': procedure(
    'The filer profile (applicant company and contact), or null before it is first saved.',
    z.object({}).strict(),
    storedFilerProfileSchema.nullable(),
  ),
  'profile.save': procedure('Create or replace the filer profile.', filerProfileSchema, filerProfileSchema),
};

import { z } from 'zod';
import { noInput, procedure } from './define';

export const appInfoSchema = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  host: z.enum(['electron', 'web', 'in-process']),
  dataDir: z.string(),
  databaseFile: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const appProcedures = {
  'app.info': procedure('What this installation is and where its data lives.', noInput, appInfoSchema),
};

import { z } from 'zod';

import { openKindSchema, saveKindSchema } from '#shared/files/file-kinds';

import { procedure } from './define';

/** A file or folder the user chose or dropped, as the page knows it: a name and a token, never a path. */
export const grantedFileSchema = z.object({
  token: z.string(),
  name: z.string(),
  sizeBytes: z.number().int(),
  folder: z.boolean(),
});
export type GrantedFile = z.infer<typeof grantedFileSchema>;

/** What the user gave, granted or refused one by one (a file too large does not cost the others). */
export const grantedFilesSchema = z.object({
  files: z.array(grantedFileSchema),
  refused: z.array(z.object({ name: z.string(), reason: z.string() })),
});
export type GrantedFiles = z.infer<typeof grantedFilesSchema>;

const token = z.string().regex(/^[a-f0-9-]{36}$/, { error: 'must be a token the app gave out' });
const fileName = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\\0]/.test(name), { error: 'must be a file name, not a path' });

export const fileProcedures = {
  'files.choose': procedure(
    'Desktop app: ask the user for files (or a folder) of this kind in the system dialog, starting in the folder last used for it. Answers tokens for what was chosen; nothing when the dialog was cancelled.',
    z.object({ kind: openKindSchema, multiple: z.boolean().default(false) }).strict(),
    grantedFilesSchema,
  ),
  'files.read': procedure(
    'Desktop app: the content of a file the user chose or dropped, by its token (read with the limits of its kind).',
    z.object({ token }).strict(),
    z.object({ name: z.string(), contentBase64: z.string() }),
  ),
  'files.save': procedure(
    'Desktop app: ask where to save a file of this kind (the system dialog, starting in the folder last used for it) and write it there. `saved` is false when the dialog was cancelled.',
    z
      .object({
        kind: saveKindSchema,
        fileName,
        content: z.union([
          z.object({ text: z.string().max(200_000_000) }).strict(),
          z.object({ base64: z.string().max(300_000_000) }).strict(),
        ]),
      })
      .strict(),
    z.object({ saved: z.boolean(), fileName: z.string() }),
  ),
};

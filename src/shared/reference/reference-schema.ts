import { z } from 'zod';

/** The shape of reference tables as they travel (to the renderer, and from the portal's updates). */
const portCode = z.string().regex(/^\d{4}$/);

export const portListSchema = z.object({
  source: z.string(),
  asOf: z.string(),
  ports: z.array(z.object({ code: portCode, name: z.string(), state: z.string() })),
  // Optional: tables published before the app knew them (portal updates, stored snapshots) still parse.
  notPortsOfEntry: z.array(z.object({ code: portCode, name: z.string() })).optional(),
});

export const cbpPortListSchema = z.object({
  source: z.string(),
  asOf: z.string(),
  ports: z.array(
    z.object({
      code: portCode,
      name: z.string(),
      state: z.string(),
      kind: z.enum(['port', 'administrative', 'abroad']),
      censusCode: z.union([portCode, z.literal('')]),
    }),
  ),
});

export const referenceOriginSchema = z.object({
  kind: z.enum(['bundled', 'imported']),
  fileName: z.string().max(255),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  importedAt: z.string().optional(),
});

export const htsRevisionSchema = z.object({
  id: z.string().min(1).max(40),
  label: z.string(),
  effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  sourceDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  source: z.string(),
  origin: referenceOriginSchema.optional(),
  lines: z
    .array(z.object({ hts10: z.string().regex(/^\d{10}$/), description: z.string(), unit: z.string() }))
    .max(20000),
});

export const coveredScopeRevisionSchema = z.object({
  id: z.string().min(1).max(40),
  effectiveFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  headings: z.array(z.string().regex(/^\d{4,10}$/)),
  codes: z.array(z.string().regex(/^\d{10}$/)),
  categories: z.array(z.object({ prefix: z.string().regex(/^\d{4,10}$/), category: z.string() })),
});

export const referenceDataSchema = z.object({
  ports: portListSchema,
  cbpPorts: cbpPortListSchema.optional(),
  htsRevisions: z.array(htsRevisionSchema).min(1),
  coveredScope: z.object({ source: z.string(), revisions: z.array(coveredScopeRevisionSchema).min(1) }),
});

export const referenceSnapshotSchema = z.object({
  version: z.string(),
  asOf: z.string(),
  data: referenceDataSchema,
});
export type ReferenceSnapshot = z.infer<typeof referenceSnapshotSchema>;

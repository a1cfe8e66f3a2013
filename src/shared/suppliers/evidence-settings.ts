import { z } from 'zod';

/** How far ahead the compliance view looks for documents about to expire. */
export const evidenceSettingsSchema = z.object({
  expiringHorizonDays: z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number of days' })
    .min(1, { error: 'must be at least 1 day' })
    .max(365, { error: 'must be at most 365 days' }),
});
export type EvidenceSettings = z.infer<typeof evidenceSettingsSchema>;

export const defaultEvidenceSettings: EvidenceSettings = { expiringHorizonDays: 30 };

/** A stored value from this or another version: anything that no longer passes falls back to the defaults. */
export function evidenceSettingsFromStored(raw: unknown): EvidenceSettings {
  const parsed = evidenceSettingsSchema.safeParse({
    ...defaultEvidenceSettings,
    ...(typeof raw === 'object' && raw !== null ? raw : {}),
  });
  return parsed.success ? parsed.data : defaultEvidenceSettings;
}

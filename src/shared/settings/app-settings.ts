import { z } from 'zod';

import { defaultRuleSettings } from '#shared/rules/rule';

/** Settings the user can change. The same schema checks the settings form, the IPC input and the stored row. */
export const appSettingsSchema = z.object({
  rules: z
    .object({
      earliestApplicationDaysBeforeImport: z.number().int().min(1).max(365),
      unitValueMinUsdPerTonne: z.number().min(0).max(1_000_000),
      unitValueMaxUsdPerTonne: z.number().min(1).max(10_000_000),
      lowValueThresholdUsd: z.number().min(0).max(1_000_000),
    })
    .refine((r) => r.unitValueMinUsdPerTonne < r.unitValueMaxUsdPerTonne, {
      error: 'The highest plausible unit value must be above the lowest.',
      path: ['unitValueMaxUsdPerTonne'],
    }),
  licence: z.object({
    /** Licence validity in days (STR: up to 75), used when the portal does not say. */
    validityDays: z.number().int().min(1).max(365),
  }),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

export const defaultAppSettings: AppSettings = {
  rules: { ...defaultRuleSettings },
  licence: { validityDays: 75 },
};

/**
 * Reads a stored settings document written by this or another version: known sections are
 * merged over the defaults, and a section that no longer passes falls back to its defaults
 * rather than stopping the app.
 */
export function settingsFromStored(raw: unknown): AppSettings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(defaultAppSettings) as (keyof AppSettings)[]) {
    const section = stored[key];
    const candidate = {
      ...defaultAppSettings[key],
      ...(typeof section === 'object' && section !== null ? section : {}),
    };
    merged[key] = appSettingsSchema.shape[key].safeParse(candidate).success ? candidate : defaultAppSettings[key];
  }
  return appSettingsSchema.parse(merged);
}

import { describe, expect, it } from 'vitest';

import { filerProfile } from '../../../tests/support/report-fixtures';
import { filerProfileSchema, storedFilerProfileSchema } from './filer-profile';
import { importerNumberProblem } from './importer-number';

describe('importerNumberProblem (one check for the profile and the licence)', () => {
  it('accepts the three kinds of importer number CBP knows, and an empty one', () => {
    for (const ok of [
      '',
      '  ',
      '34-5678901',
      '345678901',
      '34-567890100',
      '34-5678901-00',
      '123-45-6789',
      '251234-12345',
      '251234AB123',
    ])
      expect(importerNumberProblem(ok)).toBeNull();
  });
  it('names the formats when the number is none of them', () => {
    for (const bad of ['12-34', 'ABC123', '1234-5678901', '12-3456789-1', 'EIN 34-5678901'])
      expect(importerNumberProblem(bad)).toMatch(
        /is not an EIN \(12-3456789\), a social security number .* or a CBP-assigned number/,
      );
  });
});

const profile = filerProfile;

describe('the filer profile', () => {
  it('keeps the EIN or CBP-assigned number, optional, with the same check as the licence', () => {
    expect(filerProfileSchema.safeParse(profile).success).toBe(true);
    expect(filerProfileSchema.safeParse({ ...profile, importerNumber: '' }).success).toBe(true);
    const bad = filerProfileSchema.safeParse({ ...profile, importerNumber: 'ABC123' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({
      path: ['importerNumber'],
      message: expect.stringMatching(/^EIN or CBP-assigned number "ABC123" is not an EIN/),
    });
  });
  it('still opens a profile saved by an earlier version with a number the check now refuses', () => {
    expect(storedFilerProfileSchema.parse({ ...profile, importerNumber: 'ABC123' }).importerNumber).toBe('ABC123');
  });
});

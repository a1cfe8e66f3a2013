import { describe, expect, it } from 'vitest';

import { validDraft } from '../../../tests/support/licence-fixtures';
import { licenceDraftSchema } from './licence-schema';

describe('the licence schema (form, boundary and database alike)', () => {
  it('accepts a complete draft and an incomplete one: drafts may be unfinished', () => {
    expect(licenceDraftSchema.safeParse(validDraft()).success).toBe(true);
    expect(licenceDraftSchema.safeParse(validDraft({ importerName: '', portOfEntry: '' })).success).toBe(true);
  });

  it('refuses control characters in text, naming the field', () => {
    const result = licenceDraftSchema.safeParse(validDraft({ exporterName: 'Mill\u0000Corp' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['exporterName'],
      message: 'must not contain control characters',
    });
    expect(licenceDraftSchema.safeParse(validDraft({ notes: 'line one\nline two\twith a tab' })).success).toBe(true);
  });

  it('refuses oversized text and a licence without lines', () => {
    expect(licenceDraftSchema.safeParse(validDraft({ importerName: 'x'.repeat(201) })).success).toBe(false);
    expect(licenceDraftSchema.safeParse(validDraft({ lines: [] })).error?.issues[0]?.message).toBe(
      'A licence needs at least one product line.',
    );
  });

  it('keeps amounts that are not numbers out', () => {
    expect(
      licenceDraftSchema.safeParse({ ...validDraft(), lines: [{ ...validDraft().lines[0], quantityKg: Number.NaN }] })
        .success,
    ).toBe(false);
    expect(
      licenceDraftSchema.safeParse({ ...validDraft(), lines: [{ ...validDraft().lines[0], valueUsd: '64750' }] })
        .success,
    ).toBe(false);
  });
});

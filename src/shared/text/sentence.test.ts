import { describe, expect, it } from 'vitest';

import { endSentence } from './sentence';

describe('ending a sentence after a name', () => {
  it('adds a full stop only when the name does not end with one', () => {
    expect(endSentence('From Northern Rolling Mills Inc.')).toBe('From Northern Rolling Mills Inc.');
    expect(endSentence('From Nordic Foil AS')).toBe('From Nordic Foil AS.');
  });
});

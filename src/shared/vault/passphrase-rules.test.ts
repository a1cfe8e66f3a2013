import { beforeAll, describe, expect, it } from 'vitest';

import { enableProtectionSchema } from '#shared/contract/vault';

import { loadPassphraseEstimator, normalisePassphrase, passphraseProblem } from './passphrase-rules';

beforeAll(loadPassphraseEstimator);

describe('the passphrase strength rule', () => {
  it.each(['correct-horse-7', 'Lakeside#2026!', 'oak elm ash', 'copper lantern orchard'])('accepts %j', (p) => {
    expect(passphraseProblem(p)).toBeNull();
  });

  it.each([
    ['too short, one word', 'Alum2026!'],
    ['two words', 'red barn 12'],
    ['words too short', 'ox at by me'],
    ['long but one character', 'aaaaaaaaaaaaaaaa'],
    ['long but few characters', 'abababababab'],
  ])('refuses %s, saying the rule', (_why, p) => {
    expect(passphraseProblem(p)).toMatch(
      /at least 12 characters, or 3 or more words of 3\+ letters .* at least 6 different characters/,
    );
  });

  it.each([
    'password1234',
    'Password123!',
    'qwertyuiop12',
    'P@ssw0rd2026',
    'iloveyou2024!',
    'summer2025!!',
    '1qaz2wsx3edc',
  ])('refuses the common or guessable %j, with advice', (p) => {
    const problem = passphraseProblem(p);
    expect(problem).toMatch(
      /^The passphrase is too easy to guess: someone with a copy of the data could find it in about [\d,]+ tries\./,
    );
    expect(problem).toContain('Three or four unrelated words (for example "copper lantern orchard")');
  });

  it('says why a common password is guessable', () => {
    expect(passphraseProblem('password1234')).toContain('This is similar to a commonly used password.');
    expect(passphraseProblem('qwertyuiop12')).toMatch(/about [\d,]+ tries/);
  });

  it('counts characters as people do (an emoji is one)', () => {
    expect(passphraseProblem('🔒🔑🗝️🧰🧲🪙🔒🔑🗝️🧰🧲🪙')).toBeNull();
  });

  it('gives the same text the same form whatever keyboard produced it', () => {
    expect(normalisePassphrase('cafe\u0301 lantern orchard')).toBe(normalisePassphrase('caf\u00e9 lantern orchard'));
  });

  it('is the check of the contract: the form and the core refuse the same things', () => {
    const parsed = enableProtectionSchema.safeParse({
      passphrase: 'short',
      confirmation: 'short',
      acknowledgeNoRecovery: true,
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['passphrase'] });
  });
});

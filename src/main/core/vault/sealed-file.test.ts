import { createHash } from 'node:crypto';

import { beforeAll, describe, expect, it } from 'vitest';

import { testKdf } from '../../../../tests/support/vault-fixtures';
import { delayAfter } from './attempt-limiter';
import { openSealed, sealedKeyId, sealFile } from './sealed-file';
import { decodeStored } from './stored-form';
import { createKeys, type VaultKeys } from './vault-keys';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const content = Buffer.from('%PDF-1.4 mill certificate MTC-2291, smelted in Canada');
const address = sha(content);
let keys: VaultKeys;
let otherKeys: VaultKeys;

beforeAll(async () => {
  keys = await createKeys('copper lantern orchard', '2026-03-02T15:00:00.000Z', testKdf);
  otherKeys = await createKeys('granite harbour whistle', '2026-03-02T15:00:00.000Z', testKdf);
});

describe('a sealed attachment (AES-256-GCM)', () => {
  it('opens to the same bytes, and names the key that sealed it', () => {
    const sealed = sealFile(content, address, keys);
    expect(sealed.includes(Buffer.from('Canada'))).toBe(false);
    expect(sealedKeyId(sealed)).toBe(keys.id);
    expect(openSealed(sealed, address, keys)?.equals(content)).toBe(true);
  });

  it('uses a fresh nonce every time: the same content never seals to the same bytes', () => {
    expect(sealFile(content, address, keys).equals(sealFile(content, address, keys))).toBe(false);
  });

  it('does not open when one bit changed, under another address, or with another key', () => {
    const sealed = sealFile(content, address, keys);
    const flipped = Buffer.from(sealed);
    flipped[30]! ^= 0x01;
    expect(openSealed(flipped, address, keys)).toBeNull();
    expect(openSealed(sealed, sha(Buffer.from('another file')), keys)).toBeNull();
    expect(openSealed(sealed, address, otherKeys)).toBeNull();
    expect(decodeStored(flipped, address, () => keys)).toEqual({ ok: false, reason: 'altered', keyId: keys.id });
    expect(decodeStored(sealed, address, () => undefined)).toEqual({
      ok: false,
      reason: 'unknown-key',
      keyId: keys.id,
    });
  });

  it('still reads a plain file whose content happens to begin like a sealed one', () => {
    const lookalike = Buffer.concat([Buffer.from('AIMSEAL\x01', 'latin1'), Buffer.alloc(60, 7)]);
    expect(decodeStored(lookalike, sha(lookalike), () => keys)).toMatchObject({ ok: true, sealedWith: null });
  });
});

describe('the wait after wrong passphrases', () => {
  it('is free for two typos, then doubles from one second up to five minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map(delayAfter)).toEqual([0, 0, 1000, 2000, 4000, 8000, 300_000]);
  });
});

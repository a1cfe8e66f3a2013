import { describe, expect, it } from 'vitest';

import { isAcceptablePortalUrl } from './sync-model';

describe('portal address', () => {
  it('takes https anywhere and plain http only on this computer', () => {
    for (const ok of [
      'https://aim-gateway.example.com',
      'https://gw.example.com:8443/api/',
      'http://127.0.0.1:40123',
      'http://localhost:8080',
      'http://[::1]:9000',
    ]) {
      expect(isAcceptablePortalUrl(ok), ok).toBe(true);
    }
    for (const bad of [
      'http://gateway.example.com',
      'ftp://127.0.0.1',
      'https://user:pw@gw.example.com',
      'https://',
      '127.0.0.1:4000',
      'https://gw.example.com:99999',
      'javascript:alert(1)',
    ]) {
      expect(isAcceptablePortalUrl(bad), bad).toBe(false);
    }
  });
});

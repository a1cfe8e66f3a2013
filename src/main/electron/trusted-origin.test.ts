import { describe, expect, it } from 'vitest';

import { isAllowedExternalUrl, isTrustedRendererUrl, originOf } from './trusted-origin';

describe('which renderer URLs may call the app', () => {
  it('trusts only the packaged app origin, and the dev server when one is running', () => {
    expect(isTrustedRendererUrl('app://aim/index.html')).toBe(true);
    expect(isTrustedRendererUrl('app://aim/index.html#/licences')).toBe(true);
    expect(isTrustedRendererUrl('app://evil/index.html')).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5173/')).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isTrustedRendererUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });

  it('compares whole origins, not substrings', () => {
    expect(isTrustedRendererUrl('https://app.aim.evil.example/')).toBe(false);
    expect(isTrustedRendererUrl('http://localhost:5173.evil.example/', 'http://localhost:5173')).toBe(false);
    expect(isTrustedRendererUrl('file:///C:/app/index.html')).toBe(false);
    expect(isTrustedRendererUrl('data:text/html,<script>1</script>')).toBe(false);
    expect(isTrustedRendererUrl('not a url')).toBe(false);
    expect(originOf('app://aim/x')).toBe('app://aim');
  });

  it('opens only https links to official references in the browser', () => {
    expect(isAllowedExternalUrl('https://www.trade.gov/aluminum')).toBe(true);
    expect(isAllowedExternalUrl('http://www.trade.gov/aluminum')).toBe(false);
    expect(isAllowedExternalUrl('https://www.trade.gov.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@www.trade.gov/')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
  });
});

/**
 * Pure checks the Electron host relies on, kept free of Electron so they are unit-tested in
 * plain Node. URLs are parsed and origins compared whole; substring checks
 * (`url.includes('localhost')`) are exactly what Electron's security checklist warns against.
 */
export const appScheme = 'app';
export const appHost = 'aim';
export const appOrigin = `${appScheme}://${appHost}`;

export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    // Custom schemes have an opaque `origin` ("null") in WHATWG URL; build it from the parts.
    return parsed.protocol === `${appScheme}:` ? `${parsed.protocol}//${parsed.host}` : parsed.origin;
  } catch {
    return null;
  }
}

/** The renderer's own origin: the packaged app, or Vite's dev server during `forge start`. */
export function isTrustedRendererUrl(url: string, devServerUrl?: string): boolean {
  const origin = originOf(url);
  if (origin === null) return false;
  if (origin === appOrigin) return true;
  return devServerUrl !== undefined && origin === originOf(devServerUrl);
}

/** Links the user may open in their browser: https only, on a short list of official sites. */
export const externalAllowlist = ['www.trade.gov', 'trade.gov', 'www.cbp.gov', 'www.ecfr.gov', 'hts.usitc.gov'];

export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === 'https:' &&
      externalAllowlist.includes(parsed.hostname) &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

/**
 * The renderer's Content-Security-Policy, one definition for every host: the HTML meta tag (built
 * by Vite), the Electron protocol's response header and the web host's header. Nothing runs but
 * the app's own bundled scripts; the renderer talks only to its own origin.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  // react-aria's usePress adds one fixed <style> (touch-action for pressable elements); its hash
  // allows exactly that text and nothing else. If an upgrade changes it, the e2e CSP check fails.
  "style-src 'self' 'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** For the HTML meta tag: `frame-ancestors` is honoured only as a header, and browsers warn about it in a meta tag. */
export const contentSecurityPolicyMeta = contentSecurityPolicy
  .split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

/** Vite's dev server needs inline React-refresh code and a websocket; used only with `forge start`. */
export const devContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' ws://localhost:* http://localhost:*",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

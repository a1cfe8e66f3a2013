import fs from 'node:fs';
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export const contentTypeOf = (file: string): string =>
  contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/**
 * Maps a URL path onto a file inside `root`, or null when the path would leave it (`..`,
 * encoded separators, absolute paths, NUL bytes) or names nothing. `/` and unknown routes
 * without an extension fall back to index.html, since the renderer routes in the page.
 */
export function resolveRendererFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = path.resolve(root);
  const relative = decoded.replace(/^\/+/, '');
  const candidate = path.resolve(base, relative === '' ? 'index.html' : relative);
  if (candidate !== base && !candidate.startsWith(base + path.sep)) return null;
  try {
    // Resolve links too: a symlink inside the folder must not lead outside it.
    const real = fs.realpathSync(candidate);
    const realBase = fs.realpathSync(base);
    if (!real.startsWith(realBase + path.sep)) return null;
    if (fs.statSync(real).isFile()) return real;
  } catch {
    // Not found: fall through to the page's own routing below.
  }
  if (path.extname(relative) === '') {
    const index = path.join(base, 'index.html');
    return fs.existsSync(index) ? index : null;
  }
  return null;
}

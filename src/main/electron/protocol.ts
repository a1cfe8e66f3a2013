import fs from 'node:fs/promises';

import { protocol } from 'electron';

import { contentSecurityPolicy } from '../hosting/content-security-policy';
import { contentTypeOf, resolveRendererFile } from '../hosting/renderer-files';
import { appHost, appScheme } from './trusted-origin';

/** Must run before `app.ready`: makes app:// a standard, secure origin with fetch support. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the packaged renderer at app://aim/. Every path is resolved inside the renderer folder
 * (no `..`, no symlink escape); anything else is a 404. Each reply carries the strict CSP.
 */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    if (url.host !== appHost || request.method !== 'GET') return new Response('Not found', { status: 404 });
    const file = resolveRendererFile(rendererDir, url.pathname);
    if (!file) return new Response('Not found', { status: 404 });
    const body = await fs.readFile(file);
    return new Response(body, {
      headers: {
        'content-type': contentTypeOf(file),
        'content-security-policy': contentSecurityPolicy,
        'x-content-type-options': 'nosniff',
      },
    });
  });
}

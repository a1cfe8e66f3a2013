import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

import { contentSecurityPolicyMeta } from './src/main/hosting/content-security-policy';

/** Puts the one CSP definition into the built index.html; the dev server keeps Vite's own needs. */
function cspMeta(): Plugin {
  return {
    name: 'aim-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicyMeta },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// The renderer: React only. Forge's Vite plugin sets the output folder; standalone builds pass --outDir.
export default defineConfig({
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    // No inline scripts or styles, so the strict CSP holds for the built page.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod's sources carry comments Rollup cannot place; they change nothing in the output.
        if (warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
    },
  },
});

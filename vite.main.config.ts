import { defineConfig } from 'vite';

// The main process. better-sqlite3 is a native module: it stays external and is copied into the
// package by forge.config.ts (the Vite plugin would otherwise leave it out of the app).
export default defineConfig({
  build: {
    // One bundle read from disk at start; the passphrase estimator's dictionaries make it ~2.2 MB.
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      external: ['better-sqlite3'],
      onwarn(warning, warn) {
        // zod's sources carry comments Rollup cannot place; they change nothing in the output.
        if (warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
    },
  },
});

import { defineConfig } from 'vite';

// The main process and its worker. better-sqlite3 is a native module, and the document reader's
// packages load files of their own at run time (forge.config.ts, readerRuntimePackages): they stay
// external and are copied into the package by forge.config.ts.
export default defineConfig({
  build: {
    // One bundle read from disk at start; the passphrase estimator's dictionaries make it ~2.2 MB.
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      external: ['better-sqlite3', 'pdfjs-dist', /^pdfjs-dist\//, '@napi-rs/canvas', 'tesseract.js', 'utif2'],
      onwarn(warning, warn) {
        // zod's sources carry comments Rollup cannot place; they change nothing in the output.
        if (warning.code === 'INVALID_ANNOTATION') return;
        warn(warning);
      },
    },
  },
});

import { defineConfig } from 'vite';

// The preload runs sandboxed: only electron's renderer modules, everything else bundled.
export default defineConfig({});

import { defineConfig } from 'vitest/config';

// Two projects, both run by `npx vitest run`:
// - node: unit tests beside the code (src/**/*.test.ts) and the cross-process suites in
//   tests/contract, tests/lint, tests/reliability, tests/docs and tests/setup;
// - dom: the renderer's tests (src/renderer/**/*.test.{ts,tsx}) in happy-dom, with Testing Library
//   and an in-memory bridge (tests/support/renderer). happy-dom rather than jsdom: it supports the
//   Node 20 this project runs on (jsdom's current major needs Node 22) and starts several times faster,
//   which counts on shared two-core machines.
// Playwright specs (tests/e2e) are never picked up here.
export default defineConfig({
  test: {
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: [
            'src/**/*.test.{ts,tsx}',
            'tests/contract/**/*.test.ts',
            'tests/lint/**/*.test.ts',
            'tests/reliability/**/*.test.ts',
            'tests/docs/**/*.test.ts',
            'tests/setup/**/*.test.ts',
          ],
          exclude: ['src/renderer/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['src/renderer/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/support/renderer/renderer-setup.ts'],
        },
      },
    ],
  },
});

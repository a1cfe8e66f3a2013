import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code (src/**/*.test.ts); cross-process suites live in tests/contract
// and tests/lint. Playwright specs (tests/e2e) are never picked up here.
export default defineConfig({
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'tests/contract/**/*.test.ts',
      'tests/lint/**/*.test.ts',
      'tests/reliability/**/*.test.ts',
      'tests/docs/**/*.test.ts',
      'tests/setup/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});

// Lint enforces the process boundaries (see README, "Architecture"):
//   src/shared    runs anywhere: no Node, Electron, DOM or React imports
//   src/main/core the backend: no Electron (it runs and is tested in plain Node)
//   src/renderer  React only: no Node, no Electron, nothing from src/main
import { builtinModules } from 'node:module';

import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Exact names (paths) for bare built-ins, so a local './events' is not mistaken for Node's 'events'.
const nodeBuiltinPaths = builtinModules.map((name) => ({ name, message: 'Node built-ins are for src/main only.' }));
const noNode = { group: ['node:*'], message: 'Node built-ins are for src/main only.' };
const noElectron = { group: ['electron', 'electron/*'], message: 'Electron is for src/main/electron only.' };
const noReact = {
  group: ['react', 'react-dom', 'react-dom/*', 'react-aria-components', 'react-hook-form'],
  message: 'UI code is for src/renderer only.',
};
// Patterns are gitignore-style, where a leading '#' starts a comment: the aliases are escaped ('\\#core').
const noMain = {
  group: ['**/main/**', '**/main', '\\#core/**'],
  message: 'The renderer reaches the main process only through the contract (src/shared/contract).',
};
const noRenderer = { group: ['**/renderer/**', '\\#renderer/**'], message: 'The backend never imports UI code.' };
const noElectronFolder = {
  group: ['**/electron/**', '../electron', '../electron/*'],
  message: 'src/main/core must not depend on the Electron host.',
};
// Import order, one group per line of origin: setup side effects (zod's configuration), Node's
// built-ins, packages, the project's aliases (#shared, #core, #renderer: package.json "imports"),
// relative files, then style sheets last so the cascade keeps its order.
const importGroups = [['^\\u0000(?!.*\\.css$)'], ['^node:'], ['^@?\\w'], ['^#'], ['^\\.'], ['^\\u0000.*\\.css$']];
// Production code never reaches into the test suites; test helpers live in tests/support.
const noTestSupport = {
  group: ['**/tests/**', '**/tests'],
  message: 'Test helpers (tests/support) are for tests only.',
};
// The parts behind a core (database, services) are for its session and tests; hosts and the CLI call `dispatch`.
const noCoreParts = {
  group: ['**/core/create-core'],
  importNames: ['composeCore', 'CoreParts'],
  message: "Hosts and the CLI call the core through createCore's dispatch (input parsing, the gate, audit anchoring).",
};
// exceljs inflates a whole workbook and cannot be bounded (issue 12); it stays a test-only reference.
const noExcelJs = { group: ['exceljs'], message: 'Spreadsheets are read and written by src/main/core/xlsx.' };
const domGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'history',
  'HTMLElement',
].map((name) => ({
  name,
  message: 'DOM globals belong in src/renderer.',
}));
const nodeGlobals = ['process', 'Buffer', '__dirname', '__filename', 'require', 'global'].map((name) => ({
  name,
  message: 'Node globals belong in src/main.',
}));

export default tseslint.config(
  {
    ignores: [
      '.vite/**',
      '.web-build/**',
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      'simple-import-sort/imports': ['error', { groups: importGroups }],
      'simple-import-sort/exports': 'error',
    },
  },
  {
    files: ['scripts/**', 'bin/**', '*.config.*', 'forge.config.ts', 'tests/**', 'src/main/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // CommonJS scripts (loaded by Playwright's config as well as by the .mjs scripts).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['src/shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: nodeBuiltinPaths, patterns: [noNode, noElectron, noReact, noMain, noRenderer, noTestSupport] },
      ],
      'no-restricted-globals': ['error', ...domGlobals, ...nodeGlobals],
    },
  },
  {
    files: ['src/main/core/**/*.ts', 'src/main/http/**/*.ts', 'src/main/hosting/**/*.ts', 'src/main/cli/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noElectron, noRenderer, noElectronFolder, noExcelJs, noTestSupport] },
      ],
    },
  },
  {
    files: ['src/main/http/**/*.ts', 'src/main/hosting/**/*.ts', 'src/main/cli/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noElectron, noRenderer, noElectronFolder, noExcelJs, noTestSupport, noCoreParts] },
      ],
    },
  },
  {
    files: [
      'src/main/core/**/*.test.ts',
      'src/main/http/**/*.test.ts',
      'src/main/hosting/**/*.test.ts',
      'src/main/cli/**/*.test.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [noElectron, noRenderer, noElectronFolder] }] },
  },
  {
    files: ['src/main/electron/**/*.ts'],
    ignores: ['src/main/electron/preload.ts', 'src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noRenderer, noTestSupport, noCoreParts] }] },
  },
  {
    // The sandboxed preload may use only Electron's renderer modules and types from the contract.
    files: ['src/main/electron/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltinPaths,
            {
              name: 'electron',
              importNames: ['app', 'BrowserWindow', 'ipcMain', 'protocol', 'session', 'shell', 'dialog', 'safeStorage'],
              message: 'Main-process modules are not available in a sandboxed preload.',
            },
          ],
          patterns: [noNode, noReact, noRenderer, noTestSupport],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // These rules judge code for the React Compiler, which this app does not use.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        { paths: nodeBuiltinPaths, patterns: [noNode, noElectron, noMain, noTestSupport] },
      ],
      'no-restricted-globals': ['error', ...nodeGlobals],
    },
  },
  {
    // Component tests render screens on the in-memory bridge from tests/support/renderer.
    files: ['src/renderer/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: nodeBuiltinPaths, patterns: [noNode, noElectron, noMain] }] },
  },
);

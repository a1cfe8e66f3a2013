#!/usr/bin/env node
// The `aim-licence` command: runs the TypeScript CLI (src/main/cli) through tsx, so the command
// line, the app and the tests share one core without a separate build step.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await tsImport(path.join(root, 'src/main/cli/main.ts'), import.meta.url);

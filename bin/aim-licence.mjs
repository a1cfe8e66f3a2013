#!/usr/bin/env node
// The `aim-licence` command: runs the TypeScript CLI (src/main/cli) through tsx, so the command
// line, the app and the tests share one core without a separate build step.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { tsImport } from 'tsx/esm/api';

// `npm run cli -- validate licences.csv` runs in the project folder; file names the person typed
// are relative to the folder they typed them in (npm passes it as INIT_CWD).
if (process.env.npm_lifecycle_event === 'cli' && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await tsImport(path.join(root, 'src/main/cli/main.ts'), import.meta.url);

// `npm run bench [-- --json] [-- --only name,name]`: every benchmark in scripts/bench/, each in its
// own process, merged into one JSON object of figures (milliseconds unless the key says otherwise).
// With --json, stdout carries only that object; progress and tables go to stderr.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { ensureNodeBuild, packageFile, projectRoot } from './native-module.mjs';

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyArg = args.find((a) => a.startsWith('--only='));
const only = onlyArg ? onlyArg.slice('--only='.length).split(',') : null;
const say = (line) => process.stderr.write(`${line}\n`);

ensureNodeBuild();
const dir = path.join(projectRoot, 'scripts/bench');
const names = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && f !== 'run-one.ts' && !f.endsWith('.test.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((n) => !only || only.includes(n))
  .sort();

const figures = {};
let failed = false;
for (const name of names) {
  say(`▶ ${name}`);
  const result = spawnSync(
    process.execPath,
    ['--expose-gc', packageFile('tsx', 'dist/cli.mjs'), path.join(dir, 'run-one.ts'), name],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const last = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || !last.startsWith('{')) {
    say(`✖ ${name} failed (exit ${result.status})`);
    failed = true;
    continue;
  }
  Object.assign(figures, JSON.parse(last));
}

if (json) process.stdout.write(`${JSON.stringify(figures)}\n`);
else for (const [key, value] of Object.entries(figures)) say(`${key.padEnd(28)} ${value}`);
process.exit(failed ? 1 : 0);

// Runs one benchmark module (scripts/bench/<name>.ts) and prints its figures as one JSON line on
// stdout; progress goes to stderr. Used by scripts/bench.mjs, one process per module.
import path from 'node:path';

type Benchmark = { run?: () => Promise<Record<string, number>> };

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name) throw new Error('usage: run-one.ts <benchmark name>');
  const loaded = (await import(path.join(__dirname, `${name}.ts`))) as Benchmark & { default?: Benchmark };
  const run = loaded.run ?? loaded.default?.run;
  if (!run) throw new Error(`scripts/bench/${name}.ts exports no run()`);
  process.stdout.write(`${JSON.stringify(await run())}\n`);
}

void main();

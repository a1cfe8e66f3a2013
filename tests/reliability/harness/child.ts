// The child process the crash harness kills: runs one operation's `run` and reports each commit
// on stdout ("ack <label>"), then "ack done". Launched as: child.ts <operation> <root> <params JSON>.
import { operations } from '../operations';

async function main(): Promise<void> {
  const [name, root, params] = process.argv.slice(2);
  const operation = operations[name as keyof typeof operations];
  if (!operation || !root || params === undefined)
    throw new Error(`usage: child.ts <${Object.keys(operations).join('|')}> <root> <params JSON>`);
  // Written synchronously: an ack must be on its way to the parent before the next step starts.
  const ack = (label: string) => process.stdout.write(`ack ${label}\n`);
  await (operation.run as (root: string, params: unknown, ack: (label: string) => void) => Promise<void>)(
    root,
    JSON.parse(params),
    ack,
  );
  ack('done');
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});

import { parseArgs, type ParseArgsConfig } from 'node:util';

import type { CliIo } from './cli-io';
import { exitCodes } from './records-exit-codes';

type Options = NonNullable<ParseArgsConfig['options']>;
const helpOption = { help: { type: 'boolean', default: false } } as const;

/**
 * The words after a command name, read against its options (plus `--help`). A bad option prints
 * the problem and the usage and gives the usage exit code; `--help` prints the usage and gives 0.
 */
export function readCommandArgs<const O extends Options>(
  args: readonly string[],
  options: O,
  usage: string,
  io: CliIo,
) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], allowPositionals: true, options: { ...options, ...helpOption } });
  } catch (error) {
    io.err((error as Error).message);
    io.err(usage);
    return exitCodes.usage;
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.out(usage);
    return exitCodes.ok;
  }
  return parsed;
}

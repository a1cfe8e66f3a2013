import { runCli } from './aim-licence';

void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

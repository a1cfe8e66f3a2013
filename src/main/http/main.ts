import path from 'node:path';
import { parseArgs } from 'node:util';

import { defaultDataDir } from '#core/data-dir';
import { openCoreSession } from '#core/recovery/core-session';
import { AppError } from '#shared/contract';

import pkg from '../../../package.json';
import { createAppLog } from '../hosting/app-log';
import { openInBrowser } from './open-browser';
import { startWebHost } from './web-host';

const usage = `Usage: npm run web -- [--data-dir DIR] [--port N] [--no-open]

Serves AIM Licences to your browser on 127.0.0.1 only, on the same data as the desktop app.
  --data-dir DIR   the data directory (default: the desktop app's, ${defaultDataDir()})
  --port N         the port (default: any free port)
  --no-open        print the address without opening a browser`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      'renderer-dir': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new AppError('VALIDATION', `--port must be a number from 0 to 65535, not "${values.port}".`);

  // The log file is the desktop app's format and redaction, in the same logs/ folder.
  const log = createAppLog({ dataDir, name: 'web' });
  // A damaged or missing database opens the recovery screen instead of a fresh, empty database.
  const core = openCoreSession({
    dataDir,
    host: 'web',
    appVersion: pkg.version,
    scheduleBackups: true,
    logError: log.logError,
  });
  log.info(`AIM Licences ${pkg.version} (browser version) starting`);
  const host = await startWebHost({
    dispatch: core.dispatch,
    events: core.events,
    logError: log.logError,
    rendererDir: path.resolve(values['renderer-dir'] ?? path.join(__dirname, '../../../.web-build/renderer')),
    port,
  });
  console.log(`AIM Licences (browser version) is running on the data in ${dataDir}`);
  console.log(`Open: ${host.url}`);
  console.log(
    'This address opens the app in one browser tab, once (its code is then spent). ' +
      (process.stdin.isTTY ? 'Press Enter here for a new address, ' : '') +
      'Ctrl+C to stop.',
  );
  // The browser's command line (visible to other local users) holds only that one-time code.
  if (!values['no-open'] && process.stdout.isTTY && !process.env.CI) openInBrowser(host.url);
  if (process.stdin.isTTY) {
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', () => console.log(`Open: ${host.newUrl()}`));
  }

  const stop = () => {
    void host
      .close()
      .then(() => core.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof AppError ? `Cannot start: ${error.message}` : error);
  process.exit(error instanceof AppError && error.code === 'VALIDATION' ? 2 : 1);
});

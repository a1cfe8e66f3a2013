import { parseArgs } from 'node:util';

import { type FaultKind, faultKinds } from './sim-faults';
import { defaultAccount, startPortalSim } from './sim-server';

const usage = `Usage: npm run portal-sim -- [--port N] [--faults RATE] [--kinds a,b] [--seed N] [--user NAME --password PW --company NAME]

A local filing-gateway simulator speaking the protocol in docs/portal-protocol.openapi.yaml, on 127.0.0.1.
It stands in for the filing gateway your organisation chooses; it is not trade.gov and never talks to it.
The account below is the simulator's own, like a gateway account: never a trade.gov login.
  --port N          port (default 0: any free port; the address is printed)
  --faults RATE     share of requests (0-1) that get an injected fault (default 0)
  --kinds LIST      fault kinds to draw from: ${faultKinds.join(', ')}
  --latency MS      delay for "latency" faults (default 50)
  --hang MS         how long "timeout-after-commit" holds the answer before dropping it (default 30000)
  --retry-after S   Retry-After seconds on "rate-limit" faults (default 1)
  --seed N          seed for the fault draw (default 1)
  --token-ttl S     token lifetime in seconds (default 28800)
  --user/--password/--company   the account (default ${defaultAccount.username} / ${defaultAccount.password})
Admin (header x-admin-token, printed at start): POST /admin/faults, POST /admin/expire-tokens,
GET /admin/licences, POST /admin/correct, POST /admin/cancel, POST /admin/reference.`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      faults: { type: 'string', default: '0' },
      kinds: { type: 'string' },
      latency: { type: 'string', default: '50' },
      hang: { type: 'string', default: '30000' },
      'retry-after': { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      'token-ttl': { type: 'string', default: '28800' },
      user: { type: 'string', default: defaultAccount.username },
      password: { type: 'string', default: defaultAccount.password },
      company: { type: 'string', default: defaultAccount.company },
      'admin-token': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const kinds = values.kinds ? (values.kinds.split(',').map((k) => k.trim()) as FaultKind[]) : undefined;
  const unknown = kinds?.filter((k) => !faultKinds.includes(k));
  if (unknown && unknown.length > 0)
    throw new Error(`Unknown fault kind(s): ${unknown.join(', ')}. Known: ${faultKinds.join(', ')}.`);
  const sim = await startPortalSim({
    port: Number(values.port),
    accounts: [{ username: values.user, password: values.password, company: values.company }],
    tokenTtlMs: Number(values['token-ttl']) * 1000,
    ...(values['admin-token'] ? { adminToken: values['admin-token'] } : {}),
    faults: {
      rate: Number(values.faults),
      seed: Number(values.seed),
      latencyMs: Number(values.latency),
      hangMs: Number(values.hang),
      retryAfterSeconds: Number(values['retry-after']),
      ...(kinds ? { kinds } : {}),
    },
  });
  console.log(`Filing-gateway simulator (not trade.gov) listening on ${sim.url}`);
  console.log(`Gateway account: ${values.user} / ${values.password} (${values.company})`);
  console.log(`Admin token: ${sim.adminToken}`);
  const stop = () => void sim.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});

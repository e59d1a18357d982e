// Starts the app host on a database file and prints what the page would learn at start
// (the start-up problem, or null), as JSON on one line. Run as its own process by the
// start-up tests, as an unprivileged user where a read-only file must really be read-only.
import { BROWSER_PLATFORM } from '../../server/api/handlers';
import { startAppHost } from '../../server/host/app-host';
import { loadReferentials } from '../../server/reference/load-reference';

const databasePath = process.argv[2];
if (!databasePath) throw new Error('usage: startup-probe.ts DATABASE');
const host = await startAppHost({
  databasePath,
  refs: loadReferentials(),
  platform: BROWSER_PLATFORM,
  version: 'probe',
  schedule: null,
  logError: () => {},
});
await host.idle();
process.stdout.write(`${JSON.stringify({ problem: host.startupProblem() })}\n`);
await host.close();

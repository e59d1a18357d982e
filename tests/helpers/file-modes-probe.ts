// Starts the app host under a given umask on a database path whose folder does not exist
// yet, lets it make its first backup, and prints the rights of every file and folder it
// created, as JSON on one line, while the database is still open (its -wal and -shm
// exist only then). A process of its own: a test's worker cannot change its umask.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { BROWSER_PLATFORM } from '../../server/api/handlers';
import { startAppHost } from '../../server/host/app-host';
import { loadReferentials } from '../../server/reference/load-reference';

const [databasePath, umask] = process.argv.slice(2);
if (!databasePath || !umask) throw new Error('usage: file-modes-probe.ts DATABASE UMASK');
process.umask(Number.parseInt(umask, 8));
const host = await startAppHost({
  databasePath,
  refs: loadReferentials(),
  platform: BROWSER_PLATFORM,
  version: 'probe',
  schedule: null,
  logError: (error) => console.error(error),
});
await host.idle();

/** Every path under the database's folder, with its rights in octal. */
function modesUnder(dir: string, root: string, into: Record<string, string>): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    into[relative(root, path)] = (stat.mode & 0o777).toString(8).padStart(4, '0');
    if (stat.isDirectory()) modesUnder(path, root, into);
  }
}
const root = dirname(dirname(databasePath));
const modes: Record<string, string> = {};
modesUnder(root, root, modes);
process.stdout.write(`${JSON.stringify(modes)}\n`);
await host.close();

// Starts and stops `jalon serve` as a real process, for the end-to-end tests and the
// interface benchmark (kept free of the test runner so the benchmark can use it).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { userDataDir } from '../../server/app-paths';
import { openDatabase } from '../../server/db/database';
import type { Database } from '../../server/db/database';
import { resolveDatabaseKeys } from '../../server/keys/database-keys';
import { fileVault, keysDirIn } from '../../server/keys/secret-file';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const JALON = join(ROOT, 'bin', 'jalon.mjs');

export interface RunningServer {
  url: string;
  token: string;
  process: ChildProcess;
  dataDir: string;
}

/** The environment of a server whose user data folder (and key store) is in `dataDir`. */
function serverEnv(dataDir: string): NodeJS.ProcessEnv {
  return { ...process.env, XDG_CONFIG_HOME: join(dataDir, 'config') };
}

/**
 * The database a test's server serves (`dataDir/jalon.db`), opened read-only beside it
 * with the key that server made: it is encrypted at rest like any app's database.
 */
export function openServedDatabase(dataDir: string): Database {
  const path = join(dataDir, 'jalon.db');
  const env = serverEnv(dataDir);
  const keys = resolveDatabaseKeys(path, {
    vault: fileVault(keysDirIn(userDataDir(process.platform, env))),
    env,
    create: false,
  });
  return openDatabase(path, { readonly: true, keys });
}

/**
 * Starts `jalon serve` and resolves with the address it prints. Its user data folder
 * (XDG_CONFIG_HOME) is inside `dataDir`: the database's key is created there at the
 * first start, found again at the next, and removed with the folder.
 */
export function startServer(dbPath: string, dataDir: string): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [JALON, 'serve', '--db', dbPath, '--port', '0'], {
      cwd: ROOT,
      env: { ...serverEnv(dataDir), JALON_DB: dbPath },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`jalon serve did not start: ${err}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Jalon: (http:\/\/127\.0\.0\.1:\d+\/\?token=([a-f0-9]+))/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, token: match[2]!, process: child, dataDir });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`jalon serve exited with ${code}: ${err}`));
    });
  });
}

export async function stopServer(server: RunningServer): Promise<void> {
  // Ended already: by itself (exitCode) or by a signal (signalCode, exitCode stays null);
  // its 'exit' event is past, so waiting for it would wait for ever.
  if (server.process.exitCode !== null || server.process.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    server.process.once('exit', () => resolve());
    server.process.kill('SIGTERM');
  });
}

// Starts and stops `jalon serve` as a real process, for the end-to-end tests and the
// interface benchmark (kept free of the test runner so the benchmark can use it).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const JALON = join(ROOT, 'bin', 'jalon.mjs');

export interface RunningServer {
  url: string;
  token: string;
  process: ChildProcess;
  dataDir: string;
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
      env: { ...process.env, JALON_DB: dbPath, XDG_CONFIG_HOME: join(dataDir, 'config') },
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
  if (server.process.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    server.process.once('exit', () => resolve());
    server.process.kill('SIGTERM');
  });
}

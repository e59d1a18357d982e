// Runs the real `jalon` command in a child process, as a user would.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = resolve(ROOT, 'bin/jalon.mjs');

/**
 * The CLI speaks the system's language (French unless it is English): these tests read
 * its English words unless they set the language themselves.
 */
export const ENGLISH: NodeJS.ProcessEnv = { LANG: 'en_GB.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `input`, when given, is piped to the command's standard input (passwords). */
export function jalon(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  input?: string,
): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...ENGLISH, JALON_DEBUG: '', ...env },
    timeout: 120_000,
    ...(input !== undefined ? { input } : {}),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function jalonInBackground(args: readonly string[]): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, ...ENGLISH },
  });
}

/** The real `jalon` command, not waited for: several can run at once. */
export function jalonAsync(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...ENGLISH, JALON_DEBUG: '1', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status, stdout, stderr }));
  });
}

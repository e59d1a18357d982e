#!/usr/bin/env node
// `npm start`: builds the interface and the Electron bundles (a few seconds), then opens
// the desktop app. Where Electron's binary was never downloaded
// (ELECTRON_SKIP_BINARY_DOWNLOAD, some locked-down workstations), it says so in one line
// and serves the same interface in the browser mode instead, on the same database in
// the user data folder.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildElectron, OUT_DIR } from '../scripts/build-electron.mjs';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** The Electron executable, or why there is none (the npm package throws without it). */
function findElectron() {
  try {
    const path = createRequire(import.meta.url)('electron');
    if (typeof path === 'string' && existsSync(path)) return { path };
    return { missing: `Electron's binary is not at ${path}` };
  } catch {
    return { missing: "Electron's binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD)" };
  }
}

function buildRenderer() {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/**
 * Runs the app as a child and ends with it. On POSIX the child gets its own process
 * group, so Ctrl+C reaches it once, through us, rather than twice (from the terminal
 * and from us), which would cut its orderly shutdown short.
 */
function runUntilExit(command, args, env = process.env) {
  const child = spawn(command, args, {
    cwd: ROOT,
    env,
    stdio: 'inherit',
    detached: process.platform !== 'win32',
  });
  for (const signal of FORWARDED_SIGNALS) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    process.stderr.write(`Jalon: could not start ${command}: ${error.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

buildRenderer();
await buildElectron();

const electron = findElectron();
const extraArgs = process.argv.slice(2);
if (electron.path) {
  // Inherited from some tool, this variable would make Electron behave as plain Node.
  const { ELECTRON_RUN_AS_NODE: _ignored, ...env } = process.env;
  runUntilExit(electron.path, [join(OUT_DIR, 'main.cjs'), ...extraArgs], env);
} else {
  process.stderr.write(`Jalon: ${electron.missing}; starting the browser mode instead.\n`);
  const jalon = join(ROOT, 'bin', 'jalon.mjs');
  runUntilExit(process.execPath, [jalon, 'serve', '--demo-if-empty', ...extraArgs]);
}

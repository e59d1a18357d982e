// The security gate bites: scripts/security-scan.mjs (npm run security) over a small
// Electron app that opens a window with Node in its page fails, naming the check, the
// file and the line, in its output and in its SARIF report — for a .mjs file too, an
// extension electronegativity itself would skip.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir';

const run = promisify(execFile);
const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'security-scan.mjs');

const INSECURE_WINDOW = `const { app, BrowserWindow } = require('electron');

app.whenReady().then(() => {
  const window = new BrowserWindow({
    webPreferences: { nodeIntegration: true, contextIsolation: false },
  });
  window.loadURL('https://example.org/');
});
`;

interface SarifResult {
  ruleId: string;
  locations: {
    physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
  }[];
}

describe('npm run security', () => {
  const tempDir = useTempDir('jalon-security-scan-');

  it('fails on a window with nodeIntegration: true, naming the check, file and line', async () => {
    const app = join(tempDir(), 'app');
    mkdirSync(join(app, 'workers'), { recursive: true });
    writeFileSync(join(app, 'main.js'), INSECURE_WINDOW);
    writeFileSync(join(app, 'workers', 'helper.mjs'), INSECURE_WINDOW);
    const sarifPath = join(tempDir(), 'out', 'scan.sarif');

    const failure = await run(process.execPath, [SCRIPT, '--input', app, '--output', sarifPath], {
      cwd: tempDir(),
    }).then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

    expect(failure, 'the scan passed an insecure window').not.toBeNull();
    expect(failure!.code).toBe(1);
    expect(failure!.stderr).toMatch(/^NODE_INTEGRATION_JS_CHECK {2}app\/main\.js:5 /m);
    expect(failure!.stderr).toMatch(/^NODE_INTEGRATION_JS_CHECK {2}app\/workers\/helper\.mjs:5 /m);
    expect(failure!.stdout).toMatch(/\d+ finding\(s\), 0 file\(s\) not parsed/);
    // Offline by construction: nothing about translations fetched from the network.
    expect(failure!.stdout + failure!.stderr).not.toMatch(/translations/i);

    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8')) as {
      runs: { results: SarifResult[] }[];
    };
    const found = sarif.runs[0]!.results.map((r) => ({
      check: r.ruleId,
      file: r.locations[0]!.physicalLocation.artifactLocation.uri,
      line: r.locations[0]!.physicalLocation.region.startLine,
    }));
    expect(found).toContainEqual({
      check: 'NODE_INTEGRATION_JS_CHECK',
      file: 'app/main.js',
      line: 5,
    });
    expect(found).toContainEqual({
      check: 'NODE_INTEGRATION_JS_CHECK',
      file: 'app/workers/helper.mjs',
      line: 5,
    });
    // The excluded network check never runs.
    expect(found.map((f) => f.check)).not.toContain('AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK');
  });

  it('fails on a file it cannot parse, which would otherwise go unchecked', async () => {
    const app = join(tempDir(), 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'broken.ts'), 'const window = new BrowserWindow({ webPreferences: {');
    const failure = await run(
      process.execPath,
      [SCRIPT, '--input', app, '--output', join(tempDir(), 'scan.sarif')],
      { cwd: tempDir() },
    ).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure!.stderr).toMatch(/^UNPARSED {2}app\/broken\.ts /m);
  });
});

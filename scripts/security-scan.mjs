// The security gate of CI (`npm run security`): Doyensec's electronegativity over the
// main process and preload (electron/ by default), a SARIF report in test-results/, and
// exit code 1 on any finding, listed as check id, file and line. Electronegativity
// itself always exits 0, so the gate is the count of results in its SARIF output.
//
//   node scripts/security-scan.mjs [--input electron] [--output test-results/electronegativity.sarif]
//
// Three things this script does around the tool, and why:
// - It calls the tool's programmatic entry (dist/runner.js, the package's "main"),
//   not its CLI. The CLI (dist/index.js) requires `commander` without declaring it, so
//   it gets whatever copy npm hoisted: ours is commander 14, whose options are no
//   longer properties of the program object, and the CLI dies with
//   "_commander2.default.version is not a function". The runner takes the same options
//   as a plain object and needs no commander at all.
// - It never touches the network. At start the tool fetches "updated translations"
//   from an S3 bucket (1 s timeout) and uses them as the text of its findings; the
//   `got` it would fetch them with is replaced by one that answers 503 at once, so the run is
//   the same offline, in CI, and whatever that bucket serves. The one check that needs
//   the network (AvailableSecurityFixesGlobalCheck, Electron's release list) is
//   excluded; Electron updates are followed through package.json instead.
// - It scans a copy of the input in which .mjs/.cjs/.mts/.cts files are renamed to
//   extensions the tool reads: it silently skips any other extension, and a file it
//   skips is a file nobody checked. Findings are reported under the original names.
//
// Exit 1 as well if the tool could not parse a file (an unparsed file is unchecked).
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire, Module } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
/** Extensions electronegativity skips, and the one it reads instead. */
const RENAMED = { '.mjs': '.js', '.cjs': '.js', '.mts': '.ts', '.cts': '.ts' };

const { values } = parseArgs({
  options: {
    input: { type: 'string', default: 'electron' },
    output: { type: 'string', default: 'test-results/electronegativity.sarif' },
  },
});
const input = resolve(values.input);
const output = resolve(values.output);
const shown = (path) => relative(process.cwd(), path).split(sep).join('/');

const require = createRequire(import.meta.url);
const runnerPath = require.resolve('@doyensec/electronegativity');
const electronVersion = require('electron/package.json').version;

/** No translations from the network: the `got` the tool would use fails at once. */
function keepOffline() {
  const toolRequire = createRequire(join(dirname(runnerPath), 'locales', 'i18n.js'));
  const gotPath = toolRequire.resolve('got');
  const offline = new Module(gotPath);
  offline.filename = gotPath;
  offline.loaded = true;
  // Answered like an unavailable server: the tool then keeps its own English catalogue
  // without a word (a rejection would print "Could not retrieve updated translations").
  offline.exports = () => Promise.resolve({ statusCode: 503, body: '' });
  require.cache[gotPath] = offline;
}

/** A copy of the input where every file has an extension the tool reads. */
function stage(dir) {
  const staged = mkdtempSync(join(tmpdir(), 'jalon-security-scan-'));
  const renamed = new Map();
  cpSync(dir, staged, { recursive: true, filter: (src) => !src.includes(`${sep}node_modules`) });
  for (const entry of readdirSync(staged, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const extension = Object.keys(RENAMED).find((e) => entry.name.endsWith(e));
    if (!extension) continue;
    const from = join(entry.parentPath, entry.name);
    const to = from + RENAMED[extension];
    cpSync(from, to);
    rmSync(from);
    renamed.set(relative(staged, to).split(sep).join('/'), relative(staged, from));
  }
  return { staged, renamed };
}

/**
 * The tool writes its SARIF file with a callback-style fs.writeFile it does not wait for
 * (src/util/file.js), so run() resolves before the file is complete: read it once it
 * parses, or give up after a few seconds.
 */
async function readWhenWritten(path) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(50);
    }
  }
}

async function scan() {
  keepOffline();
  const run = require(runnerPath);
  const { staged, renamed } = stage(input);
  const rawSarif = join(staged, '..', `${staged.split(sep).pop()}.sarif`);
  try {
    const result = await run(
      {
        input: staged,
        output: rawSarif,
        isSarif: true,
        customScan: [],
        excludeFromScan: EXCLUDED_CHECKS,
        isRelative: true,
        isVerbose: false,
        // Its own detection reads package.json files inside the input, and there is none.
        electronVersionOverride: electronVersion,
        parserPlugins: [],
      },
      false,
    );
    const sarif = await readWhenWritten(rawSarif);
    // Back to the names of the repository, relative to where the scan was started.
    const original = (uri) =>
      uri === 'file:///' ? 'N/A' : shown(join(input, renamed.get(uri) ?? uri));
    for (const finding of sarif.runs[0].results) {
      const location = finding.locations[0].physicalLocation.artifactLocation;
      location.uri = original(location.uri);
    }
    delete sarif.runs[0].invocations;
    mkdirSync(dirname(output), { recursive: true });
    writeFileSync(output, JSON.stringify(sarif, null, 2) + '\n');
    const unparsed = result.errors
      .filter((e) => !e.tolerable)
      .map((e) => ({ ...e, file: original(relative(staged, e.file).split(sep).join('/')) }));
    return { sarif, unparsed, checks: result.globalChecks + result.atomicChecks };
  } finally {
    rmSync(staged, { recursive: true, force: true });
    rmSync(rawSarif, { force: true });
  }
}

const { sarif, unparsed, checks } = await scan();
const findings = sarif.runs[0].results;
for (const finding of findings) {
  const { artifactLocation, region } = finding.locations[0].physicalLocation;
  const line = artifactLocation.uri === 'N/A' ? '-' : region.startLine;
  console.error(`${finding.ruleId}  ${artifactLocation.uri}:${line}  ${finding.message.text}`);
}
for (const error of unparsed) console.error(`UNPARSED  ${error.file}  ${error.message}`);
console.log(
  `electronegativity ${sarif.runs[0].tool.driver.version} (Electron ${electronVersion}), ` +
    `${checks} checks over ${shown(input)}: ${findings.length} finding(s), ` +
    `${unparsed.length} file(s) not parsed; SARIF in ${shown(output)}`,
);
process.exit(findings.length > 0 || unparsed.length > 0 ? 1 : 0);

// electron-builder's configuration, checked without building (no Electron download, no
// packaging tools): loaded and validated by electron-builder's own code against its
// schema, then what the app needs — the files the packaged app gets (by
// electron-builder's own file matchers, on a real build of the bundles), the native
// module unpacked, the four targets, the icons and the fuses.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'electron-builder';
import builderConfig, {
  jalonBuildConfig,
  PRODUCTION_FUSES,
  RUNTIME_MODULES,
  TEST_BUILD_FUSES,
} from '../../electron-builder.config';
import { buildElectron } from '../../scripts/build-electron.mjs';
import { useTempDir } from '../helpers/temp-dir';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONFIG_FILE = 'electron-builder.config.ts';

// electron-builder's own loading, validation and file matching (app-builder-lib, which
// the electron-builder package runs; some of these are internal, hence the local types).
const requireBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const builderConfigModule = requireBuilder('app-builder-lib/out/util/config/config.js') as {
  getConfig(
    projectDir: string,
    configPath: string | null,
    fromOptions: null,
  ): Promise<Configuration>;
  validateConfiguration(
    config: Configuration,
    debugLogger: { isEnabled: boolean; add(): void },
  ): Promise<void>;
};
type Filter = (file: string, stat: { isDirectory(): boolean }) => boolean;
interface Matcher {
  createFilter(): Filter;
}
const fileMatchers = requireBuilder('app-builder-lib/out/fileMatcher.js') as {
  FileMatcher: new (
    from: string,
    to: string,
    macroExpander: (text: string) => string,
    patterns: string[],
  ) => Matcher;
  getMainFileMatchers(...args: unknown[]): Matcher[];
  getNodeModuleFileMatcher(...args: unknown[]): Matcher;
  getFileMatchers(
    config: Configuration,
    name: 'asarUnpack',
    destination: string,
    options: object,
  ): Matcher[] | null;
};

const noDebugLog = { isEnabled: false, add() {} };

/** The configuration as `electron-builder --config electron-builder.config.ts` gets it. */
const loadConfig = () => builderConfigModule.getConfig(ROOT, CONFIG_FILE, null);
const sameText = (text: string) => text;
const DESTINATION = '/packaged/resources/app';

/** electron-builder's filters for the app files and node_modules, as a build sets them up. */
function packagingFilters(config: Configuration) {
  const info = {
    projectDir: ROOT,
    buildResourcesDir: join(ROOT, config.directories!.buildResources!),
    isPrepackedAppAsar: false,
    config,
    debugLogger: noDebugLog,
  };
  const outDir = join(ROOT, config.directories!.output!);
  const [main, ...others] = fileMatchers.getMainFileMatchers(
    ROOT,
    DESTINATION,
    sameText,
    {},
    { info },
    outDir,
    false,
  );
  expect(others).toEqual([]);
  const nodeModules = fileMatchers.getNodeModuleFileMatcher(ROOT, DESTINATION, sameText, {}, info);
  const unpack = fileMatchers.getFileMatchers(config, 'asarUnpack', DESTINATION, {
    macroExpander: sameText,
    customBuildOptions: {},
    globalOutDir: outDir,
    defaultSrc: ROOT,
  });
  const test =
    (filter: Filter) =>
    (path: string, isDirectory = false) =>
      filter(join(ROOT, path), { isDirectory: () => isDirectory });
  return {
    app: test(main!.createFilter()),
    nodeModule: test(nodeModules.createFilter()),
    unpacked: test(unpack![0]!.createFilter()),
  };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const files = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'));

describe('the packaging configuration', () => {
  it('is what electron-builder loads from the file npm run dist names, and passes its schema', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.dist).toBe(`npm run build && electron-builder --config ${CONFIG_FILE}`);
    for (const [script, flag] of [
      ['dist:linux', '--linux'],
      ['dist:win', '--win'],
      ['dist:mac', '--mac'],
    ]) {
      expect(pkg.scripts[script!]).toBe(`${pkg.scripts.dist} ${flag}`);
    }

    const loaded = await loadConfig();
    // electron-builder groups the `files` patterns into one file set.
    const { files: patterns, ...rest } = JSON.parse(JSON.stringify(builderConfig)) as Configuration;
    expect(loaded).toMatchObject(rest);
    expect(loaded.files).toEqual([{ filter: patterns }]);
    await builderConfigModule.validateConfiguration(loaded, noDebugLog);
    await builderConfigModule.validateConfiguration(
      jalonBuildConfig({ testBuild: true }),
      noDebugLog,
    );
    // The validation is live: a misspelt option is refused.
    await expect(
      builderConfigModule.validateConfiguration(
        { ...loaded, linux: { ...loaded.linux, categroy: 'Office' } as Configuration['linux'] },
        noDebugLog,
      ),
    ).rejects.toThrow(/configuration\.linux/);
  });

  it('builds AppImage and deb for Linux, an assisted per-user NSIS installer for Windows, a dmg for macOS', () => {
    const config = jalonBuildConfig({ testBuild: false });
    expect(config).toMatchObject({ appId: 'fr.francetravail.jalon', productName: 'Jalon' });
    expect(config.directories).toEqual({ buildResources: 'build', output: 'release' });
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect(config.linux!.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(config.linux!.synopsis).toBeTruthy();
    expect(config.win!.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
    });
    expect(config.mac).toMatchObject({
      target: ['dmg'],
      category: 'public.app-category.business',
      hardenedRuntime: true,
    });
    expect(config.publish).toBeNull();
  });

  it('flips the fuses to their production values; the test build differs only by the inspector arguments and its folder', () => {
    const production = jalonBuildConfig({ testBuild: false });
    const test = jalonBuildConfig({ testBuild: true });
    expect(production.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(production.electronFuses).toEqual(PRODUCTION_FUSES);
    expect(test.electronFuses).toEqual(TEST_BUILD_FUSES);
    expect(test.electronFuses).toEqual({
      ...PRODUCTION_FUSES,
      enableNodeCliInspectArguments: true,
    });
    // Everything else is the same, but the output folder: a test build is never a release.
    expect(test.directories!.output).not.toBe(production.directories!.output);
    const rest = (config: Configuration) => ({
      ...config,
      electronFuses: null,
      directories: { ...config.directories, output: null },
    });
    expect(rest(test)).toEqual(rest(production));
    // What the build uses when nothing asks for the test variant.
    expect(builderConfig.electronFuses).toEqual(
      process.env.JALON_TEST_BUILD === '1' ? TEST_BUILD_FUSES : PRODUCTION_FUSES,
    );
  });

  it('has icons in build/ of the sizes each platform wants', () => {
    const config = jalonBuildConfig({ testBuild: false });
    expect([config.linux!.icon, config.win!.icon, config.mac!.icon]).toEqual([
      'build/icon.png',
      'build/icon.ico',
      'build/icon.icns',
    ]);

    const png = pngSize(readFileSync(join(ROOT, 'build/icon.png')));
    expect(png.width).toBeGreaterThanOrEqual(512);
    expect(png.height).toBe(png.width);

    // ICO: a directory of (width, height, …, size, offset) entries; 0 stands for 256.
    const ico = readFileSync(join(ROOT, 'build/icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const icoSizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
      const at = 6 + 16 * i;
      const declared = ico.readUInt8(at) || 256;
      const data = ico.subarray(
        ico.readUInt32LE(at + 12),
        ico.readUInt32LE(at + 12) + ico.readUInt32LE(at + 8),
      );
      expect(pngSize(data)).toEqual({ width: declared, height: declared });
      return declared;
    });
    expect(icoSizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));

    // ICNS: 'icns', total length, then (type, length, PNG) entries.
    const icns = readFileSync(join(ROOT, 'build/icon.icns'));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const icnsSizes: Record<string, number> = {};
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      const { width } = pngSize(icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)));
      icnsSizes[icns.toString('latin1', at, at + 4)] = width;
    }
    expect(icnsSizes).toMatchObject({ ic07: 128, ic08: 256, ic09: 512, ic10: 1024 });
  });

  describe('puts in the app', () => {
    const tempDir = useTempDir('jalon-packaging-');
    let filters: ReturnType<typeof packagingFilters>;
    let bundles: string[] = [];

    beforeAll(async () => {
      // The matchers of a build, on the configuration as electron-builder loads it.
      filters = packagingFilters(await loadConfig());
      // The bundles exactly as `npm run build` writes them, named as in the project.
      const out = join(tempDir(), 'dist', 'electron');
      await buildElectron(out);
      bundles = readdirSync(out, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) =>
          relative(tempDir(), join(entry.parentPath, entry.name)).split(sep).join('/'),
        );
    });

    it('the bundles, the interface, the reference data and package.json, and none of the sources', () => {
      const config = jalonBuildConfig({ testBuild: false });
      // vite's output is index.html and assets/ (built by `npm run build`, not here).
      const renderer = ['dist/renderer/index.html', 'dist/renderer/assets/index-0a1b2c.js'];
      const wanted = [
        ...bundles.filter((file) => !file.endsWith('.map')),
        ...renderer,
        ...files('data/reference'),
        'package.json',
      ];
      expect(wanted).toEqual(
        expect.arrayContaining([
          'dist/electron/main.cjs',
          'dist/electron/preload.cjs',
          'dist/electron/workers/analysis-worker.cjs',
          'dist/electron/workers/jsonl-parse-worker.cjs',
          'data/reference/rome_codes.csv',
        ]),
      );
      for (const file of wanted) expect(filters.app(file), file).toBe(true);
      expect(filters.app(config.extraMetadata!.main as string)).toBe(true);
      expect(bundles).toContain(config.extraMetadata!.main);

      // Each pattern of `files` that adds something adds one of these.
      for (const pattern of config.files as string[]) {
        if (pattern.startsWith('!')) continue;
        const matcher = new fileMatchers.FileMatcher(ROOT, DESTINATION, sameText, [pattern]);
        const filter = matcher.createFilter();
        const hits = wanted.filter((file) =>
          filter(join(ROOT, file), { isDirectory: () => false }),
        );
        expect(hits.length, pattern).toBeGreaterThan(0);
      }

      const left = [
        ...bundles.filter((file) => file.endsWith('.map')),
        ...files('electron'),
        ...files('shared'),
        ...files('renderer'),
        ...files('cli'),
        ...files('tests/unit'),
        ...files('scripts'),
        ...files('build'),
        ...files('docs'),
        'README.md',
        'tsconfig.json',
        'vite.config.ts',
        CONFIG_FILE,
        'release/Jalon-0.1.0-x64.AppImage',
      ];
      for (const file of left) expect(filters.app(file), file).toBe(false);
    });

    it('better-sqlite3-multiple-ciphers with what it requires, unpacked from the archive, and no other package', () => {
      // better-sqlite3-multiple-ciphers's run-time dependencies, as its package.json says (prebuild-install
      // only fetches the binary when installing).
      const closure = new Set<string>();
      const visit = (name: string) => {
        if (closure.has(name)) return;
        closure.add(name);
        const { dependencies = {} } = JSON.parse(
          readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'),
        ) as { dependencies?: Record<string, string> };
        for (const dependency of Object.keys(dependencies)) {
          if (dependency !== 'prebuild-install') visit(dependency);
        }
      };
      visit('better-sqlite3-multiple-ciphers');
      expect([...closure].sort()).toEqual([...RUNTIME_MODULES].sort());

      const native =
        'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node';
      for (const file of [
        'node_modules/better-sqlite3-multiple-ciphers/package.json',
        'node_modules/better-sqlite3-multiple-ciphers/lib/index.js',
        native,
        ...RUNTIME_MODULES.map((name) => `node_modules/${name}/package.json`),
      ]) {
        expect(filters.nodeModule(file), file).toBe(true);
      }
      for (const dir of [
        'node_modules/better-sqlite3-multiple-ciphers',
        'node_modules/better-sqlite3-multiple-ciphers/build/Release',
      ]) {
        expect(filters.nodeModule(dir, true), dir).toBe(true);
      }
      expect(filters.unpacked(native)).toBe(true);
      expect(filters.unpacked('node_modules/better-sqlite3-multiple-ciphers/lib/index.js')).toBe(
        true,
      );
      expect(filters.unpacked('dist/electron/main.cjs')).toBe(false);
      expect(filters.unpacked('data/reference/communes.csv')).toBe(false);

      // better-sqlite3-multiple-ciphers's C sources and build leftovers stay out.
      expect(filters.nodeModule('node_modules/better-sqlite3-multiple-ciphers/deps', true)).toBe(
        false,
      );
      expect(
        filters.nodeModule('node_modules/better-sqlite3-multiple-ciphers/src/better_sqlite3.cpp'),
      ).toBe(false);
      expect(
        filters.nodeModule(
          'node_modules/better-sqlite3-multiple-ciphers/build/Release/test_extension.node',
        ),
      ).toBe(false);

      // Every other production dependency is in the bundles already.
      const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
        dependencies: Record<string, string>;
      };
      const bundled = Object.keys(dependencies).filter(
        (name) => name !== 'better-sqlite3-multiple-ciphers',
      );
      expect(bundled).toEqual(expect.arrayContaining(['react', 'zod', 'tsx']));
      for (const name of [...bundled, '@esbuild/linux-x64', 'prebuild-install']) {
        expect(filters.nodeModule(`node_modules/${name}/package.json`), name).toBe(false);
        expect(filters.nodeModule(`node_modules/${name}`, true), name).toBe(false);
      }
    });
  });
});

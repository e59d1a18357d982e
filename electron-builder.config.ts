// electron-builder's configuration: `npm run dist` (README, "Packaging").
//
// The packaged app keeps the repository's layout for what it needs, inside app.asar:
// dist/electron (main, preload and worker bundles: scripts/build-electron.mjs),
// dist/renderer (the interface: vite), data/reference (the reference CSVs, read by the
// main process and the workers) and package.json. Everything the bundles import is in
// them, except better-sqlite3-multiple-ciphers (a native module): of node_modules only it and what it
// requires at run time are shipped, unpacked from the archive so that its .node file
// can be loaded.
//
// `JALON_TEST_BUILD=1` builds the variant Playwright's `_electron` can drive (its
// launch passes `--inspect=0`): the same app with the Node inspector arguments fuse on,
// written to another folder. A production build never has it.
import type { Configuration } from 'electron-builder';

export const APP_ID = 'fr.francetravail.jalon';
export const PRODUCT_NAME = 'Jalon';

/** better-sqlite3-multiple-ciphers and its run-time dependencies: all the app keeps of node_modules. */
export const RUNTIME_MODULES = [
  'better-sqlite3-multiple-ciphers',
  'bindings',
  'file-uri-to-path',
] as const;

type Fuses = Required<
  Omit<NonNullable<Configuration['electronFuses']>, 'resetAdHocDarwinSignature'>
>;

/** Flipped in the Electron binary before signing (https://www.electronjs.org/docs/latest/tutorial/fuses). */
export const PRODUCTION_FUSES: Fuses = {
  // ELECTRON_RUN_AS_NODE would turn the signed binary into a plain Node runtime.
  runAsNode: false,
  // Cookies encrypted at rest with the OS keychain (Jalon sets none, Chromium may).
  enableCookieEncryption: true,
  // NODE_OPTIONS and --inspect* would let anyone inject code into the main process.
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  // app.asar is checked against the hash embedded at build time (macOS, Windows),
  // and nothing outside an asar is loaded as the app.
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  // The interface is served on app://, never file://.
  grantFileProtocolExtraPrivileges: false,
};

/** Playwright's `_electron` launches with `--inspect=0`: only that fuse differs. */
export const TEST_BUILD_FUSES: Fuses = {
  ...PRODUCTION_FUSES,
  enableNodeCliInspectArguments: true,
};

export function jalonBuildConfig({ testBuild }: { testBuild: boolean }): Configuration {
  return {
    appId: APP_ID,
    productName: PRODUCT_NAME,
    copyright: 'Copyright © France Travail',
    directories: {
      buildResources: 'build',
      output: testBuild ? 'release/test-build' : 'release',
    },
    // package.json has no `main` (npm start runs the bundle itself): the app's entry.
    extraMetadata: { main: 'dist/electron/main.cjs' },
    files: [
      'dist/electron/**/*.cjs',
      'dist/renderer/**/*',
      'data/reference/**/*',
      'package.json',
      '!**/*.map',
      // Everything else in node_modules is already in the bundles (production
      // dependencies would otherwise be copied whole: React, ag-grid, tsx…).
      `!node_modules/!(${RUNTIME_MODULES.join('|')}){,/**/*}`,
      // better-sqlite3-multiple-ciphers's sources and build leftovers: only lib/ and the .node are needed.
      '!node_modules/better-sqlite3-multiple-ciphers/{deps,src}{,/**/*}',
      '!node_modules/better-sqlite3-multiple-ciphers/build/Release/{obj,obj.target,.deps,test_extension.node}{,/**/*}',
    ],
    asar: true,
    // A native module cannot be loaded from inside the archive.
    asarUnpack: ['**/node_modules/better-sqlite3-multiple-ciphers/**', '**/*.node'],
    // better-sqlite3-multiple-ciphers rebuilt (prebuilt binary, else compiled) for Electron's Node.
    npmRebuild: true,
    nodeGypRebuild: false,
    buildDependenciesFromSource: false,
    // The interface is French and English; Chromium's other locales are dropped.
    electronLanguages: ['fr', 'en-US', 'en-GB'],
    electronFuses: testBuild ? TEST_BUILD_FUSES : PRODUCTION_FUSES,
    // Nothing is uploaded anywhere: the installers are handed to the deployment team.
    publish: null,
    artifactName: '${productName}-${version}-${arch}.${ext}',
    linux: {
      target: ['AppImage', 'deb'],
      icon: 'build/icon.png',
      category: 'Office',
      executableName: 'jalon',
      synopsis: 'Journaux de recherche d’emploi : frise, signaux et recommandations',
      description:
        'Jalon turns job seekers’ monthly journals into timelines, signals and ranked recommendations for France Travail counsellors.',
      maintainer: 'Équipe Jalon <jalon@example.invalid>',
      vendor: 'France Travail',
    },
    deb: {
      priority: 'optional',
    },
    win: {
      target: [{ target: 'nsis', arch: ['x64'] }],
      icon: 'build/icon.ico',
    },
    nsis: {
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      installerLanguages: ['fr_FR', 'en_US'],
      multiLanguageInstaller: true,
    },
    mac: {
      target: ['dmg'],
      icon: 'build/icon.icns',
      category: 'public.app-category.business',
      // Required for notarization; electron-builder's default entitlements let
      // Electron's JIT run under it.
      hardenedRuntime: true,
      gatekeeperAssess: false,
    },
    dmg: {
      title: '${productName} ${version}',
    },
  };
}

export default jalonBuildConfig({ testBuild: process.env.JALON_TEST_BUILD === '1' });

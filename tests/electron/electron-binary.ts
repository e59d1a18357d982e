// Where the Electron executable is, or why these tests cannot run: the npm package
// throws (or names a missing file) when its binary download was skipped.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export type ElectronBinary = { path: string; missing?: never } | { path?: never; missing: string };

export function findElectronBinary(): ElectronBinary {
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    if (typeof path === 'string' && existsSync(path)) return { path };
    return { missing: `Electron's binary is not at ${String(path)}` };
  } catch {
    return {
      missing:
        "Electron's binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD), so the desktop app cannot be launched",
    };
  }
}

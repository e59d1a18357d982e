// Tests that drive a system program (Chromium, LibreOffice, poppler, the sqlite3 shell)
// check for it first and fail with one line naming the Debian package to install, rather
// than with a spawn error deep in a stack trace. scripts/install-system-deps.sh installs
// them all.
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The Debian package that provides each program the tests run. */
export const SYSTEM_TOOLS = {
  chromium: 'chromium',
  soffice: 'libreoffice-calc',
  pdftotext: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  sqlite3: 'sqlite3',
} as const;

export type SystemTool = keyof typeof SYSTEM_TOOLS;

export class MissingSystemTool extends Error {
  constructor(
    readonly tool: string,
    readonly debianPackage: string,
  ) {
    super(
      `${tool} is missing: apt-get install -y ${debianPackage} (or scripts/install-system-deps.sh)`,
    );
    this.name = 'MissingSystemTool';
    // The one line says it all: no stack under it.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Whether `command` is on the PATH given (by default the process's own). */
function onPath(command: string, path: string | undefined): boolean {
  return (path ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .some((dir) => {
      try {
        accessSync(join(dir, command), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}

/**
 * Throws MissingSystemTool unless every tool is there. Chromium is the executable the
 * tests launch (`JALON_CHROMIUM`, else /usr/bin/chromium); the others are looked up on
 * the PATH.
 */
export function requireSystemTools(
  tools: readonly SystemTool[],
  env: NodeJS.ProcessEnv = process.env,
): void {
  for (const tool of tools) {
    const present =
      tool === 'chromium'
        ? existsSync(env.JALON_CHROMIUM ?? '/usr/bin/chromium')
        : onPath(tool, env.PATH);
    if (!present) throw new MissingSystemTool(tool, SYSTEM_TOOLS[tool]);
  }
}

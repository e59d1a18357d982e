// A test that needs a system program and runs where it is missing must say, in one line,
// which Debian package to install.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MissingSystemTool, requireSystemTools } from '../helpers/system-tools';
import { useTempDir } from '../helpers/temp-dir';

describe('requireSystemTools', () => {
  const tempDir = useTempDir('jalon-tools-');

  it.each([
    ['soffice', 'libreoffice-calc'],
    ['pdftotext', 'poppler-utils'],
    ['pdfinfo', 'poppler-utils'],
    ['pdftoppm', 'poppler-utils'],
    ['sqlite3', 'sqlite3'],
  ] as const)('fails on a PATH without %s with one line naming %s', (tool, debianPackage) => {
    const env = { PATH: tempDir() };
    let thrown: unknown;
    try {
      requireSystemTools([tool], env);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MissingSystemTool);
    const error = thrown as MissingSystemTool;
    expect(error.message).toBe(
      `${tool} is missing: apt-get install -y ${debianPackage} (or scripts/install-system-deps.sh)`,
    );
    expect(String(error.stack).split('\n')).toHaveLength(1);
  });

  it('fails without Chromium at JALON_CHROMIUM naming the chromium package', () => {
    expect(() =>
      requireSystemTools(['chromium'], { JALON_CHROMIUM: join(tempDir(), 'chromium') }),
    ).toThrow('chromium is missing: apt-get install -y chromium');
  });

  it('passes when each tool is an executable on the PATH, and Chromium where it is named', () => {
    const bin = join(tempDir(), 'bin');
    mkdirSync(bin);
    for (const tool of ['soffice', 'pdftotext', 'sqlite3', 'chromium']) {
      writeFileSync(join(bin, tool), '#!/bin/sh\n');
      chmodSync(join(bin, tool), 0o755);
    }
    expect(() =>
      requireSystemTools(['soffice', 'pdftotext', 'sqlite3', 'chromium'], {
        PATH: `/nowhere:${bin}`,
        JALON_CHROMIUM: join(bin, 'chromium'),
      }),
    ).not.toThrow();
  });

  it('does not take a file that cannot be run for the tool', () => {
    writeFileSync(join(tempDir(), 'sqlite3'), 'not a program');
    expect(() => requireSystemTools(['sqlite3'], { PATH: tempDir() })).toThrow(MissingSystemTool);
  });
});

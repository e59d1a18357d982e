// The folder boundaries are lint rules: this test fails if one is weakened or removed.
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { ESLint } from 'eslint';

const ROOT = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint boundaries', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';", /Node built-ins/],
    ["import path from 'path';", /Node built-ins/],
    ["import { app } from 'electron';", /Electron/],
    ["import Database from 'better-sqlite3-multiple-ciphers';", /database/],
    ["import { useState } from 'react';", /React/],
    ["import { openStore } from '../cli/open-store';", /never the reverse/],
  ])('shared/ refuses %s', async (line, message) => {
    const messages = await restrictedImports('shared/probe.ts', `${line}\nexport {};\n`);
    expect(messages.join('\n')).toMatch(message);
  });

  it('shared/ may import its own modules and zod', async () => {
    expect(
      await restrictedImports(
        'shared/probe.ts',
        "import { z } from 'zod';\nimport { isPeriod } from './journal/dates';\nexport { z, isPeriod };\n",
      ),
    ).toEqual([]);
  });

  it('the renderer never imports electron/, server/ or Node', async () => {
    expect(
      await restrictedImports(
        'renderer/probe.ts',
        "import { x } from '../server/app-paths';\nexport { x };\n",
      ),
    ).not.toEqual([]);
    expect(
      await restrictedImports(
        'renderer/probe.ts',
        "import type { MenuCommand } from '../electron/main/menu';\nexport type { MenuCommand };\n",
      ),
    ).not.toEqual([]);
    expect(
      await restrictedImports(
        'renderer/probe.ts',
        "import { ipcRenderer } from 'electron';\nexport { ipcRenderer };\n",
      ),
    ).not.toEqual([]);
    expect(
      await restrictedImports('renderer/probe.ts', "import fs from 'node:fs';\nexport { fs };\n"),
    ).not.toEqual([]);
  });

  it('electron/ never imports the renderer: the bridge is a contract in shared/api/', async () => {
    expect(
      await restrictedImports(
        'electron/main/probe.ts',
        "import type { AppClient } from '../../renderer/api/client';\nexport type { AppClient };\n",
      ),
    ).not.toEqual([]);
    expect(
      await restrictedImports(
        'electron/preload/probe.ts',
        "import type { JalonBridge } from '../../shared/api/bridge';\nexport type { JalonBridge };\n",
      ),
    ).toEqual([]);
  });

  it('server/ and the CLI never import Electron itself, but the CLI may use server/', async () => {
    expect(
      await restrictedImports(
        'server/probe.ts',
        "import { app } from 'electron';\nexport { app };\n",
      ),
    ).not.toEqual([]);
    expect(
      await restrictedImports(
        'cli/probe.ts',
        "import { openDatabase } from '../server/db/database';\nexport { openDatabase };\n",
      ),
    ).toEqual([]);
  });
});

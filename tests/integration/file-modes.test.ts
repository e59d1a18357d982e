// Issue 16, hole 5: the database, its -wal and -shm, the backups, the verified-backups
// file and the folders Jalon makes for them are its owner's only (0600, 0700), whatever
// the umask, on real files made by a real process. (POSIX rights: Windows has none of
// these modes, and its user profile folders are private already.)
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { useTempDir } from '../helpers/temp-dir';

const ROOT = resolve(import.meta.dirname, '../..');

describe('rights of the files holding personal data', () => {
  const tempDir = useTempDir();

  for (const umask of ['0022', '0000']) {
    it(`are the owner's only under umask ${umask}`, () => {
      // The database's folder does not exist yet: Jalon makes it (`data/`).
      const databasePath = join(tempDir(), 'data', 'jalon.db');
      const r = spawnSync(
        process.execPath,
        [
          join(ROOT, 'bin', 'run-ts.mjs'),
          join(ROOT, 'tests/helpers/file-modes-probe.ts'),
          databasePath,
          umask,
        ],
        { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
      );
      expect(r.status, r.stderr).toBe(0);
      const modes = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Record<string, string>;
      const backups = Object.keys(modes).filter((p) =>
        /^data\/backups\/jalon\.db\/jalon-.*\.db$/.test(p),
      );
      expect(backups).toHaveLength(1);
      expect(modes).toEqual({
        data: '0700',
        'data/jalon.db': '0600',
        'data/jalon.db-wal': '0600',
        'data/jalon.db-shm': '0600',
        'data/backups': '0700',
        'data/backups/jalon.db': '0700',
        [backups[0]!]: '0600',
        'data/backups/jalon.db-backups-verified.json': '0600',
      });
    });
  }
});

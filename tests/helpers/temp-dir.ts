// Every test gets its own folder on disk, removed afterwards: real files, no sharing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

export function useTempDir(prefix = 'jalon-test-'): () => string {
  let dir: string | null = null;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = null;
  });
  return () => (dir ??= mkdtempSync(join(tmpdir(), prefix)));
}

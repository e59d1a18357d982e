// Files chosen for an import, known to the renderer only by a random id: the renderer
// never hands the services a path. The browser mode stages an uploaded copy in a
// private temporary folder; the desktop app stages the paths its native dialog returned.
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { ApiError } from '../../../shared/api/errors';
import type { StagedFile } from '../../../shared/api/contract';

interface Entry extends StagedFile {
  path: string;
}

/** A file name safe to write in our folder: no separators, no leading dots. */
export function safeFileName(name: string): string {
  const cleaned = basename(name.replace(/\\/g, '/'))
    .replace(/[^\w.\- ]/g, '_')
    .replace(/^\.+/, '')
    .slice(0, 100);
  return cleaned || 'file';
}

export class StagedFiles {
  private readonly entries = new Map<string, Entry>();
  private uploadDir: string | null = null;

  /** Registers a file the person chose in a native dialog. */
  stagePath(path: string): StagedFile {
    const size = statSync(path).size;
    return this.add({ id: randomBytes(16).toString('hex'), name: basename(path), size, path });
  }

  /** Writes an uploaded body to the private folder (refused beyond `maxBytes`). */
  async stageUpload(name: string, body: Readable, maxBytes: number): Promise<StagedFile> {
    this.uploadDir ??= mkdtempSync(join(tmpdir(), 'jalon-uploads-'));
    const id = randomBytes(16).toString('hex');
    const dir = join(this.uploadDir, id);
    const path = join(dir, safeFileName(name));
    let size = 0;
    body.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) body.destroy(new ApiError('invalid_arguments', 'file too large'));
    });
    mkdirSync(dir);
    try {
      await pipeline(body, createWriteStream(path));
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    return this.add({ id, name: safeFileName(name), size, path });
  }

  /** The paths for an import, in the order given; an unknown id is refused. */
  resolve(ids: readonly string[]): Entry[] {
    return ids.map((id) => {
      const entry = this.entries.get(id);
      if (!entry) throw new ApiError('not_found', `no staged file ${id}`);
      return entry;
    });
  }

  /** Forgets the files (and deletes uploaded copies) once imported. */
  release(ids: readonly string[]): void {
    for (const id of ids) {
      const entry = this.entries.get(id);
      this.entries.delete(id);
      if (entry && this.uploadDir && entry.path.startsWith(this.uploadDir)) {
        rmSync(join(this.uploadDir, id), { recursive: true, force: true });
      }
    }
  }

  dispose(): void {
    if (this.uploadDir) rmSync(this.uploadDir, { recursive: true, force: true });
    this.entries.clear();
  }

  private add(entry: Entry): StagedFile {
    this.entries.set(entry.id, entry);
    return { id: entry.id, name: entry.name, size: entry.size };
  }
}

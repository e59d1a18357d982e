// Files chosen for an import, known to the renderer only by a random id: the renderer
// never hands the services a path. The browser mode stages an uploaded copy in a
// private folder beside the database; the desktop app stages the paths its native
// dialog returned. Uploaded copies hold personal data, so they are bounded and do not
// outlive their use: a quota per person (files and bytes, the least recently used
// dropped first), deleted once imported or when unused for an hour, and the copies a
// killed process left behind are deleted at the next start.
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { ApiError } from '../../shared/api/errors';
import type { StagedFile } from '../../shared/api/contract';
import { processAlive } from '../process-alive';

export interface StagingLimits {
  /** Files one person may have staged at once. */
  files: number;
  /** Bytes of one person's uploaded copies, in all. */
  bytes: number;
  /** A staged file unused this long is forgotten and its copy deleted (an abandoned import). */
  idleMs: number;
}

export const STAGING_LIMITS: Readonly<StagingLimits> = Object.freeze({
  // import.start takes 20 files at most.
  files: 20,
  // Twice the largest upload the browser mode takes.
  bytes: 4 * 1024 * 1024 * 1024,
  idleMs: 60 * 60 * 1000,
});

/** How often unused files are looked for, at most. */
const SWEEP_EVERY_MS = 5 * 60 * 1000;

interface Entry extends StagedFile {
  path: string;
  /** Who staged it: only they may import it. Null: staged before sign-in existed (tests). */
  owner: string | null;
  /** An uploaded copy, deleted with its entry (a dialog's path is the person's own file). */
  copy: boolean;
  lastUsed: number;
}

export interface StagedFilesOptions {
  /**
   * The folder for uploaded copies, one per database (`<database>-uploads`): each process
   * writes in a subfolder named by its pid, and removes those of processes no longer
   * running when it starts. Null (an in-memory database): a new temporary folder.
   */
  uploadRoot: string | null;
  now: () => Date;
  limits?: StagingLimits;
}

/** A file name safe to write in our folder: no separators, no leading dots. */
export function safeFileName(name: string): string {
  const cleaned = basename(name.replace(/\\/g, '/'))
    .replace(/[^\w.\- ]/g, '_')
    .replace(/^\.+/, '')
    .slice(0, 100);
  return cleaned || 'file';
}

/** Removes the subfolders of processes that no longer run: what a kill left behind. */
function removeLeftovers(uploadRoot: string): void {
  let names: string[];
  try {
    names = readdirSync(uploadRoot);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^(\d+)-/.exec(name)?.[1]);
    if (Number.isSafeInteger(pid) && pid !== process.pid && !processAlive(pid)) {
      rmSync(join(uploadRoot, name), { recursive: true, force: true });
    }
  }
}

export class StagedFiles {
  private readonly entries = new Map<string, Entry>();
  /** Ids an import or a preview is reading: never dropped meanwhile. */
  private readonly busy = new Set<string>();
  /** Bytes being received, per person: counted in their quota before they land. */
  private readonly receiving = new Map<string | null, number>();
  private uploadDir: string | null = null;
  private readonly limits: StagingLimits;
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly options: StagedFilesOptions) {
    this.limits = options.limits ?? STAGING_LIMITS;
    if (options.uploadRoot !== null) removeLeftovers(options.uploadRoot);
    this.sweeper = setInterval(() => this.sweep(), Math.min(this.limits.idleMs, SWEEP_EVERY_MS));
    this.sweeper.unref();
  }

  /** Registers a file the person chose in a native dialog. */
  stagePath(path: string, owner: string | null = null): StagedFile {
    const size = statSync(path).size;
    this.makeRoom(owner);
    return this.add({
      id: randomBytes(16).toString('hex'),
      name: basename(path),
      size,
      path,
      owner,
      copy: false,
      lastUsed: this.now(),
    });
  }

  /**
   * Writes an uploaded body to the private folder: refused beyond `maxBytes`, or beyond
   * the person's quota once their least recently used staged files are dropped.
   */
  async stageUpload(
    name: string,
    body: Readable,
    maxBytes: number,
    owner: string | null,
  ): Promise<StagedFile> {
    this.sweep();
    this.makeRoom(owner);
    const id = randomBytes(16).toString('hex');
    const dir = join(this.ownUploadDir(), id);
    const path = join(dir, safeFileName(name));
    let size = 0;
    body.on('data', (chunk: Buffer) => {
      size += chunk.length;
      this.receiving.set(owner, (this.receiving.get(owner) ?? 0) + chunk.length);
      if (size > maxBytes) {
        body.destroy(new ApiError('invalid_arguments', 'file too large'));
      } else if (!this.makeRoom(owner)) {
        body.destroy(
          new ApiError(
            'quota_exceeded',
            `staged files may not exceed ${this.limits.bytes} bytes per person`,
          ),
        );
      }
    });
    mkdirSync(dir, { mode: 0o700 });
    try {
      await pipeline(body, createWriteStream(path, { mode: 0o600 }));
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    } finally {
      this.receiving.set(owner, (this.receiving.get(owner) ?? 0) - size);
    }
    return this.add({
      id,
      name: safeFileName(name),
      size,
      path,
      owner,
      copy: true,
      lastUsed: this.now(),
    });
  }

  /**
   * The paths for an import or a preview, in the order given, held until `settle` or
   * `release`. An unknown id, one staged by someone else or one expired is not found.
   */
  resolve(ids: readonly string[], owner: string | null): Entry[] {
    this.sweep();
    const entries = ids.map((id) => {
      const entry = this.entries.get(id);
      if (!entry || (entry.owner !== null && entry.owner !== owner)) {
        throw new ApiError('not_found', `no staged file ${id}`);
      }
      return entry;
    });
    for (const entry of entries) {
      entry.lastUsed = this.now();
      this.busy.add(entry.id);
    }
    return entries;
  }

  /** A preview is done with the files: they wait (an hour at most) for the import. */
  settle(ids: readonly string[]): void {
    for (const id of ids) {
      this.busy.delete(id);
      const entry = this.entries.get(id);
      if (entry) entry.lastUsed = this.now();
    }
  }

  /** Forgets the files (and deletes uploaded copies) once imported. */
  release(ids: readonly string[]): void {
    for (const id of ids) this.drop(id);
  }

  /** Forgets the files unused for `idleMs` and deletes their copies. */
  sweep(): void {
    const expired = this.now() - this.limits.idleMs;
    for (const entry of [...this.entries.values()]) {
      if (entry.lastUsed <= expired && !this.busy.has(entry.id)) this.drop(entry.id);
    }
  }

  dispose(): void {
    clearInterval(this.sweeper);
    if (this.uploadDir) rmSync(this.uploadDir, { recursive: true, force: true });
    this.entries.clear();
    this.busy.clear();
  }

  /**
   * Drops the person's least recently used files (never one in use) until one more file
   * fits and their bytes (those being received included) are within the quota. False
   * when even that is not enough.
   */
  private makeRoom(owner: string | null): boolean {
    const theirs = [...this.entries.values()]
      .filter((e) => e.owner === owner)
      .sort((a, b) => a.lastUsed - b.lastUsed);
    let files = theirs.length;
    let bytes =
      theirs.reduce((n, e) => n + (e.copy ? e.size : 0), 0) + (this.receiving.get(owner) ?? 0);
    for (const entry of theirs) {
      if (files < this.limits.files && bytes <= this.limits.bytes) break;
      if (this.busy.has(entry.id)) continue;
      this.drop(entry.id);
      files -= 1;
      if (entry.copy) bytes -= entry.size;
    }
    return bytes <= this.limits.bytes;
  }

  private drop(id: string): void {
    const entry = this.entries.get(id);
    this.entries.delete(id);
    this.busy.delete(id);
    if (entry?.copy) rmSync(join(entry.path, '..'), { recursive: true, force: true });
  }

  private ownUploadDir(): string {
    if (this.uploadDir) return this.uploadDir;
    const root = this.options.uploadRoot;
    if (root === null) {
      this.uploadDir = mkdtempSync(join(tmpdir(), 'jalon-uploads-'));
    } else {
      mkdirSync(root, { recursive: true, mode: 0o700 });
      this.uploadDir = mkdtempSync(join(root, `${process.pid}-`));
    }
    return this.uploadDir;
  }

  private now(): number {
    return this.options.now().getTime();
  }

  private add(entry: Entry): StagedFile {
    this.entries.set(entry.id, entry);
    return { id: entry.id, name: entry.name, size: entry.size };
  }
}

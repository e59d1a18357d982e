// Writes a file through a temporary sibling renamed into place at the end, so a
// reader never sees half a file and a failed export leaves the old one intact.
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

const FLUSH_AT = 1 << 20;

export class AtomicTextFile {
  private readonly tempPath: string;
  private readonly fd: number;
  private buffer: string[] = [];
  private buffered = 0;

  constructor(private readonly path: string) {
    this.tempPath = `${path}.${process.pid}.tmp`;
    this.fd = openSync(this.tempPath, 'w');
  }

  write(text: string): void {
    this.buffer.push(text);
    this.buffered += text.length;
    if (this.buffered >= FLUSH_AT) this.flush();
  }

  commit(): void {
    this.flush();
    closeSync(this.fd);
    renameSync(this.tempPath, this.path);
  }

  abort(): void {
    try {
      closeSync(this.fd);
    } finally {
      rmSync(this.tempPath, { force: true });
    }
  }

  private flush(): void {
    if (this.buffered === 0) return;
    writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.buffered = 0;
  }
}

/** Runs `fill` on every file, then renames them all; any error removes every temp file. */
export function writeFilesAtomically(
  paths: readonly string[],
  fill: (files: AtomicTextFile[]) => void,
): void {
  const files: AtomicTextFile[] = [];
  try {
    for (const p of paths) files.push(new AtomicTextFile(p));
    fill(files);
  } catch (error) {
    for (const f of files) f.abort();
    throw error;
  }
  for (const f of files) f.commit();
}

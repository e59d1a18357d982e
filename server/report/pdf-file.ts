// Writes a PDF through a temporary sibling renamed into place, as the text exports do
// (export/atomic-file.ts, which writes text): a failed write never leaves half a
// report where the person expects a whole one, and never replaces an older one.
import { renameSync, rmSync, writeFileSync } from 'node:fs';

export function writePdfAtomically(path: string, pdf: Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, pdf);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

// Streams a text file line by line with its line numbers and bytes read, holding one
// chunk at a time: memory stays flat whatever the file size.
import { createReadStream } from 'node:fs';
import type { createHash } from 'node:crypto';

export interface TextLine {
  /** 1-based physical line number. */
  line: number;
  text: string;
}

export interface LineReaderProgress {
  bytesRead: number;
}

/**
 * Yields every line (CR LF or LF; the last one may lack its newline) and updates
 * `hash` with the raw bytes, so one pass gives both the lines and the file's digest.
 */
export async function* readLines(
  path: string,
  hash: ReturnType<typeof createHash>,
  progress: LineReaderProgress,
): AsyncGenerator<TextLine> {
  let pending: Buffer | null = null;
  let lineNumber = 0;
  for await (const chunk of createReadStream(path, {
    highWaterMark: 1 << 20,
  }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    progress.bytesRead += chunk.length;
    const data: Buffer = pending ? Buffer.concat([pending, chunk]) : chunk;
    let start = 0;
    for (;;) {
      const newline = data.indexOf(10, start);
      if (newline === -1) break;
      const end = newline > start && data[newline - 1] === 13 ? newline - 1 : newline;
      lineNumber += 1;
      yield { line: lineNumber, text: data.toString('utf8', start, end) };
      start = newline + 1;
    }
    pending = start < data.length ? data.subarray(start) : null;
  }
  if (pending && pending.length > 0) {
    lineNumber += 1;
    const end = pending[pending.length - 1] === 13 ? pending.length - 1 : pending.length;
    yield { line: lineNumber, text: pending.toString('utf8', 0, end) };
  }
}

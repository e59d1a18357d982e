// JSON Lines files are parsed in chunks of about CHUNK_BYTES: a chunk holds the lines
// that start inside its byte range. Chunks can be parsed in any order, on any thread
// (see jsonl-parse-worker.ts); the importing thread consumes them in file order, so line
// numbers, "first line wins" for duplicates and the content digest stay exact.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import type { CodeLookup } from '../../shared/journal/reference-checks';
import { journalCodeWarnings } from '../../shared/journal/reference-checks';
import { validateSeeker } from '../../shared/journal/validate';
import type { EncodedJournal } from '../../shared/journal/write-encoding';
import { encodeJournal } from '../../shared/journal/write-encoding';
import { journalContentHash } from './journal-writer';
import { part, reasonFor } from '../../shared/journal/reasons';
import type { ImportReason } from '../../shared/journal/reasons';
import { actionCountPart, IMPORT_LIMITS } from '../../shared/journal/limits';
import type { ImportLimits } from '../../shared/journal/limits';

/** About 20,000 actions: a good batch for one transaction, and lively progress. */
export const CHUNK_BYTES = 4 * 1024 * 1024;
const READ_MORE = 1024 * 1024;
/** What a line too long to read keeps of its text: enough to recognise it. */
const TOO_LONG_LINE_KEPT_BYTES = 1000;

/** The limits a chunk is parsed under (plain numbers: the task goes to a worker). */
export type ChunkLimits = Pick<ImportLimits, 'lineBytes' | 'actionsPerMonth' | 'actionsPerSeeker'>;

export interface ChunkTask {
  seq: number;
  path: string;
  file: string;
  /** Byte range [start, end) of the file: the chunk owns the lines starting there. */
  start: number;
  end: number;
  /** The day of the import (YYYY-MM-DD): nothing in a journal may be dated after it. */
  importDay: string;
  limits: ChunkLimits;
}

/** `index`: the line's position among the chunk's lines (0-based, blank lines counted). */
export type ChunkLine =
  | {
      kind: 'journal';
      index: number;
      encoded: EncodedJournal;
      hash: string;
      warnings: ImportReason[];
    }
  | {
      kind: 'rejected';
      index: number;
      seekerId: string | null;
      reason: ImportReason;
      content: string;
    };

export interface ChunkResult {
  seq: number;
  lines: ChunkLine[];
  /** Lines starting in the chunk, blank ones included. */
  lineCount: number;
  /** sha256 of the chunk's bytes [start, end): the chunks' digests in order identify the file. */
  digest: string;
}

export function planChunks(
  paths: readonly string[],
  sizes: readonly number[],
  importDay: string,
  chunkBytes = CHUNK_BYTES,
  limits: ChunkLimits = IMPORT_LIMITS,
): ChunkTask[] {
  const chunkLimits: ChunkLimits = {
    lineBytes: limits.lineBytes,
    actionsPerMonth: limits.actionsPerMonth,
    actionsPerSeeker: limits.actionsPerSeeker,
  };
  const tasks: ChunkTask[] = [];
  paths.forEach((path, i) => {
    const size = sizes[i]!;
    for (let start = 0; start < size || (start === 0 && size === 0); start += chunkBytes) {
      tasks.push({
        seq: tasks.length,
        path,
        file: basename(path),
        start,
        end: Math.min(size, start + chunkBytes),
        importDay,
        limits: chunkLimits,
      });
      if (size === 0) break;
    }
  });
  return tasks;
}

function jsonError(error: unknown): ImportReason {
  const message = error instanceof Error ? error.message : String(error);
  if (/end of JSON input|Unterminated string/i.test(message)) {
    return reasonFor(part('', 'json_truncated', {}));
  }
  const position = /at position (\d+)/.exec(message)?.[1];
  return reasonFor(
    part('', 'json_invalid', {
      detail: message,
      column: position === undefined ? 0 : Number(position) + 1,
    }),
  );
}

function seekerIdOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const id = (raw as { seeker_id?: unknown }).seeker_id;
  return typeof id === 'string' ? id : null;
}

/** The seeker_id near the start of a line too long to parse, when it shows there. */
function seekerIdInText(text: string): string | null {
  return /"seeker_id"\s*:\s*"([^"\\]{1,64})"/.exec(text)?.[1] ?? null;
}

/**
 * Reads [from, to) and, when a line straddles `to`, on to that line's end, but never more
 * than `lineBytes + 1` past `to`: a line longer than that is rejected unread, and a
 * chunk inside it owns no line.
 */
function readChunkBytes(fd: number, from: number, to: number, lineBytes: number): Buffer {
  const head = Buffer.allocUnsafe(to - from);
  const read = readSync(fd, head, 0, head.length, from);
  if (read === 0 || head[read - 1] === 10) return head.subarray(0, read);
  const parts = [head.subarray(0, read)];
  let position = from + read;
  const stop = to + lineBytes + 1;
  while (position < stop) {
    const more = Buffer.allocUnsafe(Math.min(READ_MORE, stop - position));
    const got = readSync(fd, more, 0, more.length, position);
    if (got === 0) break;
    const newline = more.subarray(0, got).indexOf(10);
    if (newline !== -1) {
      parts.push(more.subarray(0, newline + 1));
      break;
    }
    parts.push(more.subarray(0, got));
    position += got;
  }
  return Buffer.concat(parts);
}

export function parseChunk(task: ChunkTask, codes: CodeLookup): ChunkResult {
  const fd = openSync(task.path, 'r');
  let bytes: Buffer;
  try {
    // One byte before the range tells whether a line starts exactly at `start`.
    bytes = readChunkBytes(fd, Math.max(0, task.start - 1), task.end, task.limits.lineBytes);
  } finally {
    closeSync(fd);
  }
  const offset = task.start === 0 ? 0 : 1;
  const ownedEnd = task.end - task.start + offset;
  const digest = createHash('sha256').update(bytes.subarray(offset, ownedEnd)).digest('hex');

  let lineStart = 0;
  if (task.start > 0) {
    const newline = bytes.indexOf(10);
    lineStart = newline === -1 ? bytes.length : newline + 1;
  }
  const lines: ChunkLine[] = [];
  let index = 0;
  while (lineStart < ownedEnd) {
    let lineEnd = bytes.indexOf(10, lineStart);
    const next = lineEnd === -1 ? bytes.length : lineEnd + 1;
    if (lineEnd === -1) lineEnd = bytes.length;
    if (lineEnd > lineStart && bytes[lineEnd - 1] === 13) lineEnd -= 1;
    if (lineEnd - lineStart > task.limits.lineBytes) {
      const kept = bytes.toString('utf8', lineStart, lineStart + TOO_LONG_LINE_KEPT_BYTES);
      lines.push({
        kind: 'rejected',
        index,
        seekerId: seekerIdInText(kept),
        reason: reasonFor(part('', 'line_too_long', { maxBytes: task.limits.lineBytes })),
        content: `${kept}…`,
      });
      index += 1;
      lineStart = next;
      continue;
    }
    let text = bytes.toString('utf8', lineStart, lineEnd);
    if (task.start === 0 && index === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    parseLine(text, index, task, codes, lines);
    index += 1;
    lineStart = next;
  }
  return { seq: task.seq, lines, lineCount: index, digest };
}

function parseLine(
  body: string,
  index: number,
  { importDay, limits }: ChunkTask,
  codes: CodeLookup,
  out: ChunkLine[],
): void {
  if (body.trim() === '') return;
  const reject = (seekerId: string | null, reason: ImportReason) =>
    out.push({ kind: 'rejected', index, seekerId, reason, content: body });
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    reject(null, jsonError(error));
    return;
  }
  if (body.includes('\uFFFD')) {
    reject(seekerIdOf(raw), reasonFor(part('', 'not_utf8', {})));
    return;
  }
  // Counted before the schema checks: those would walk every action of a runaway journal.
  const tooMany = actionCountPart(raw, limits);
  if (tooMany !== null) {
    reject(seekerIdOf(raw), reasonFor(tooMany));
    return;
  }
  const result = validateSeeker(raw, importDay);
  if (!result.ok) {
    reject(seekerIdOf(raw), result.reason);
    return;
  }
  const encoded = encodeJournal(result.value);
  out.push({
    kind: 'journal',
    index,
    encoded,
    hash: journalContentHash(encoded),
    warnings: journalCodeWarnings(result.value, codes).map(reasonFor),
  });
}

// The CPU half of a JSON Lines import: read, parse, validate, canonical form, content
// hash and code warnings, in batches. It runs inline for small files and on a worker
// thread for big ones (jsonl-parse-worker.ts), so that the second core parses while
// the first writes to SQLite.
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { encodeJournal } from '../../../shared/journal/write-encoding';
import type { CodeLookup } from '../../../shared/journal/reference-checks';
import { journalCodeWarnings } from '../../../shared/journal/reference-checks';
import { validateSeeker } from '../../../shared/journal/validate';
import { readLines } from './line-reader';
import { journalContentHash } from './journal-writer';
import type { ParsedLine } from './jsonl-parse-protocol';
import { MAX_BATCH_ACTIONS, MAX_BATCH_SEEKERS } from './jsonl-parse-protocol';

function jsonError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/end of JSON input|Unterminated string/i.test(message)) {
    return 'invalid JSON: the line ends before the record is complete (truncated file?)';
  }
  return `invalid JSON: ${message}`;
}

function seekerIdOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const id = (raw as { seeker_id?: unknown }).seeker_id;
  return typeof id === 'string' ? id : null;
}

/**
 * Yields batches of parsed lines; returns the digest of all the files' bytes.
 * `progress.bytesRead` advances as the files are read.
 */
export async function* parseJsonLinesInBatches(
  paths: readonly string[],
  codes: CodeLookup,
  progress: { bytesRead: number },
): AsyncGenerator<ParsedLine[], string> {
  let batch: ParsedLine[] = [];
  let batchActions = 0;
  // A seeker twice in one import is ambiguous: the first line wins, the next is rejected.
  const firstSeen = new Map<string, string>();
  const wholeHash = createHash('sha256');
  for (const path of paths) {
    const file = basename(path);
    const fileHash = createHash('sha256');
    for await (const { line, text } of readLines(path, fileHash, progress)) {
      const body = line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      if (body.trim() === '') continue;
      const reject = (seekerId: string | null, reason: string) =>
        batch.push({ kind: 'rejected', file, line, seekerId, reason, content: body });
      let raw: unknown;
      try {
        raw = JSON.parse(body);
      } catch (error) {
        reject(null, jsonError(error));
        continue;
      }
      if (body.includes('\uFFFD')) {
        reject(seekerIdOf(raw), 'the line is not valid UTF-8 text');
        continue;
      }
      const result = validateSeeker(raw);
      if (!result.ok) {
        reject(seekerIdOf(raw), result.reason);
        continue;
      }
      const journal = result.value;
      const earlier = firstSeen.get(journal.seeker_id);
      if (earlier !== undefined) {
        reject(
          journal.seeker_id,
          `seeker_id ${journal.seeker_id} appears twice in this import (first at ${earlier})`,
        );
        continue;
      }
      firstSeen.set(journal.seeker_id, `${file} line ${line}`);
      const encoded = encodeJournal(journal);
      batch.push({
        kind: 'journal',
        file,
        line,
        seekerId: journal.seeker_id,
        encoded,
        hash: journalContentHash(encoded),
        warnings: journalCodeWarnings(journal, codes).map((w) => `${w.path}: ${w.message}`),
      });
      batchActions += encoded.actionCount;
      if (batchActions >= MAX_BATCH_ACTIONS || batch.length >= MAX_BATCH_SEEKERS) {
        yield batch;
        batch = [];
        batchActions = 0;
      }
    }
    wholeHash.update(fileHash.digest('hex'));
  }
  if (batch.length > 0) yield batch;
  return wholeHash.digest('hex');
}

// Reads the CSV files counsellors actually get: UTF-8 with or without BOM, or
// Windows-1252 from a French Excel, with ',' or ';', quoted cells spanning lines.
// Both passes stream, so memory stays flat whatever the file size, and every record
// carries the physical line it starts on, which is what a counsellor sees in an editor.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { TextDecoder } from 'node:util';
import { CsvError, parse } from 'csv-parse';
import type { Parser } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { ACTION_COLUMN_ALIASES, normalizeColumnName } from '../../shared/journal/csv-form';
import { part, reasonFor } from '../../shared/journal/reasons';
import { ImportInputError } from './import-types';
import type { ImportReason } from '../../shared/journal/reasons';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

export interface CsvFileInfo {
  path: string;
  size: number;
  encoding: CsvEncoding;
  separator: ',' | ';';
  /** Header cells as written (trimmed, BOM removed), in file order. */
  header: string[];
  /** Of the raw bytes, BOM included. */
  sha256: string;
}

export type CsvItem =
  { line: number; values: Record<string, string> } | { line: number; error: ImportReason };

const CHUNK_SIZE = 1 << 20;
/** The header is read from the first bytes only; a "header" longer than this is not a CSV. */
const MAX_HEADER_BYTES = 64 * 1024;
/**
 * The contract's longest row is a few dozen KB. Past this, a row is a quote that never
 * closes swallowing the file: stop there rather than hold the rest of the file in memory.
 */
const MAX_RECORD_BYTES = 1 << 20;

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Explicit, not auto-detected: csv-parse fixes the record delimiter from the first line,
 * so a file mixing CRLF and LF lines (hand-edited exports) would merge rows.
 */
const RECORD_DELIMITERS = ['\r\n', '\n', '\r'];

function startsWithBytes(buf: Buffer, bytes: readonly number[]): boolean {
  return buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);
}

/** A byte that makes a line more than blank, whatever the separator turns out to be. */
function isContentByte(b: number): boolean {
  return (
    b !== LF && b !== CR && b !== 0x20 && b !== 0x09 && b !== 0x2c && b !== 0x3b && b !== QUOTE
  );
}

function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** ';' only when it is at least as frequent as ',' (French Excel), ',' otherwise. */
function detectSeparator(headerText: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of headerText) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas += 1;
    else if (!quoted && ch === ';') semicolons += 1;
  }
  return semicolons > 0 && semicolons >= commas ? ';' : ',';
}

function decoderFor(encoding: CsvEncoding): TextDecoder {
  return new TextDecoder(encoding === 'windows-1252' ? 'windows-1252' : 'utf-8');
}

function parserOptions(separator: ',' | ';') {
  return {
    delimiter: separator,
    record_delimiter: RECORD_DELIMITERS,
    // Ragged rows are reported one by one, not as the end of the file.
    relax_column_count: true,
    // Spreadsheet text such as  Entretien chez "Dupont"  in an unquoted cell is kept
    // as written; strict quoting would stop the whole file at the first such cell.
    relax_quotes: true,
    skip_empty_lines: true,
    bom: true,
    max_record_size: MAX_RECORD_BYTES,
  };
}

/**
 * One pass over the file: its digest, its encoding (a single invalid UTF-8 sequence
 * means Windows-1252, which is what French Excel writes), its separator and its header.
 */
export async function inspectCsv(path: string): Promise<CsvFileInfo> {
  const name = basename(path);
  const hash = createHash('sha256');
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let validUtf8 = true;
  let size = 0;

  // The bytes up to the end of the first non-blank record, scanned outside quotes.
  const headChunks: Buffer[] = [];
  let headBytes = 0;
  let headDone = false;
  let headHasContent = false;
  let quoted = false;

  for await (const chunk of createReadStream(path, {
    highWaterMark: CHUNK_SIZE,
  }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    if (validUtf8) {
      try {
        utf8.decode(chunk, { stream: true });
      } catch {
        validUtf8 = false;
      }
    }
    if (!headDone) {
      let end = chunk.length;
      for (let i = 0; i < chunk.length; i += 1) {
        const b = chunk[i]!;
        if (size + i < UTF8_BOM.length && b === UTF8_BOM[size + i]) continue;
        if (b === QUOTE) quoted = !quoted;
        if (!quoted && (b === LF || b === CR)) {
          if (headHasContent) {
            end = i;
            headDone = true;
            break;
          }
        } else if (isContentByte(b)) {
          headHasContent = true;
        }
      }
      headChunks.push(chunk.subarray(0, end));
      headBytes += end;
      if (!headDone && headBytes > MAX_HEADER_BYTES) {
        throw new ImportInputError(
          part('', 'csv_no_line_end', { file: name, kilobytes: MAX_HEADER_BYTES / 1024 }),
        );
      }
    }
    size += chunk.length;
  }
  if (validUtf8) {
    try {
      utf8.decode();
    } catch {
      validUtf8 = false;
    }
  }

  if (size === 0) {
    throw new ImportInputError(part('', 'csv_empty', { file: name }));
  }
  let head = Buffer.concat(headChunks);
  if (startsWithBytes(head, [0xff, 0xfe]) || startsWithBytes(head, [0xfe, 0xff])) {
    throw new ImportInputError(part('', 'csv_utf16', { file: name }));
  }
  const hasBom = startsWithBytes(head, UTF8_BOM);
  if (hasBom) head = head.subarray(UTF8_BOM.length);
  const encoding: CsvEncoding = !validUtf8 ? 'windows-1252' : hasBom ? 'utf-8-bom' : 'utf-8';
  const headText = decoderFor(encoding).decode(head);

  const separator = detectSeparator(headText);
  let records: string[][];
  try {
    records = parseSync(headText, parserOptions(separator)) as string[][];
  } catch (error) {
    const why =
      error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quote is never closed'
        : (error as Error).message;
    throw new ImportInputError(part('', 'csv_header_unreadable', { file: name, detail: why }));
  }
  const header = records.find((r) => !isBlankRecord(r));
  if (!header) {
    throw new ImportInputError(part('', 'csv_blank', { file: name }));
  }
  return {
    path,
    size,
    encoding,
    separator,
    header: header.map((h) => h.replace(/^\uFEFF/, '').trim()),
    sha256: hash.digest('hex'),
  };
}

/**
 * The bytes csv-parse has been given, from the end of the last record on, and the
 * physical line reached there. csv-parse's own `info.lines` cannot serve: it counts
 * a CRLF inside a quoted cell as two lines, and it gives where a record ends, not
 * where it starts.
 */
class LineTracker {
  private buf: Buffer = Buffer.alloc(0);
  /** Offset, in the parser's input, of buf[0]. */
  private base = 0;
  /** Offset up to which line breaks are counted, and the line there. */
  private pos = 0;
  private line = 1;

  push(chunk: Buffer): void {
    const keep = this.buf.subarray(this.pos - this.base);
    this.buf = keep.length > 0 ? Buffer.concat([keep, chunk]) : chunk;
    this.base = this.pos;
  }

  private breakAt(index: number): boolean {
    const b = this.buf[index];
    // CR LF is one break, counted at its LF; a lone CR (old Mac) is one too.
    return b === LF || (b === CR && this.buf[index + 1] !== LF);
  }

  /** Counts breaks up to `offset` (never past the bytes pushed). */
  advanceTo(offset: number): void {
    const end = Math.min(offset - this.base, this.buf.length);
    for (let i = this.pos - this.base; i < end; i += 1) {
      if (this.breakAt(i)) this.line += 1;
    }
    this.pos = this.base + Math.max(end, this.pos - this.base);
  }

  /** The line of the next record: past the blank lines csv-parse skips. */
  nextRecordLine(): number {
    let i = this.pos - this.base;
    while (i < this.buf.length && (this.buf[i] === LF || this.buf[i] === CR)) {
      if (this.breakAt(i)) this.line += 1;
      i += 1;
    }
    this.pos = this.base + i;
    return this.line;
  }

  /** The last line of what has been pushed, without moving. */
  lastLine(): number {
    let line = this.line;
    const end = this.buf.length;
    for (let i = this.pos - this.base; i < end; i += 1) {
      if (this.breakAt(i) && i < end - 1) line += 1;
    }
    return line;
  }
}

function writeTo(parser: Parser, chunk: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    parser.write(chunk, (error) => (error ? reject(error) : resolve()));
  });
}

function endOf(parser: Parser): Promise<void> {
  return new Promise((resolve, reject) => {
    parser.once('error', reject);
    parser.once('finish', () => resolve());
    parser.end();
  });
}

/**
 * Every data record of a file already inspected, with the line it starts on. A row
 * that cannot be read is an error item and reading goes on; only a quote that never
 * closes ends the file early, since everything after it belongs to that cell.
 */
export async function* readCsvRecords(
  info: CsvFileInfo,
  onBytes?: (bytesRead: number) => void,
): AsyncGenerator<CsvItem> {
  const keys = info.header.map((h) => {
    const name = normalizeColumnName(h);
    return ACTION_COLUMN_ALIASES[name] ?? name;
  });
  const expected = keys.length;
  const tracker = new LineTracker();
  const queue: CsvItem[] = [];
  let headerSeen = false;

  // Records are collected by on_record, synchronously and in order, rather than read
  // from the stream: when csv-parse fails at the end of the file it destroys the
  // stream and drops the records still buffered in it.
  const parser = parse({
    ...parserOptions(info.separator),
    on_record: (record: string[], context: { bytes: number }) => {
      const line = tracker.nextRecordLine();
      tracker.advanceTo(context.bytes);
      if (isBlankRecord(record)) return null;
      if (!headerSeen) {
        headerSeen = true;
        return null;
      }
      if (record.length !== expected) {
        queue.push({
          line,
          error: reasonFor(part('', 'csv_field_count', { expected, found: record.length })),
        });
        return null;
      }
      const values: Record<string, string> = {};
      for (let i = 0; i < expected; i += 1) values[keys[i]!] = record[i]!.trim();
      queue.push({ line, values });
      return null;
    },
  });
  // Failures reach us through the write and end callbacks; this only keeps an
  // 'error' event from being unhandled.
  parser.on('error', () => {});

  const recode = info.encoding === 'windows-1252' ? decoderFor(info.encoding) : null;
  const file = createReadStream(info.path, { highWaterMark: CHUNK_SIZE });
  let bytesRead = 0;
  try {
    try {
      for await (const raw of file as AsyncIterable<Buffer>) {
        bytesRead += raw.length;
        // csv-parse works on bytes and decodes fields as UTF-8.
        const chunk = recode ? Buffer.from(recode.decode(raw, { stream: true }), 'utf8') : raw;
        tracker.push(chunk);
        await writeTo(parser, chunk);
        onBytes?.(bytesRead);
        yield* queue.splice(0);
      }
      if (recode) {
        const rest = Buffer.from(recode.decode(), 'utf8');
        if (rest.length > 0) {
          tracker.push(rest);
          await writeTo(parser, rest);
        }
      }
      await endOf(parser);
      yield* queue.splice(0);
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      yield* queue.splice(0);
      const line = tracker.nextRecordLine();
      yield { line, error: describeFatal(error, tracker.lastLine()) };
    }
  } finally {
    file.destroy();
    parser.destroy();
  }
}

function describeFatal(error: CsvError, lastLine: number): ImportReason {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return reasonFor(part('', 'csv_quote_not_closed', { lastLine }));
    case 'CSV_MAX_RECORD_SIZE':
      return reasonFor(part('', 'csv_record_too_big', { megabytes: MAX_RECORD_BYTES / (1 << 20) }));
    default:
      return reasonFor(part('', 'csv_unreadable', { detail: error.message }));
  }
}

import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseChunk, planChunks } from '../../server/import/jsonl-chunks';
import type { ChunkLine } from '../../server/import/jsonl-chunks';
import { loadReferentials } from '../../server/reference/load-reference';
import { useTempDir } from '../helpers/temp-dir';

const codes = loadReferentials();

/** Parses a file chunk by chunk and returns every non-blank line's absolute number and text. */
function parseInChunks(path: string, size: number, chunkBytes: number) {
  const out: { line: number; text: string }[] = [];
  let base = 0;
  let lines = 0;
  for (const task of planChunks([path], [size], '2026-12-07', chunkBytes)) {
    const result = parseChunk(task, codes);
    for (const l of result.lines as (ChunkLine & { content?: string })[]) {
      out.push({
        line: base + l.index + 1,
        text: l.kind === 'rejected' ? l.content : `journal ${l.encoded.seekerId}`,
      });
    }
    base += result.lineCount;
    lines += result.lineCount;
  }
  return { out, lines };
}

describe('JSON Lines chunks', () => {
  const tempDir = useTempDir();

  it('every chunk size sees each line exactly once, with its number', () => {
    const lineArb = fc.oneof(
      fc.constant(''),
      fc.constant('   '),
      fc
        .string({ minLength: 1, maxLength: 30 })
        .filter((s) => !/[\r\n]/.test(s) && s.trim() !== ''),
      fc.constant('{"seeker_id":"X"}'),
    );
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 25 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.integer({ min: 1, max: 64 }),
        (lines, eol, finalEol, chunkBytes) => {
          const text = lines.join(eol) + (finalEol ? eol : '');
          const path = join(tempDir(), 'prop.jsonl');
          writeFileSync(path, text);
          const size = Buffer.byteLength(text);
          const { out } = parseInChunks(path, size, chunkBytes);
          const expected = text
            .split(eol)
            .slice(0, finalEol ? -1 : undefined)
            .map((t, i) => ({ line: i + 1, t }))
            .filter(({ t }) => t.trim() !== '');
          expect(out.map((o) => o.line)).toEqual(expected.map((e) => e.line));
          // A line is never cut: what each chunk saw is the whole line.
          out.forEach((o, i) => {
            if (!o.text.startsWith('journal')) expect(o.text).toBe(expected[i]!.t);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('strips a BOM only at the very start, and handles a line longer than a chunk', () => {
    const path = join(tempDir(), 'bom.jsonl');
    const long = 'x'.repeat(200);
    const text = '\uFEFF{bad}\n' + long + '\n\uFEFFy\n';
    writeFileSync(path, text);
    const { out, lines } = parseInChunks(path, Buffer.byteLength(text), 16);
    expect(lines).toBe(3);
    expect(out.map((o) => [o.line, o.text])).toEqual([
      [1, '{bad}'],
      [2, long],
      [3, '\uFEFFy'],
    ]);
  });

  it('plans chunks that partition each file', () => {
    expect(
      planChunks(['/a', '/b'], [10, 0], '2026-12-07', 4).map((t) => [t.file, t.start, t.end]),
    ).toEqual([
      ['a', 0, 4],
      ['a', 4, 8],
      ['a', 8, 10],
      ['b', 0, 0],
    ]);
  });
});

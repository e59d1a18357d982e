// No import cycle among the app's own modules, type-only imports included: a circle
// between two files is a knot for whoever moves one of them, and the folders' order
// (shared/ under the others, server/ under the shells) is only real without circles.
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const SOURCE_FOLDERS = ['shared', 'server', 'electron', 'renderer', 'cli', 'scripts', 'bin'];
const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '/index.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(tsx?|mts|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Each file (a path relative to the root, with `/`) and the files of the set it imports. */
function importGraph(sources: ReadonlyMap<string, string>): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const [file, source] of sources) {
    const imported = ts
      .preProcessFile(source, true, true)
      .importedFiles.map(({ fileName }) => fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => posix.join(posix.dirname(file), name))
      .flatMap(
        (base) => EXTENSIONS.map((ext) => base + ext).find((path) => sources.has(path)) ?? [],
      );
    graph.set(file, imported);
  }
  return graph;
}

/** The strongly connected components of more than one file (Tarjan), each sorted. */
function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

describe('import cycles', () => {
  it('there is none among the app’s own modules', () => {
    const sources = new Map(
      SOURCE_FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder))).map(
        (path) => [relative(ROOT, path).split(sep).join('/'), readFileSync(path, 'utf8')] as const,
      ),
    );
    expect(sources.size).toBeGreaterThan(200);
    const graph = importGraph(sources);
    // The graph is really built: the contract's own imports are found.
    expect(graph.get('shared/api/contract.ts')).toContain('shared/api/seeker-page.ts');
    expect(importCycles(graph)).toEqual([]);
  });

  it('are found when only types go round (the check bites)', () => {
    const sources = new Map([
      ['shared/a.ts', "import type { B } from './b';\nexport interface A { b: B }\n"],
      ['shared/b.ts', "export type { A } from './a';\nexport interface B { n: number }\n"],
      ['shared/c.ts', "import type { A } from './a';\nexport type C = A;\n"],
    ]);
    expect(importCycles(importGraph(sources))).toEqual([['shared/a.ts', 'shared/b.ts']]);
  });
});

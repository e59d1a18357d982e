// The repository stands on its own: its docs never send the reader outside it, and the
// import contract they point to is in docs/journal-format.md, with every code the
// import accepts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ACTION_TYPES,
  CATEGORIES,
  CHANNELS,
  CONTRACT_TYPES,
  ENTERED_BY,
  MODALITIES,
  OUTCOMES,
} from '../../shared/journal/contract';

const ROOT = resolve(import.meta.dirname, '../..');
const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('the docs', () => {
  it.each(DOCS)('%s points nowhere outside the repository', (path) => {
    expect(read(path)).not.toMatch(/\.\.\/shared\b|\.\.\/\.\.\//);
  });

  it('link the import contract in the repository', () => {
    expect(read('README.md')).toContain('(docs/journal-format.md)');
    expect(read('docs/import.md')).toContain('(journal-format.md)');
  });

  it('hold every code the import accepts in the contract', () => {
    const contract = read('docs/journal-format.md');
    for (const code of [
      ...ACTION_TYPES,
      ...OUTCOMES,
      ...CHANNELS,
      ...CONTRACT_TYPES,
      ...ENTERED_BY,
      ...MODALITIES,
    ]) {
      expect(contract, code).toContain(code);
    }
    const categories = /`category` \| enum `([A-Z ]+)`/.exec(contract)?.[1]?.split(' ');
    expect(categories).toEqual(expect.arrayContaining([...CATEGORIES]));
  });
});

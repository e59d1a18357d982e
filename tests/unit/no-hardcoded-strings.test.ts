// No user-facing string outside the message catalogues: every renderer file is parsed
// with the TypeScript compiler and searched for words written into JSX, user-facing
// attributes and alert/confirm/prompt (tests/helpers/hardcoded-strings.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHardcodedStrings } from '../helpers/hardcoded-strings';

const ROOT = join(__dirname, '..', '..');
const RENDERER = join(ROOT, 'renderer');
// The catalogues are where the words belong.
const CATALOGUES = join(RENDERER, 'i18n');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === CATALOGUES ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

describe('user-facing strings', () => {
  it('all come from the message catalogues', () => {
    const files = sourceFiles(RENDERER);
    expect(files.length).toBeGreaterThan(50);
    const findings = files.flatMap((file) =>
      findHardcodedStrings(relative(ROOT, file), readFileSync(file, 'utf8')),
    );
    expect(findings.map((f) => `${f.file}:${f.line}: ${f.text}`)).toEqual([]);
  });

  it('are caught when written into a component (the check bites)', () => {
    const snippet = [
      "import { useTranslation } from 'react-i18next';",
      'export function Bad({ n }: { n: number }) {',
      '  const { t } = useTranslation();',
      '  if (n < 0) window.alert("Nombre négatif");',
      '  return (',
      '    <section aria-label="Résultats" title={t(\'ok.key\')}>',
      "      <h1>{t('ok.title')}</h1>",
      '      <p>Aucun résultat</p>',
      "      <input placeholder={'Rechercher…'} />",
      '      <img alt={`Photo de ${n}`} src="x.png" />',
      "      <span>{n} — {'·'} %</span>",
      "      <Chart label={n > 1 ? 'personnes' : t('one')} />",
      '    </section>',
      '  );',
      '}',
      "export const cols = [{ field: 'name', headerName: 'Nom' }];",
    ].join('\n');
    expect(findHardcodedStrings('fixture.tsx', snippet)).toEqual([
      { file: 'fixture.tsx', line: 4, text: 'alert(Nombre négatif)' },
      { file: 'fixture.tsx', line: 6, text: 'aria-label="Résultats"' },
      { file: 'fixture.tsx', line: 8, text: 'Aucun résultat' },
      { file: 'fixture.tsx', line: 9, text: 'placeholder="Rechercher…"' },
      { file: 'fixture.tsx', line: 10, text: 'alt="Photo de "' },
      { file: 'fixture.tsx', line: 12, text: 'label="personnes"' },
      { file: 'fixture.tsx', line: 16, text: 'headerName: Nom' },
    ]);
  });
});

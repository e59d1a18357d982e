// The CLI speaks French unless the system's language is English, and words the import's
// reasons in that language too. Each run sets the language it expects.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jalon } from '../helpers/cli';
import { jsonl, seeker } from '../helpers/journals';
import { useTempDir } from '../helpers/temp-dir';

const FRENCH = { LANG: 'fr_FR.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
const UNSET = { LANG: '', LC_ALL: '', LC_MESSAGES: '' };
const ENGLISH_MESSAGES = { LANG: 'fr_FR.UTF-8', LC_ALL: '', LC_MESSAGES: 'en_US.UTF-8' };

describe('jalon in the system’s language', () => {
  const tempDir = useTempDir('jalon-cli-language-');

  it('imports in French by default, naming the line, the field and the reason; in English with an English LANG', () => {
    const file = join(tempDir(), 'journaux.jsonl');
    const db = join(tempDir(), 'jalon.db');
    const { seeker_id: _dropped, ...withoutId } = seeker('X1');
    writeFileSync(file, jsonl([seeker('S1'), withoutId, seeker('S2', { category: 'Z' })]));

    const french = jalon(['import', file, '--db', db], UNSET);
    expect(french.status).toBe(3);
    expect(french.stdout.split('\n')).toEqual([
      'Importées 1, remplacées 0, inchangées 0, écartées 2, avertissements 0.',
      'Lignes écartées :',
      '  journaux.jsonl ligne 2 : seeker_id : obligatoire',
      '  journaux.jsonl ligne 3 : category : attendu l’une des valeurs A, B, C, D, E, F, G (trouvé : "Z")',
      '',
    ]);

    const english = jalon(['import', file, '--db', db, '--json'], ENGLISH_MESSAGES);
    expect(JSON.parse(english.stdout).rejected).toEqual([
      { line: 2, reason: 'seeker_id: is required' },
      { line: 3, reason: 'category: expected one of A, B, C, D, E, F, G; got "Z"' },
    ]);

    const missing = jalon(['import', join(tempDir(), 'absent.jsonl'), '--db', db], FRENCH);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^jalon : .*absent\.jsonl : fichier introuvable\n$/);

    const usage = jalon(['stats', '--db', join(tempDir(), 'absente.db')], FRENCH);
    expect(usage.stderr).toMatch(/^jalon : aucune base à .*absente\.db/);
  });

  it('documents its commands in French, in English with an English LANG', () => {
    const french = jalon(['import', '--help'], FRENCH);
    expect(french.stdout).toMatch(/^Usage : jalon import \[options\] <files\.\.\.>/);
    expect(french.stdout).toContain('Importer des journaux');
    expect(french.stdout).toContain('Options :');
    expect(french.stdout).toContain('afficher l’aide de la commande');
    const english = jalon(['import', '--help'], { LANG: 'en_US.UTF-8' });
    expect(english.stdout).toMatch(/^Usage: jalon import/);
    expect(english.stdout).toContain('Import journals');
  });

  it('seeds a file whose people are not the demo’s when given another id prefix', () => {
    const demoLike = join(tempDir(), 'demo.jsonl');
    const other = join(tempDir(), 'essai.jsonl');
    const args = ['--seekers', '3', '--months', '2', '--end', '2026-10'];
    expect(jalon(['seed', ...args, '--out', demoLike], FRENCH).status).toBe(0);
    const seeded = jalon(['seed', ...args, '--id-prefix', 'ESSAI', '--out', other], FRENCH);
    expect(seeded.status).toBe(0);
    expect(seeded.stderr).toContain('identifiants ESSAI-000001…');
    const ids = (path: string) =>
      readFileSync(path, 'utf8')
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { seeker_id: string }).seeker_id);
    expect(ids(demoLike)).toEqual(['DE-000001', 'DE-000002', 'DE-000003']);
    expect(ids(other)).toEqual(['ESSAI-000001', 'ESSAI-000002', 'ESSAI-000003']);

    const db = join(tempDir(), 'jalon.db');
    expect(jalon(['import', demoLike, '--db', db, '--json']).status).toBe(0);
    const second = JSON.parse(jalon(['import', other, '--db', db, '--json']).stdout);
    expect(second).toMatchObject({ imported: 3, updated: 0, unchanged: 0 });

    const refused = jalon(['seed', ...args, '--id-prefix', 'É-1', '--out', other], FRENCH);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--id-prefix doit faire 1 à 20 caractères');
  });
});

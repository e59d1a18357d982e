// The English catalogues say everything the French ones say: the same keys (the compiler
// checks the shape too), the same placeholders in each sentence, the same plural forms;
// and the analysis engine's own words exist in both languages.
import { describe, expect, it } from 'vitest';
import { enResources } from '../../renderer/i18n/en';
import { frResources } from '../../renderer/i18n/fr';
import { messageKeys, renderEvidence, signalLabel } from '../../shared/analysis/messages';
import { RECOMMENDATION_CATALOGUE } from '../../shared/analysis/recommendations';
import { SIGNAL_IDS } from '../../shared/analysis/types';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** `{{count, number}}` → `count`: the names a sentence interpolates, sorted. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]!).sort();
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

const fr = flatten(frResources as unknown as Tree);
const en = flatten(enResources as unknown as Tree);

describe('the English catalogues', () => {
  it('have exactly the French keys', () => {
    expect([...en.keys()].sort()).toEqual([...fr.keys()].sort());
  });

  it('interpolate the same values in every sentence', () => {
    const differing = [...fr].filter(
      ([key, text]) => placeholders(text).join() !== placeholders(en.get(key) ?? '').join(),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('give every plural its forms, and only to keys that count', () => {
    for (const catalogue of [fr, en]) {
      const bases = new Map<string, Set<string>>();
      for (const key of catalogue.keys()) {
        const form = PLURAL.exec(key)?.[1];
        if (!form) continue;
        const base = key.replace(PLURAL, '');
        bases.set(base, (bases.get(base) ?? new Set()).add(form));
        if (form === 'other') expect(catalogue.get(key), key).toMatch(/\{\{count\b/);
      }
      for (const [base, forms] of bases) {
        // i18next falls back to the bare key for a missing `_one` (import.chosen).
        expect(forms.has('other'), base).toBe(true);
        expect(forms.has('one') || catalogue.has(base), base).toBe(true);
      }
    }
  });

  it('are translated, not copied: most English sentences differ from the French', () => {
    const same = [...fr].filter(([key, text]) => en.get(key) === text && /\p{L}{4,}/u.test(text));
    // Words the same in both languages (Jalon, Total, Action, Signal, Type…) stay few.
    expect(same.map(([key, text]) => `${key}: ${text}`).length, same.join('\n')).toBeLessThan(
      fr.size / 10,
    );
  });
});

describe('the analysis engine’s words', () => {
  it('exist in both languages for every evidence, signal and recommendation', () => {
    for (const key of messageKeys()) {
      const evidence = { key, params: {}, periods: [], actionIds: [] };
      expect(renderEvidence(evidence, 'fr')).not.toBe(key);
      expect(renderEvidence(evidence, 'en')).not.toBe(key);
    }
    for (const id of SIGNAL_IDS) expect(signalLabel(id, 'en')).not.toBe(signalLabel(id, 'fr'));
    for (const entry of RECOMMENDATION_CATALOGUE) {
      expect(entry.label.en.length).toBeGreaterThan(0);
      expect(entry.description.en.length).toBeGreaterThan(0);
    }
  });

  it('keep French byte for byte, numbers with their narrow no-break space', () => {
    const evidence = {
      key: 'declining.compare',
      params: { months: 3, recent: 1.5, baseline: 12000, percent: 13 },
      periods: [],
      actionIds: [],
    };
    expect(renderEvidence(evidence, 'fr')).toBe(
      'Activité des 3 derniers mois : 1,5 actions par mois, contre 12\u202f000 auparavant (13 % de son niveau habituel).',
    );
    expect(renderEvidence(evidence, 'en')).toBe(
      'Activity over the last 3 months: 1.5 actions a month, against 12,000 before (13% of the usual level).',
    );
  });
});

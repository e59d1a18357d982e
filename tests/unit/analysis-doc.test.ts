// docs/analysis.md is what counsellors, team leads and the data-protection officer read
// of the analysis: its numbers, triggers and words must be the code's. This test reads
// the page and compares it with the defaults, the catalogue, the fixed numbers and the
// word list, so that neither changes without the other.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DISCOURAGEMENT_PHRASES,
  normalizeFrench,
} from '../../shared/analysis/discouragement-words';
import { FIXED_NUMBERS } from '../../shared/analysis/fixed-numbers';
import { RECOMMENDATION_CATALOGUE } from '../../shared/analysis/recommendations';
import { DEFAULT_SETTINGS } from '../../shared/analysis/settings';
import { SIGNAL_IDS } from '../../shared/analysis/types';

const DOC = readFileSync(resolve(import.meta.dirname, '../../docs/analysis.md'), 'utf8');

/** The text of a section, from its heading to the next heading of any level. */
function section(heading: string): string {
  const start = DOC.indexOf(`${heading}\n`);
  if (start < 0) throw new Error(`docs/analysis.md has no heading "${heading}"`);
  const body = DOC.slice(start + heading.length + 1);
  const next = body.search(/^#{1,6} /m);
  return next < 0 ? body : body.slice(0, next);
}

/** The cells of each row of the first table in `text`, header and rule left out. */
function tableRows(text: string): string[][] {
  const lines = text.split('\n').filter((l) => l.startsWith('|'));
  return lines.slice(2).map((l) =>
    l
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim()),
  );
}

/** `a.b` → value, for every number of a nested object. */
function flatten(value: object, prefix = ''): Record<string, number> {
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, v]) =>
      typeof v === 'number'
        ? [[`${prefix}${key}`, v]]
        : Object.entries(flatten(v as object, `${prefix}${key}.`)),
    ),
  );
}

const unquote = (cell: string) => cell.replace(/^`|`$/g, '');

describe('docs/analysis.md says what the code does', () => {
  it('lists every fixed number with its value, and says the rest are settings', () => {
    const rows = tableRows(section('### Fixed numbers'));
    const documented = Object.fromEntries(
      rows.map(([path, , value]) => [unquote(path!), Number(value)]),
    );
    expect(documented).toEqual(flatten(FIXED_NUMBERS));
    expect(DOC).toMatch(/every threshold and weight below is a setting/);
  });

  it('gives recent_success and declining_activity the code’s numbers', () => {
    const signals = tableRows(section('## The eleven signals'));
    const row = (id: string) => signals.find(([name]) => name === `\`${id}\``)!.join(' | ');
    const { hiredStrength, offerStrength, startedStrength } = FIXED_NUMBERS.recentSuccess;
    expect(row('recent_success')).toContain(
      `in the last ${DEFAULT_SETTINGS.recentSuccess.withinDays} days: a hiring (${hiredStrength}), ` +
        `an offer (${offerStrength}), or a training, immersion or business creation started (${startedStrength})`,
    );
    const { recentMonths, baselineMonths, minBaselinePerMonth, maxRatio } =
      DEFAULT_SETTINGS.decliningActivity;
    expect(row('declining_activity')).toContain(
      `over the last ${recentMonths} complete months at most ${maxRatio === 0.5 ? 'half' : maxRatio} ` +
        `of the person's own level over the ${baselineMonths} months before (at least ` +
        `${FIXED_NUMBERS.decliningActivity.minBaselineMonths} declared months of at least ` +
        `${minBaselinePerMonth} actions a month)`,
    );
    const { weights, saturation } = DEFAULT_SETTINGS.discouragement;
    expect(row('discouragement')).toContain(
      `(activity ${weights.activity}, answers ${weights.answers}, mood ${weights.mood}, ` +
        `words ${weights.words}), saturating at ${saturation}`,
    );
  });

  it('lists the words of discouragement, each phrase of the code and no other', () => {
    const paragraphs = section('### Words of discouragement').split('\n\n');
    const list = paragraphs.find((p) => p.includes(' · '))!;
    const phrases = list
      .replace(/\([^)]*\)/g, '')
      .split(/·|\n/)
      .map((p) => normalizeFrench(p.trim()))
      .filter((p) => p !== '');
    expect([...phrases].sort()).toEqual([...DISCOURAGEMENT_PHRASES].sort());
  });

  it('gives each signal its attention weight, and the formula its scale', () => {
    const rows = tableRows(section('## The attention score (0–100)'));
    const documented: Record<string, number> = {};
    for (const [signals, weight] of rows) {
      for (const id of signals!.split(',').map((s) => s.trim())) {
        documented[id] = Number(/^−?[\d.]+/.exec(weight!)![0].replace('−', '-'));
      }
    }
    expect(Object.keys(documented).sort()).toEqual([...SIGNAL_IDS].sort());
    expect(documented).toEqual(DEFAULT_SETTINGS.attention.weights);
    expect(DOC).toContain(`e^(−S / ${DEFAULT_SETTINGS.attention.scale})`);
  });

  it('gives each recommendation its label and triggers, and the thresholds their values', () => {
    const text = section('## Recommendations');
    const documented = tableRows(text).map(([id, label, triggers]) => ({
      id: unquote(id!),
      label: label!,
      triggers: triggers!.split(', ').map((t) => {
        const [signal, weight] = t.split(' ');
        return { signal: signal!, weight: Number(weight) };
      }),
    }));
    expect(documented).toEqual(
      RECOMMENDATION_CATALOGUE.map((entry) => ({
        id: entry.id,
        label: entry.label.fr,
        triggers: entry.triggers,
      })),
    );
    expect(text).toContain(`below\n${DEFAULT_SETTINGS.recommendations.minScore} it is not shown`);
    expect(text).toContain(
      `is not proposed again for ${DEFAULT_SETTINGS.recommendations.dismissalDays} days`,
    );
    expect(FIXED_NUMBERS.recommendations.successDamping).toBe(0.5);
    expect(text).toContain('`contact_soon` and `intensive_support`\nare halved');
  });
});

// From signals to ranked, explained recommendations. The catalogue (labels, wording and
// which signal triggers what) is data a team lead can adapt; the ranking rules are here.
import { z } from 'zod';
import type { Referentials } from '../reference/referentials';
import type { MobilityLinkKind } from '../reference/types';
import { dayNumber } from './calendar';
import type { JournalView } from './journal-view';
import catalogueJson from './recommendation-catalogue.json';
import { FIXED_NUMBERS } from './fixed-numbers';
import type { AnalysisSettings } from './settings';
import { RECOMMENDATION_IDS, SIGNAL_IDS } from './types';
import type {
  Dismissal,
  Recommendation,
  RecommendationId,
  RecommendationReason,
  Signal,
  SignalId,
  SuggestedRome,
} from './types';

export interface CatalogueEntry {
  id: RecommendationId;
  label: { fr: string; en: string };
  description: { fr: string; en: string };
  triggers: { signal: SignalId; weight: number }[];
}

const text = z.string().trim().min(1);
const bilingual = z.strictObject({ fr: text, en: text });

export const catalogueSchema = z
  .array(
    z.strictObject({
      id: z.enum(RECOMMENDATION_IDS),
      label: bilingual,
      description: bilingual,
      triggers: z
        .array(z.strictObject({ signal: z.enum(SIGNAL_IDS), weight: z.number().min(0).max(1) }))
        .superRefine((triggers, ctx) => {
          // Two weights for one signal would make the noisy-OR count the same fact twice.
          const seen = new Set<string>();
          triggers.forEach((t, i) => {
            if (seen.has(t.signal)) {
              ctx.addIssue({
                code: 'custom',
                path: [i, 'signal'],
                message: `signal "${t.signal}" appears twice`,
              });
            }
            seen.add(t.signal);
          });
        }),
    }),
  )
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      if (seen.has(e.id)) {
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `id "${e.id}" appears twice` });
      }
      seen.add(e.id);
    });
    // Every id needs its labels, even one a team lead switched off (with no trigger):
    // past accepted or dismissed recommendations still have to be shown by name.
    for (const id of RECOMMENDATION_IDS) {
      if (!seen.has(id))
        ctx.addIssue({ code: 'custom', path: [], message: `id "${id}" is missing` });
    }
  });

function deepFreeze(entries: CatalogueEntry[]): readonly CatalogueEntry[] {
  for (const entry of entries) {
    Object.freeze(entry.label);
    Object.freeze(entry.description);
    entry.triggers.forEach((t) => Object.freeze(t));
    Object.freeze(entry.triggers);
    Object.freeze(entry);
  }
  return Object.freeze(entries);
}

/** Validates an edited catalogue; throws a ZodError saying which entry is wrong. */
export function parseCatalogue(raw: unknown): CatalogueEntry[] {
  return catalogueSchema.parse(raw);
}

/** An edited entry whose triggers are not the signals of the entry in force. */
export interface CatalogueProblem {
  /** `catalogue.<id>.triggers`. */
  path: string;
  /** The signals that trigger this recommendation, which an edit keeps. */
  signals: SignalId[];
}

export type CatalogueEdit =
  { ok: true; catalogue: CatalogueEntry[] } | { ok: false; problems: CatalogueProblem[] };

/**
 * Checks an edited catalogue (already through catalogueSchema: every id once) against
 * the one in force. Ids and which signals trigger what are the brief's fixed
 * vocabulary; labels, descriptions and weights change (weight 0 switches a trigger
 * off). The edit comes back in the order of the catalogue in force, entries and
 * triggers alike: that order breaks ties between equal scores, so it must not move
 * with the way an editor happened to send them.
 */
export function alignCatalogueEdit(
  inForce: readonly CatalogueEntry[],
  edited: readonly CatalogueEntry[],
): CatalogueEdit {
  const editedById = new Map(edited.map((entry) => [entry.id, entry]));
  const problems: CatalogueProblem[] = [];
  const catalogue: CatalogueEntry[] = [];
  for (const current of inForce) {
    const edit = editedById.get(current.id);
    const signals = current.triggers.map((t) => t.signal);
    const weights = new Map(edit?.triggers.map((t) => [t.signal, t.weight]));
    if (!edit || weights.size !== signals.length || !signals.every((s) => weights.has(s))) {
      problems.push({ path: `catalogue.${current.id}.triggers`, signals });
      continue;
    }
    catalogue.push({
      id: current.id,
      label: edit.label,
      description: edit.description,
      triggers: signals.map((signal) => ({ signal, weight: weights.get(signal)! })),
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, catalogue };
}

/** A problem as the sentence an API error gives, naming the entry. */
export function describeCatalogueProblem(problem: CatalogueProblem): string {
  return `${problem.path}: the signals that trigger a recommendation are fixed (${problem.signals.join(', ')}); only their weights change`;
}

/** The shipped catalogue; a broken edit of the JSON fails at load, not at the first seeker. */
export const RECOMMENDATION_CATALOGUE: readonly CatalogueEntry[] = deepFreeze(
  parseCatalogue(catalogueJson),
);

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Which signals and which facts (evidence keys, months, actions) support a
 * recommendation, as a canonical string. Severities and message parameters are left
 * out on purpose: they move every day (days without action…) while the facts stay the
 * same, and a dismissal must only come back when the facts change.
 */
export function evidenceFingerprint(reasons: RecommendationReason[]): string {
  const parts = reasons.map((reason) => {
    const facts = reason.evidence.map((e) => {
      const periods = [...new Set(e.periods)].sort(byCode);
      const actions = [...new Set(e.actionIds)].sort(byCode);
      // JSON quoting keeps keys or ids that contain a separator from colliding.
      return JSON.stringify([e.key, periods, actions]);
    });
    return `${reason.signal}:${[...new Set(facts)].sort(byCode).join('')}`;
  });
  return [...new Set(parts)].sort(byCode).join('|');
}

// A success (offer, hire, training started) makes calling the person in a hurry less
// pressing, without silencing a real difficulty.
const DAMPED_BY_SUCCESS: ReadonlySet<RecommendationId> = new Set<RecommendationId>([
  'contact_soon',
  'intensive_support',
]);

interface Target {
  codes: string[];
  tried: ReadonlySet<string>;
}

function targetsOf(view: JournalView, oreRome: readonly string[]): Target {
  const tried = new Set(oreRome);
  for (const a of view.applications) if (a.rome !== null) tried.add(a.rome);
  return { codes: [...tried].sort(byCode), tried };
}

// ROME 4.0 links are France Travail's current ones, ranked; the typed ones date from
// ROME v3 and are the fallback.
const SUGGESTION_KIND_ORDER: Record<MobilityLinkKind, number> = {
  rome4: 0,
  proche: 1,
  evolution: 2,
};

function suggestedRome(
  target: Target,
  refs: Referentials,
  settings: AnalysisSettings,
): SuggestedRome[] {
  const reached = new Map<string, { kind: MobilityLinkKind; rank: number; from: string[] }>();
  for (const code of target.codes) {
    for (const m of refs.mobilitiesFrom(code)) {
      // Suggesting a job already tried would not broaden anything.
      if (target.tried.has(m.to)) continue;
      // Typed links have no rank: 0 leaves them in code order, as before ROME 4.0.
      const rank = m.kind === 'rome4' ? m.rank : 0;
      const seen = reached.get(m.to);
      if (!seen) reached.set(m.to, { kind: m.kind, rank, from: [code] });
      else {
        if (SUGGESTION_KIND_ORDER[m.kind] < SUGGESTION_KIND_ORDER[seen.kind]) {
          seen.kind = m.kind;
          seen.rank = rank;
        } else if (m.kind === seen.kind) seen.rank = Math.min(seen.rank, rank);
        if (!seen.from.includes(code)) seen.from.push(code);
      }
    }
  }
  return [...reached]
    .map(([code, r]) => ({ code, kind: r.kind, rank: r.rank, from: r.from.sort(byCode) }))
    .sort(
      (a, b) =>
        SUGGESTION_KIND_ORDER[a.kind] - SUGGESTION_KIND_ORDER[b.kind] ||
        b.from.length - a.from.length ||
        a.rank - b.rank ||
        byCode(a.code, b.code),
    )
    .slice(0, settings.recommendations.maxSuggestedRome)
    .map((s) => ({
      code: s.code,
      label: refs.rome(s.code)?.label ?? s.code,
      kind: s.kind,
      from: s.from,
    }));
}

const MAX_FOCUS_TARGETS = 3;

function focusTargets(
  view: JournalView,
  oreRome: readonly string[],
  refs: Referentials,
): { code: string; label: string }[] {
  const ore = new Set(oreRome);
  const oreReach = new Set<string>();
  for (const code of oreRome) for (const m of refs.mobilitiesFrom(code)) oreReach.add(m.to);
  const candidates = new Set(ore);
  for (const a of view.applications) if (a.rome !== null) candidates.add(a.rome);
  const score = new Map<string, number>();
  for (const code of candidates) {
    score.set(code, (ore.has(code) ? 2 : 0) + (!ore.has(code) && oreReach.has(code) ? 1 : 0));
  }
  // Employers' answers say where the person's profile is wanted; an interview says it most.
  for (const a of view.actions) {
    if (a.rome === null || !candidates.has(a.rome)) continue;
    let points = 0;
    if (a.isApplication && a.answered) points += 1;
    if (a.outcome === 'interview' || a.type === 'job_interview') points += 2;
    if (points > 0) score.set(a.rome, (score.get(a.rome) ?? 0) + points);
  }
  return [...score]
    .filter(([, s]) => s > 0)
    .sort(([a, sa], [b, sb]) => sb - sa || byCode(a, b))
    .slice(0, MAX_FOCUS_TARGETS)
    .map(([code]) => ({ code, label: refs.rome(code)?.label ?? code }));
}

function isDismissed(
  id: RecommendationId,
  fingerprint: string,
  dismissals: readonly Dismissal[],
  view: JournalView,
  settings: AnalysisSettings,
): boolean {
  return dismissals.some((d) => {
    if (d.id !== id || d.evidenceFingerprint !== fingerprint) return false;
    const elapsed = view.asOfDay - dayNumber(d.dismissedOn);
    // A dismissal dated after the reference date did not exist yet at that date.
    return elapsed >= 0 && elapsed < settings.recommendations.dismissalDays;
  });
}

export function rankRecommendations(input: {
  signals: Signal[];
  view: JournalView;
  oreRome: string[];
  refs: Referentials;
  settings: AnalysisSettings;
  catalogue?: readonly CatalogueEntry[];
  dismissals?: readonly Dismissal[];
}): Recommendation[] {
  const { signals, view, oreRome, refs, settings } = input;
  const catalogue = input.catalogue ?? RECOMMENDATION_CATALOGUE;
  const dismissals = input.dismissals ?? [];

  // Should a signal come twice, its strongest reading is the one that counts.
  const fired = new Map<SignalId, Signal>();
  for (const s of signals) {
    if (!(s.severity > 0)) continue;
    const known = fired.get(s.id);
    if (!known || s.severity > known.severity) fired.set(s.id, s);
  }
  const success = fired.has('recent_success');

  const scored: Omit<Recommendation, 'rank'>[] = [];
  for (const entry of catalogue) {
    // One loop rather than a chain of map and filter: this runs for every entry of the
    // catalogue for every seeker, and most entries have no fired trigger.
    const contributions: { signal: Signal; weight: number; order: number; value: number }[] = [];
    entry.triggers.forEach((t, order) => {
      const signal = fired.get(t.signal);
      if (signal === undefined) return;
      const value = Math.min(1, t.weight * signal.severity);
      if (value > 0) contributions.push({ signal, weight: t.weight, order, value });
    });
    contributions.sort((a, b) => b.value - a.value || a.order - b.order);
    if (contributions.length === 0) continue;

    // Noisy-OR: each reason independently "calls for" the service, so several reasons
    // reinforce each other and the score never exceeds 1.
    let raw = 1 - contributions.reduce((rest, c) => rest * (1 - c.value), 1);
    if (success && DAMPED_BY_SUCCESS.has(entry.id))
      raw *= FIXED_NUMBERS.recommendations.successDamping;
    const score = round2(raw);
    if (score < settings.recommendations.minScore) continue;

    const reasons: RecommendationReason[] = contributions.map((c) => ({
      signal: c.signal.id,
      severity: c.signal.severity,
      evidence: c.signal.evidence,
    }));
    // The fingerprint is only worth building when there is a dismissal to compare it with.
    if (
      dismissals.length > 0 &&
      isDismissed(entry.id, evidenceFingerprint(reasons), dismissals, view, settings)
    ) {
      continue;
    }

    const recommendation: Omit<Recommendation, 'rank'> = { id: entry.id, score, reasons };
    if (entry.id === 'broaden_search') {
      recommendation.suggestedRome = suggestedRome(targetsOf(view, oreRome), refs, settings);
    } else if (entry.id === 'focus_search') {
      recommendation.focusTargets = focusTargets(view, oreRome, refs);
    }
    scored.push(recommendation);
  }

  // Array.prototype.sort is stable: equal scores keep the catalogue order.
  return scored
    .sort((a, b) => b.score - a.score)
    .map((r, i): Recommendation => ({ ...r, rank: i + 1 }));
}

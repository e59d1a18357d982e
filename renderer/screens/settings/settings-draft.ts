// The settings as the edit form holds them (input texts), and what they become once
// sent. The checks are the server's own (the shared schema and settingsProblems), run
// before sending so that each problem shows next to its field.
import type { RecommendationId, SignalId } from '../../../shared/analysis/types';
import { editableSettings, settingsProblems } from '../../../shared/analysis/settings';
import type { ArgsOf } from '../../../shared/api/contract';
import { changedPaths, settingsChangeArgs } from '../../../shared/api/settings';
import type { SettingsView } from '../../../shared/api/settings';
import { assignValueAt, kindOf, SETTING_FIELDS, valueAt } from './setting-fields';
import type { FieldKind } from './setting-fields';
import type { AppLocale } from '../../i18n/locale';
import type { Category } from '../../../shared/journal/contract';

export type SettingsChange = ArgsOf<'settings.update'>;

export interface CatalogueEntryDraft {
  id: RecommendationId;
  label: string;
  description: string;
  /** In the order of the catalogue in force. */
  weights: { signal: SignalId; text: string }[];
}

export interface SettingsDraft {
  /** Each setting's input text, by dotted path. */
  values: Record<string, string>;
  /** The categories expected to search, in the list's order. */
  searchCategories: Category[];
  catalogue: CatalogueEntryDraft[];
  reason: string;
}

/** What is wrong with one field, said by the screen in its own words. */
export type FieldProblem =
  | { kind: 'invalid'; fieldKind: FieldKind }
  | { kind: 'text' }
  | { kind: 'triggerWeight' }
  | { kind: 'reason' }
  | { kind: 'atLeast' | 'atMost'; than: string | number };

/**
 * Keys: a settings path (`inactivity.days`), `catalogue.<id>.label`,
 * `catalogue.<id>.description`, `catalogue.<id>.triggers.<signal>`, or `reason`.
 */
export type DraftProblems = ReadonlyMap<string, FieldProblem>;

export type DraftCheck =
  | { status: 'ready'; change: SettingsChange }
  | { status: 'invalid'; problems: DraftProblems }
  | { status: 'unchanged' };

export const catalogueKey = (id: RecommendationId, part: 'label' | 'description') =>
  `catalogue.${id}.${part}`;
export const triggerKey = (id: RecommendationId, signal: SignalId) =>
  `catalogue.${id}.triggers.${signal}`;

/**
 * The catalogue's wording is edited in the interface's language: an edited label or
 * description replaces that language's only, the other stays as it was.
 */
export function draftFrom(view: SettingsView, locale: AppLocale = 'fr'): SettingsDraft {
  return {
    values: Object.fromEntries(
      SETTING_FIELDS.map((f) => [f.path, String(valueAt(view.settings, f.path))]),
    ),
    searchCategories: [...view.settings.searchCategories],
    catalogue: view.catalogue.map((entry) => ({
      id: entry.id,
      label: entry.label[locale],
      description: entry.description[locale],
      weights: entry.triggers.map((t) => ({ signal: t.signal, text: String(t.weight) })),
    })),
    reason: '',
  };
}

// An empty input is no number (Number('') would be 0).
const numberOf = (text: string) => (text.trim() === '' ? NaN : Number(text));

function changeOf(draft: SettingsDraft, view: SettingsView, locale: AppLocale): SettingsChange {
  const settings = structuredClone(editableSettings(view.settings));
  for (const { path } of SETTING_FIELDS)
    assignValueAt(settings, path, numberOf(draft.values[path] ?? ''));
  settings.searchCategories = [...draft.searchCategories];
  return {
    basedOn: view.current.version,
    settings,
    // Only the wording of the language edited changes; the other stays as it was.
    catalogue: view.catalogue.map((entry, i) => {
      const edited = draft.catalogue[i]!;
      return {
        id: entry.id,
        label: { ...entry.label, [locale]: edited.label.trim() },
        description: { ...entry.description, [locale]: edited.description.trim() },
        triggers: edited.weights.map((w) => ({ signal: w.signal, weight: numberOf(w.text) })),
      };
    }),
    reason: draft.reason.trim(),
  };
}

/** A schema issue's path (`['catalogue', 3, 'triggers', 0, 'weight']`) as a field key. */
function problemOfIssue(
  path: readonly PropertyKey[],
  change: SettingsChange,
): [string, FieldProblem] | null {
  const [area, ...rest] = path;
  if (area === 'reason') return ['reason', { kind: 'reason' }];
  if (area === 'settings') {
    const key = rest.map(String).join('.');
    const fieldKind = kindOf(key);
    return fieldKind ? [key, { kind: 'invalid', fieldKind }] : null;
  }
  if (area === 'catalogue' && typeof rest[0] === 'number') {
    const entry = change.catalogue[rest[0]];
    if (!entry) return null;
    if (rest[1] === 'label' || rest[1] === 'description') {
      return [catalogueKey(entry.id, rest[1]), { kind: 'text' }];
    }
    const trigger =
      rest[1] === 'triggers' && typeof rest[2] === 'number' && entry.triggers[rest[2]];
    if (trigger) return [triggerKey(entry.id, trigger.signal), { kind: 'triggerWeight' }];
  }
  return null;
}

export function checkDraft(
  draft: SettingsDraft,
  view: SettingsView,
  locale: AppLocale = 'fr',
): DraftCheck {
  const change = changeOf(draft, view, locale);
  const problems = new Map<string, FieldProblem>();
  const parsed = settingsChangeArgs.safeParse(change);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const found = problemOfIssue(issue.path, change);
      if (found && !problems.has(found[0])) problems.set(...found);
    }
    // An issue no field shows would leave the person without a clue: the server says it.
    if (problems.size === 0) return { status: 'ready', change };
  } else {
    for (const problem of settingsProblems(change.settings)) {
      if (problem.kind === 'below' || problem.kind === 'above') {
        const kind = problem.kind === 'below' ? 'atLeast' : 'atMost';
        problems.set(problem.path, { kind, than: problem.than });
      }
    }
  }
  if (problems.size > 0) return { status: 'invalid', problems };
  const before = { settings: editableSettings(view.settings), catalogue: view.catalogue };
  return changedPaths(before, change).length === 0
    ? { status: 'unchanged' }
    : { status: 'ready', change };
}

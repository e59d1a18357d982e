// The analysis settings as Réglages shows and edits them: every change makes a new
// version, and each stored analysis result names the version that produced it.
import { z } from 'zod';
import { catalogueSchema } from '../analysis/recommendations';
import type { CatalogueEntry } from '../analysis/recommendations';
import { analysisSettingsSchema } from '../analysis/settings';
import type { AnalysisSettings, EditableSettings } from '../analysis/settings';

export interface SettingsVersionInfo {
  version: string;
  /** When, who (user id and name) and why; all null for the built-in version. */
  changedAt: string | null;
  changedBy: string | null;
  changedByName: string | null;
  reason: string | null;
}

export interface SettingsView {
  settings: AnalysisSettings;
  catalogue: readonly CatalogueEntry[];
  current: SettingsVersionInfo;
  /** Earlier versions, newest first. */
  history: SettingsVersionInfo[];
}

/** A change as Réglages sends it: the whole settings and catalogue, and why. */
export const settingsChangeArgs = z.strictObject({
  /** The version the editor started from: a change made meanwhile is `conflict`. */
  basedOn: z.string().min(1).max(100),
  settings: analysisSettingsSchema.omit({ version: true }),
  catalogue: catalogueSchema,
  reason: z.string().trim().min(3, 'a reason of at least 3 characters').max(500),
});

export interface SettingsDocument {
  settings: EditableSettings;
  catalogue: readonly CatalogueEntry[];
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * The catalogue keyed by id and its triggers by signal, so that a change reads
 * `catalogue.cv_workshop.triggers.low_response_rate` rather than an array position.
 */
function keyedCatalogue(catalogue: readonly CatalogueEntry[]): Json {
  return Object.fromEntries(
    catalogue.map((entry) => [
      entry.id,
      {
        label: entry.label,
        description: entry.description,
        triggers: Object.fromEntries(entry.triggers.map((t) => [t.signal, t.weight])),
      },
    ]),
  );
}

function isRecord(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function differences(before: Json | undefined, after: Json | undefined, path: string): string[] {
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => differences(before[key], after[key], `${path}.${key}`));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [path.slice(1)];
}

/**
 * The dotted paths of what differs between two versions, e.g. `settings.inactivity.days`
 * or `catalogue.cv_workshop.label.fr`.
 */
export function changedPaths(before: SettingsDocument, after: SettingsDocument): string[] {
  return [
    ...differences(before.settings as Json, after.settings as Json, '.settings'),
    ...differences(keyedCatalogue(before.catalogue), keyedCatalogue(after.catalogue), '.catalogue'),
  ];
}

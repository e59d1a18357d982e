// The analysis settings as Réglages shows and edits them: every change makes a new
// version, and each stored analysis result names the version that produced it.
import { z } from 'zod';
import { catalogueSchema } from '../analysis/recommendations';
import type { CatalogueEntry } from '../analysis/recommendations';
import { analysisSettingsSchema } from '../analysis/settings';
import type { AnalysisSettings } from '../analysis/settings';

export interface SettingsVersionInfo {
  version: string;
  changedAt: string | null;
  changedBy: string | null;
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

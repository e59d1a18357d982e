// The audit trail as the screens read it: what can be recorded, a page of entries for a
// team lead or an administrator, and the controllers' views a counsellor is told about.

/** Every kind of event the trail records; the screens name each one in French. */
export const AUDIT_ACTIONS = [
  'sign_in',
  'sign_in.failed',
  'sign_out',
  'import',
  'export',
  'recommendation.accept',
  'recommendation.dismiss',
  'plan.add',
  'plan.update',
  'note.add',
  'journal.enterMonth',
  'report',
  'history.view',
  'settings.update',
  'backup.create',
  'backup.restore',
  'retention.update',
  'retention.purge',
  'dpo.export',
  'audit.keyed',
  /** A person given to another counsellor by an import: `from`, `to`, `importRef`. */
  'seeker.reassign',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** A table the page shows and the server writes out as a file (export.table). */
export const PAGE_EXPORT_KINDS = ['caseload', 'import_issues'] as const;
export type PageExportKind = (typeof PAGE_EXPORT_KINDS)[number];

export interface AuditEntryView {
  entryRef: number;
  at: string;
  actor: string;
  /** The actor's display name; null for an id that is not a user (`cli`, a mistyped id). */
  actorName: string | null;
  /** Kept as written: an entry older than this version may name an action no longer listed. */
  action: string;
  seekerId: string | null;
  reason: string | null;
  details: Record<string, unknown>;
}

export interface AuditPage {
  entries: AuditEntryView[];
  /** Pass as `before` for the next (older) page; null at the oldest entry. */
  nextBefore: number | null;
}

/** A controller's view of one of the counsellor's seekers, and why. */
export interface HistoryViewRecord {
  entryRef: number;
  at: string;
  controller: string;
  controllerName: string | null;
  seekerId: string;
  /** The seeker's name: the counsellor reads their own portfolio. */
  seekerName: string;
  reason: string;
}

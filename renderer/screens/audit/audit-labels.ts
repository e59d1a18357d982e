// How an audit entry reads in the reader's language: the name of its action and a one-line summary of
// its details. The details are JSON written by several handlers (and older versions),
// so every value is checked before use; what is not understood is shown as recorded.
import type { TFunction } from 'i18next';
import { RECOMMENDATION_IDS } from '../../../shared/analysis/types';
import type { RecommendationId } from '../../../shared/analysis/types';
import { isAuditAction, PAGE_EXPORT_KINDS } from '../../../shared/api/audit';
import type { AuditAction, AuditEntryView } from '../../../shared/api/audit';
import { formatLongDate, formatMonth, formatNumber } from '../../format';
import { recommendationLabel } from '../seeker/recommendation-label';

type Details = Record<string, unknown>;

/** The action's message key: i18next reads a dot as nesting, the catalogue uses `_`. */
export function actionLabel(t: TFunction, action: string): string {
  return isAuditAction(action) ? t(`audit.actions.${action.replace('.', '_')}`) : action;
}

function text(details: Details, key: string): string | null {
  const value = details[key];
  return typeof value === 'string' ? value : null;
}

function count(details: Details, key: string): number | null {
  const value = details[key];
  return typeof value === 'number' ? value : null;
}

/** `{from, to}` as plan.update records a change. */
function change(details: Details, key: string): { from: unknown; to: unknown } | null {
  const value = details[key];
  return typeof value === 'object' && value !== null && 'from' in value && 'to' in value
    ? { from: value.from, to: value.to }
    : null;
}

function isRecommendationId(value: string | null): value is RecommendationId {
  return value !== null && (RECOMMENDATION_IDS as readonly string[]).includes(value);
}

function planStatus(t: TFunction, status: unknown): string {
  return typeof status === 'string' ? t(`seeker.plan.statuses.${status}`) : t('audit.table.none');
}

function dueOn(t: TFunction, date: unknown): string {
  return typeof date === 'string' ? formatLongDate(date) : t('audit.details.noDueOn');
}

/** Null: the details do not have the expected shape, and are shown as recorded. */
type Summarise = (t: TFunction, details: Details) => string | null;

const SUMMARIES: Partial<Record<AuditAction, Summarise>> = {
  'sign_in.failed': (t, details) => {
    const reason = text(details, 'reason');
    return reason && t(`audit.details.signInFailed.${reason}`, { defaultValue: reason });
  },
  import: (t, details) => {
    const files = details.files;
    if (!Array.isArray(files)) return null;
    const summary = t('audit.details.import', {
      files: files.join(', '),
      imported: count(details, 'imported') ?? 0,
      updated: count(details, 'updated') ?? 0,
      unchanged: count(details, 'unchanged') ?? 0,
      rejected: count(details, 'rejected') ?? 0,
    });
    // What a run that did not complete had committed (entries before this: completed).
    const status = text(details, 'status');
    return status === 'failed' || status === 'interrupted'
      ? t(`audit.details.importEnded.${status}`, { summary })
      : summary;
  },
  export: (t, details) => {
    const kind = text(details, 'kind');
    const fileName = text(details, 'fileName');
    const rows = count(details, 'rows');
    if (fileName === null || rows === null) return null;
    const known = PAGE_EXPORT_KINDS.find((k) => k === kind) ?? 'other';
    // Entries written before XLSX exports existed have no format: they were CSV.
    const kinds = text(details, 'format') === 'xlsx' ? 'exportKindsXlsx' : 'exportKinds';
    return t('audit.details.export', {
      kind: t(`audit.details.${kinds}.${known}`),
      fileName,
      count: rows,
    });
  },
  'recommendation.accept': (t, details) => {
    const label = recommendationOf(details);
    const date = text(details, 'dueOn');
    // Entries written before a due date was proposed have none.
    return label && date
      ? t('audit.details.accepted', { label, date: formatLongDate(date) })
      : label;
  },
  'recommendation.dismiss': (_t, details) => recommendationOf(details),
  'plan.add': (t, details) => {
    const date = text(details, 'dueOn');
    return date
      ? t('audit.details.planAdd', { date: formatLongDate(date) })
      : t('audit.details.planAddUndated');
  },
  'plan.update': (t, details) => {
    const status = change(details, 'status');
    const due = change(details, 'dueOn');
    if (!status || !due) return null;
    const parts: string[] = [];
    if (status.from !== status.to) {
      parts.push(
        t('audit.details.planStatus', {
          from: planStatus(t, status.from),
          to: planStatus(t, status.to),
        }),
      );
    }
    if (due.from !== due.to) {
      parts.push(t('audit.details.planDueOn', { from: dueOn(t, due.from), to: dueOn(t, due.to) }));
    }
    return parts.join(' ; ');
  },
  'note.add': (t, details) => {
    const length = count(details, 'length');
    return length === null ? null : t('audit.details.note', { count: length });
  },
  report: (t, details) => {
    const asOf = text(details, 'asOf');
    const fileName = text(details, 'fileName');
    if (asOf === null || fileName === null) return null;
    const pages = count(details, 'pages');
    return t(pages === null ? 'audit.details.reportNoPages' : 'audit.details.report', {
      date: formatLongDate(asOf),
      fileName,
      count: pages ?? 0,
    });
  },
  'settings.update': (t, details) => {
    const from = text(details, 'from');
    const to = text(details, 'to');
    const changed = details.changed;
    if (from === null || to === null || !Array.isArray(changed)) return null;
    return t('audit.details.settings', { from, to, count: changed.length });
  },
  'backup.create': (t, details) => {
    const name = text(details, 'name');
    const kind = text(details, 'kind');
    const size = count(details, 'size');
    if (name === null || kind === null || size === null) return null;
    return t('audit.details.backupCreate', {
      kind: t(`audit.details.backupKinds.${kind}`, { defaultValue: kind }),
      name,
      size: formatNumber(size / 1_048_576),
    });
  },
  'backup.restore': (t, details) => {
    const name = text(details, 'name');
    if (name === null) return null;
    const safety = text(details, 'safetyBackup');
    // At start-up, from the latest backup, the damaged file kept aside: no safety copy.
    return safety === null
      ? t('audit.details.backupRecovered', { name })
      : t('audit.details.backupRestore', { name, safety });
  },
  'retention.update': (t, details) => {
    const months = change(details, 'months');
    if (typeof months?.from !== 'number' || typeof months.to !== 'number') return null;
    return t('audit.details.retentionUpdate', { from: months.from, to: months.to });
  },
  'retention.purge': (t, details) => {
    const people = count(details, 'people');
    const months = count(details, 'months');
    const cutoff = text(details, 'cutoff');
    const rows = details.rows;
    if (people === null || months === null || cutoff === null) return null;
    if (typeof rows !== 'object' || rows === null) return null;
    const removed = Object.values(rows).reduce<number>(
      (sum, n) => sum + (typeof n === 'number' ? n : 0),
      0,
    );
    return t('audit.details.retentionPurge', {
      count: people,
      months,
      cutoff: formatLongDate(cutoff),
      rows: formatNumber(removed + people),
    });
  },
  'audit.keyed': (t, details) => {
    const plainEntries = count(details, 'plainEntries');
    return plainEntries === null ? null : t('audit.details.auditKeyed', { count: plainEntries });
  },
  'seeker.reassign': (t, details) => {
    const from = text(details, 'from');
    const to = text(details, 'to');
    const importRef = count(details, 'importRef');
    if (from === null || to === null || importRef === null) return null;
    return t('audit.details.reassign', { from, to, importRef });
  },
  'journal.enterMonth': (t, details) => {
    const period = text(details, 'period');
    const actions = count(details, 'actions');
    if (period === null || actions === null) return null;
    return t('audit.details.enterMonth', { month: formatMonth(period), count: actions });
  },
};

function recommendationOf(details: Details): string | null {
  const id = text(details, 'recommendation');
  return isRecommendationId(id) ? recommendationLabel(id) : null;
}

/**
 * `name: value` pairs, for details no summary understands (an older or newer shape): each
 * key by its name in the reader's language where it has one, as recorded otherwise.
 */
function asRecorded(t: TFunction, details: Details): string {
  return Object.entries(details)
    .map(([key, value]) =>
      t('audit.details.recorded', {
        name: t(`audit.details.keys.${key}`, { defaultValue: key }),
        value: typeof value === 'string' ? value : JSON.stringify(value),
      }),
    )
    .join(' · ');
}

export function detailsSummary(t: TFunction, entry: AuditEntryView): string {
  const summarise = isAuditAction(entry.action) ? SUMMARIES[entry.action] : undefined;
  return summarise?.(t, entry.details) ?? asRecorded(t, entry.details);
}

/** « Nathalie Fournier (CNS-01) », or the id alone when it names no user. */
export function actorLabel(t: TFunction, id: string, name: string | null): string {
  return name === null ? id : t('audit.table.actorWithName', { name, id });
}

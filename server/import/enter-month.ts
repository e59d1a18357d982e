// A month of journal entered by the counsellor for a person without digital access.
// The journal is rebuilt with the new month, validated by the journal's own rules and
// written whole through the import's store path, so that the content hash, the months
// document and the rows stay one and the same journal.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { EnteredMonth } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { canonicalJournal, canonicalProfile } from '../../shared/journal/canonical';
import type { JournalAction, JournalMonth, SeekerJournal } from '../../shared/journal/contract';
import { periodOfDate } from '../../shared/journal/dates';
import { validateSeeker } from '../../shared/journal/validate';
import { encodeJournal } from '../../shared/journal/write-encoding';
import type { FlatMonths } from '../../shared/journal/write-encoding';
import type { AuditRepository } from '../db/audit-repository';
import type { JournalRepository, StoredSeekerKey } from '../db/journal-repository';
import { journalContentHash } from '../import/journal-writer';
import { writeTransaction } from '../db/transactions';
import { localIsoDate } from '../local-date';
import { reasonText } from '../../shared/journal/reason-text';

function refuse(message: string): never {
  throw new ApiError('invalid_arguments', message);
}

/**
 * Rules about the month's place in this journal that the argument schema cannot see; as
 * at an import, nothing may be dated after today (the reference date may be earlier).
 */
function checkPlace(
  journal: SeekerJournal,
  month: EnteredMonth,
  asOf: string,
  today: string,
): void {
  const existing = journal.months.find((m) => m.period === month.period);
  if (existing) {
    const by = existing.entered_by === 'seeker' ? 'the seeker' : 'a counsellor';
    refuse(`month.period: ${month.period} is already declared by ${by}`);
  }
  if (month.period > periodOfDate(asOf)) {
    refuse(`month.period: ${month.period} is after the reference month ${periodOfDate(asOf)}`);
  }
  if (month.period < periodOfDate(journal.registered_on)) {
    refuse(`month.period: ${month.period} is before registration (${journal.registered_on})`);
  }
  month.actions.forEach((action, n) => {
    if (periodOfDate(action.date) !== month.period) {
      refuse(`month.actions[${n}].date: ${action.date} is outside the period ${month.period}`);
    }
    if (action.date > today) {
      refuse(`month.actions[${n}].date: ${action.date} is after today (${today})`);
    }
  });
}

/** Ids `<seeker>-c-<period>-<n>`, skipping any already used in the journal. */
function freshActionIds(journal: SeekerJournal, period: string, count: number): string[] {
  const used = new Set(journal.months.flatMap((m) => m.actions.map((a) => a.id)));
  const ids: string[] = [];
  for (let n = 1; ids.length < count; n++) {
    const id = `${journal.seeker_id}-c-${period}-${n}`;
    if (!used.has(id)) ids.push(id);
  }
  return ids;
}

/** The journal with the counsellor's month added, checked by the journal's own validator. */
export function journalWithEnteredMonth(
  journal: SeekerJournal,
  month: EnteredMonth,
  asOf: string,
  submittedAt: Date,
): { journal: SeekerJournal; month: JournalMonth } {
  checkPlace(journal, month, asOf, localIsoDate(submittedAt));
  const ids = freshActionIds(journal, month.period, month.actions.length);
  const entered: JournalMonth = {
    period: month.period,
    submitted_at: submittedAt.toISOString(),
    entered_by: 'counsellor',
    mood: month.mood,
    comment: month.comment,
    actions: month.actions.map((action, n): JournalAction => ({ id: ids[n]!, ...action })),
  };
  const candidate = canonicalJournal({ ...journal, months: [...journal.months, entered] });
  const validated = validateSeeker(candidate);
  // API replies are worded in English, the renderer words the refusal by its code.
  if (!validated.ok) refuse(reasonText(validated.reason, 'en'));
  const stored = validated.value.months.find((m) => m.period === month.period)!;
  return { journal: validated.value, month: stored };
}

export interface EnterMonthStore {
  db: Database;
  journals: JournalRepository;
  audit: AuditRepository;
}

/**
 * Writes the new journal and its audit entry in one transaction. The trail names the
 * period and how many actions, never the comment or notes written about the person.
 */
export function storeEnteredMonth(
  { db, journals, audit }: EnterMonthStore,
  key: StoredSeekerKey,
  journal: SeekerJournal,
  month: JournalMonth,
  actor: string,
  now: string,
): void {
  const encoded = encodeJournal(journal);
  writeTransaction(db, () => {
    journals.replaceJournal(
      key.seekerRef,
      canonicalProfile(journal),
      JSON.parse(encoded.months) as FlatMonths,
      journalContentHash(encoded),
      now,
    );
    audit.append({
      actor,
      action: 'journal.enterMonth',
      seekerId: journal.seeker_id,
      details: { period: month.period, actions: month.actions.length },
    });
  })();
}

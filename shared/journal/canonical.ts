// The canonical form of a journal: months by period, actions by date then id, keys
// in the contract's order. Export writes it, and the import's write encoding (and so
// its content hash) starts from it: two files that say the same thing, in any order,
// JSONL or CSV, give the same journal and the same hash.
import type { JournalAction, JournalMonth, SeekerJournal, SeekerProfile } from './contract';

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareActions(a: JournalAction, b: JournalAction): number {
  return byString(a.date, b.date) || byString(a.id, b.id);
}

function isCanonicalOrder(j: SeekerJournal): boolean {
  for (let m = 0; m < j.months.length; m++) {
    const month = j.months[m]!;
    if (m > 0 && byString(j.months[m - 1]!.period, month.period) >= 0) return false;
    for (let a = 1; a < month.actions.length; a++) {
      if (compareActions(month.actions[a - 1]!, month.actions[a]!) > 0) return false;
    }
  }
  return true;
}

/**
 * The journal in canonical order. A freshly validated journal (whose objects the
 * validator built with the contract's key order) that is already sorted is returned
 * as is: the import's common case, saved a copy of every action.
 */
export function canonicalOrder(j: SeekerJournal): SeekerJournal {
  return isCanonicalOrder(j) ? j : canonicalJournal(j);
}

/** The profile (the journal without months) as a fresh object, keys in the contract's order. */
export function canonicalProfile(j: SeekerProfile): SeekerProfile {
  return {
    seeker_id: j.seeker_id,
    first_name: j.first_name,
    last_name: j.last_name,
    birth_year: j.birth_year,
    commune: j.commune,
    registered_on: j.registered_on,
    category: j.category,
    category_history: j.category_history.map((step) => ({
      since: step.since,
      category: step.category,
    })),
    modality: j.modality,
    counsellor_id: j.counsellor_id,
    digital_access: j.digital_access,
    benefit_end: j.benefit_end,
    ore: {
      rome: [...j.ore.rome],
      max_distance_km: j.ore.max_distance_km,
      min_monthly_salary: j.ore.min_monthly_salary,
      contracts: [...j.ore.contracts],
    },
  };
}

/** A fresh copy of the journal with keys in the contract's order and canonical sorting. */
export function canonicalJournal(j: SeekerJournal): SeekerJournal {
  return {
    ...canonicalProfile(j),
    months: [...j.months]
      .sort((a, b) => byString(a.period, b.period))
      .map((m): JournalMonth => ({
        period: m.period,
        submitted_at: m.submitted_at,
        entered_by: m.entered_by,
        mood: m.mood,
        comment: m.comment,
        actions: [...m.actions].sort(compareActions).map((a): JournalAction => ({
          id: a.id,
          date: a.date,
          type: a.type,
          rome: a.rome,
          employer: a.employer,
          commune: a.commune,
          channel: a.channel,
          outcome: a.outcome,
          note: a.note,
        })),
      })),
  };
}

/** One JSON Lines line, canonical (no trailing newline). */
export function canonicalJson(j: SeekerJournal): string {
  return JSON.stringify(canonicalJournal(j));
}

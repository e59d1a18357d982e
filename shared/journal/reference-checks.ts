// Codes that are well formed but absent from the referentials are accepted (the
// referentials lag behind reality) and reported as warnings, once per code and place.
import type { JournalAction, SeekerJournal, SeekerProfile } from './contract';

export interface CodeLookup {
  isKnownRome(code: string): boolean;
  isKnownCommune(insee: string): boolean;
}

export interface CodeWarning {
  path: string;
  message: string;
}

const unknownRome = (code: string) =>
  `ROME code ${code} is not in the ROME referential (kept as given)`;
const unknownCommune = (code: string) =>
  `INSEE code ${code} is not a known commune (kept as given; distances cannot be computed)`;

export function profileCodeWarnings(profile: SeekerProfile, codes: CodeLookup): CodeWarning[] {
  const warnings: CodeWarning[] = [];
  if (profile.commune !== null && !codes.isKnownCommune(profile.commune)) {
    warnings.push({ path: 'commune', message: unknownCommune(profile.commune) });
  }
  profile.ore.rome.forEach((code, i) => {
    if (!codes.isKnownRome(code))
      warnings.push({ path: `ore.rome[${i}]`, message: unknownRome(code) });
  });
  return warnings;
}

export function actionCodeWarnings(
  action: JournalAction,
  codes: CodeLookup,
  at = '',
): CodeWarning[] {
  const warnings: CodeWarning[] = [];
  const prefix = at ? `${at}.` : '';
  if (action.rome !== null && !codes.isKnownRome(action.rome)) {
    warnings.push({ path: `${prefix}rome`, message: unknownRome(action.rome) });
  }
  if (action.commune !== null && !codes.isKnownCommune(action.commune)) {
    warnings.push({ path: `${prefix}commune`, message: unknownCommune(action.commune) });
  }
  return warnings;
}

/** All warnings of one journal, each distinct unknown code reported once. */
export function journalCodeWarnings(journal: SeekerJournal, codes: CodeLookup): CodeWarning[] {
  const warnings = profileCodeWarnings(journal, codes);
  const reported = new Set(warnings.map((w) => w.message));
  journal.months.forEach((month, m) => {
    month.actions.forEach((action, a) => {
      for (const w of actionCodeWarnings(action, codes, `months[${m}].actions[${a}]`)) {
        if (reported.has(w.message)) continue;
        reported.add(w.message);
        warnings.push(w);
      }
    });
  });
  return warnings;
}

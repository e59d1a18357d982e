// Codes that are well formed but absent from the referentials are accepted (the
// referentials lag behind reality) and reported as warnings, once per code and place.
import type { JournalAction, SeekerJournal, SeekerProfile } from './contract';
import { part } from './reasons';
import type { ReasonPart } from './reasons';

export interface CodeLookup {
  isKnownRome(code: string): boolean;
  isKnownCommune(insee: string): boolean;
}

export type CodeWarning = ReasonPart;

const unknownRome = (path: string, code: string) => part(path, 'unknown_rome', { code });
const unknownCommune = (path: string, code: string) => part(path, 'unknown_commune', { code });

export function profileCodeWarnings(profile: SeekerProfile, codes: CodeLookup): CodeWarning[] {
  const warnings: CodeWarning[] = [];
  if (profile.commune !== null && !codes.isKnownCommune(profile.commune)) {
    warnings.push(unknownCommune('commune', profile.commune));
  }
  profile.ore.rome.forEach((code, i) => {
    if (!codes.isKnownRome(code)) warnings.push(unknownRome(`ore.rome[${i}]`, code));
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
    warnings.push(unknownRome(`${prefix}rome`, action.rome));
  }
  if (action.commune !== null && !codes.isKnownCommune(action.commune)) {
    warnings.push(unknownCommune(`${prefix}commune`, action.commune));
  }
  return warnings;
}

/** All warnings of one journal, each distinct unknown code reported once. */
export function journalCodeWarnings(journal: SeekerJournal, codes: CodeLookup): CodeWarning[] {
  const warnings = profileCodeWarnings(journal, codes);
  // The same unknown code once: its key and code, whatever the place.
  const sameCode = (w: CodeWarning) => `${w.key} ${JSON.stringify(w.params)}`;
  const reported = new Set(warnings.map(sameCode));
  journal.months.forEach((month, m) => {
    month.actions.forEach((action, a) => {
      for (const w of actionCodeWarnings(action, codes, `months[${m}].actions[${a}]`)) {
        if (reported.has(sameCode(w))) continue;
        reported.add(sameCode(w));
        warnings.push(w);
      }
    });
  });
  return warnings;
}

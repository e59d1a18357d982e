// The catalogue's wording is edited in the interface's language: an English edit changes
// the English label only, and the French one stays as the team lead's colleagues wrote it.
import { describe, expect, it } from 'vitest';
import type { SettingsView } from '../../shared/api/settings';
import { RECOMMENDATION_CATALOGUE } from '../../shared/analysis/recommendations';
import { DEFAULT_SETTINGS } from '../../shared/analysis/settings';
import { checkDraft, draftFrom } from '../../renderer/screens/settings/settings-draft';

const view: SettingsView = {
  settings: DEFAULT_SETTINGS,
  catalogue: RECOMMENDATION_CATALOGUE,
  current: {
    version: DEFAULT_SETTINGS.version,
    changedAt: null,
    changedBy: null,
    changedByName: null,
    reason: null,
  },
  history: [],
};

describe('editing the catalogue’s wording', () => {
  it('starts from, and changes, the wording of the language it is edited in', () => {
    const draft = draftFrom(view, 'en');
    const cv = RECOMMENDATION_CATALOGUE.find((e) => e.id === 'cv_workshop')!;
    const index = draft.catalogue.findIndex((e) => e.id === 'cv_workshop');
    expect(draft.catalogue[index]!.label).toBe(cv.label.en);

    draft.catalogue[index] = { ...draft.catalogue[index]!, label: 'CV clinic' };
    const check = checkDraft({ ...draft, reason: 'Agency wording' }, view, 'en');
    expect(check.status).toBe('ready');
    if (check.status !== 'ready') return;
    const edited = check.change.catalogue.find((e) => e.id === 'cv_workshop')!;
    expect(edited.label).toEqual({ fr: cv.label.fr, en: 'CV clinic' });
    expect(edited.description).toEqual(cv.description);
  });

  it('edits French by default', () => {
    const draft = draftFrom(view);
    expect(draft.catalogue[0]!.label).toBe(RECOMMENDATION_CATALOGUE[0]!.label.fr);
  });
});

describe('editing the categories expected to search', () => {
  it('starts from the version in force and sends the boxes ticked, in the list’s order', () => {
    const draft = draftFrom(view);
    expect(draft.searchCategories).toEqual(['A', 'B', 'C']);
    const check = checkDraft(
      { ...draft, searchCategories: ['A', 'B', 'C', 'D'], reason: 'Formations suivies' },
      view,
    );
    expect(check.status).toBe('ready');
    if (check.status !== 'ready') return;
    expect(check.change.settings.searchCategories).toEqual(['A', 'B', 'C', 'D']);
  });

  it('has nothing to save when the same boxes are ticked', () => {
    expect(checkDraft({ ...draftFrom(view), reason: 'Rien' }, view).status).toBe('unchanged');
  });
});

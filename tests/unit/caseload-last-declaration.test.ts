// The grid's « Dernière déclaration »: the month being declared (until the 15th) is
// pending beside the last one declared, not a month the person failed to declare.
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { declarationCalendar } from '../../shared/analysis/declaration-calendar';
import { DEFAULT_SETTINGS } from '../../shared/analysis/settings';
import { lastDeclarationText } from '../../renderer/screens/caseload/format';
import { enResources } from '../../renderer/i18n/en';
import { frResources } from '../../renderer/i18n/fr';

const on = (day: string) => declarationCalendar(day, DEFAULT_SETTINGS.declarationWindow);

async function frenchT() {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'fr',
    resources: { fr: { translation: frResources }, en: { translation: enResources } },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

describe('the last declaration in the grid', () => {
  it('says the month being declared is pending until its window closes', async () => {
    const t = await frenchT();
    expect(lastDeclarationText(t, '2026-10', on('2026-12-07'))).toBe('oct. 2026 (nov. en attente)');
    expect(lastDeclarationText(t, null, on('2026-12-07'))).toBe('nov. en attente');
    // November declared: nothing pending to say.
    expect(lastDeclarationText(t, '2026-11', on('2026-12-07'))).toBe('nov. 2026');
    // From the 16th, November is missing, not pending: the last month alone.
    expect(lastDeclarationText(t, '2026-10', on('2026-12-16'))).toBe('oct. 2026');
    // From the 28th, December is being declared.
    expect(lastDeclarationText(t, '2026-11', on('2026-12-28'))).toBe('nov. 2026 (déc. en attente)');
  });
});

// How the audit screen words an import's entry, in both languages: a run that did not
// complete says so, after what it had committed.
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import type { AuditEntryView } from '../../shared/api/audit';
import { detailsSummary } from '../../renderer/screens/audit/audit-labels';
import { enResources } from '../../renderer/i18n/en';
import { frResources } from '../../renderer/i18n/fr';

async function translator(lng: 'fr' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    resources: { fr: { translation: frResources }, en: { translation: enResources } },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

function importEntry(details: Record<string, unknown>): AuditEntryView {
  return {
    entryRef: 1,
    at: '2026-10-20T09:00:00Z',
    actor: 'cli',
    actorName: null,
    action: 'import',
    seekerId: null,
    reason: null,
    details,
  };
}

const COUNTS = { files: ['lundi.jsonl'], imported: 40, updated: 2, unchanged: 0, rejected: 1 };

describe('an import in the audit screen', () => {
  it('reads its counts, and how it ended when it did not complete', async () => {
    const fr = await translator('fr');
    const counts = 'lundi.jsonl : 40 importées, 2 mises à jour, 0 inchangées, 1 rejetées';
    // Entries written before the status was recorded were completed imports.
    expect(detailsSummary(fr, importEntry(COUNTS))).toBe(counts);
    expect(detailsSummary(fr, importEntry({ ...COUNTS, status: 'completed' }))).toBe(counts);
    expect(detailsSummary(fr, importEntry({ ...COUNTS, status: 'interrupted' }))).toBe(
      `${counts} — import interrompu (programme arrêté)`,
    );
    expect(detailsSummary(fr, importEntry({ ...COUNTS, status: 'failed' }))).toBe(
      `${counts} — import arrêté sur une erreur`,
    );
    const en = await translator('en');
    expect(detailsSummary(en, importEntry({ ...COUNTS, status: 'interrupted' }))).toBe(
      'lundi.jsonl: 40 imported, 2 updated, 0 unchanged, 1 rejected — import interrupted (program stopped)',
    );
  });
});

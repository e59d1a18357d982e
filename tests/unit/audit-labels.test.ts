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

function entry(action: string, details: Record<string, unknown>): AuditEntryView {
  return {
    entryRef: 1,
    at: '2026-10-20T09:00:00Z',
    actor: 'cli',
    actorName: null,
    action,
    seekerId: null,
    reason: null,
    details,
  };
}

function importEntry(details: Record<string, unknown>): AuditEntryView {
  return entry('import', details);
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

describe('entries the audit screen words instead of showing their keys', () => {
  it('reads an interview preparation printed to PDF', async () => {
    const details = { asOf: '2026-12-07', fileName: 'entretien-DE-000016-2026-12-07.pdf' };
    const fr = await translator('fr');
    expect(detailsSummary(fr, entry('report', { ...details, pages: 3 }))).toBe(
      'Situation au 7 décembre 2026 — « entretien-DE-000016-2026-12-07.pdf », 3 pages',
    );
    expect(detailsSummary(fr, entry('report', details))).toBe(
      'Situation au 7 décembre 2026 — « entretien-DE-000016-2026-12-07.pdf »',
    );
    const en = await translator('en');
    // The date follows the interface's language (i18n/current), French in this test.
    expect(detailsSummary(en, entry('report', { ...details, pages: 1 }))).toMatch(
      /^Situation on .+ 2026 — “entretien-DE-000016-2026-12-07\.pdf”, 1 page$/,
    );
    expect(fr('audit.actions.report')).toBe('Préparation d’entretien (PDF)');
    expect(en('audit.actions.report')).toBe('Interview preparation (PDF)');
  });

  it('reads an acceptance with its due date, a settings change, a backup and a restore', async () => {
    const fr = await translator('fr');
    const accepted = { recommendation: 'broaden_search', planItem: 4 };
    expect(
      detailsSummary(fr, entry('recommendation.accept', { ...accepted, dueOn: '2027-01-04' })),
    ).toMatch(/ — échéance le 4 janvier 2027$/);
    // Written before a due date was proposed: the recommendation alone.
    expect(detailsSummary(fr, entry('recommendation.accept', accepted))).not.toContain('—');
    const settings = { from: 'default-1', to: 'v2', changed: ['a.b', 'c'] };
    expect(detailsSummary(fr, entry('settings.update', settings))).toBe(
      'Version default-1 → v2, 2 réglages modifiés',
    );
    const backup = { name: 'jalon-20261207T090000Z-manual.db', kind: 'manual', size: 3_145_728 };
    expect(detailsSummary(fr, entry('backup.create', backup))).toBe(
      'Sauvegarde manuelle « jalon-20261207T090000Z-manual.db », 3 Mo',
    );
    expect(
      detailsSummary(fr, entry('backup.restore', { name: 'a.db', safetyBackup: 'b.db' })),
    ).toBe('« a.db » restaurée ; la base remplacée est gardée dans « b.db »');
    const en = await translator('en');
    expect(detailsSummary(en, entry('backup.create', backup))).toBe(
      'Manual backup “jalon-20261207T090000Z-manual.db”, 3 MB',
    );
  });

  it('reads a retention change and a purge by their counts', async () => {
    const fr = await translator('fr');
    const purge = {
      months: 24,
      cutoff: '2024-12-07',
      people: 2,
      rows: { journal_months: 30, journal_actions: 120, seeker_notes: 3 },
    };
    expect(detailsSummary(fr, entry('retention.purge', purge))).toBe(
      '2 personnes absentes des imports depuis le 7 décembre 2024 (conservation 24 mois), 155 lignes supprimées',
    );
    expect(detailsSummary(fr, entry('retention.update', { months: { from: 24, to: 36 } }))).toBe(
      '24 mois → 36 mois',
    );
    const en = await translator('en');
    expect(detailsSummary(en, entry('retention.purge', { ...purge, people: 1 }))).toMatch(
      /^1 person missing from imports since .+ 2024 \(24-month retention\), 154 rows deleted$/,
    );
    expect(en('audit.actions.retention_purge')).toBe('Purge of people no longer in any portfolio');
  });

  it('reads the entry that starts the keyed chain', async () => {
    const fr = await translator('fr');
    expect(detailsSummary(fr, entry('audit.keyed', { plainEntries: 1204 }))).toBe(
      '1204 entrées plus anciennes gardent leur empreinte SHA-256 ; les suivantes sont scellées par la clé',
    );
    expect(detailsSummary(fr, entry('audit.keyed', { plainEntries: 0 }))).toBe(
      'Toutes les entrées sont scellées par la clé, dès la première',
    );
    const en = await translator('en');
    expect(detailsSummary(en, entry('audit.keyed', { plainEntries: 0 }))).toBe(
      'Every entry is sealed with the key, from the first one',
    );
    expect(detailsSummary(en, entry('audit.keyed', { plainEntries: 1 }))).toBe(
      '1 earlier entry keeps its SHA-256 hash; the ones after it are sealed with the key',
    );
  });

  it('reads a person given to another counsellor by an import', async () => {
    const reassign = entry('seeker.reassign', { from: 'CNS-01', to: 'CNS-02', importRef: 12 });
    const fr = await translator('fr');
    expect(fr('audit.actions.seeker_reassign')).toBe('Personne confiée à un autre conseiller');
    expect(detailsSummary(fr, reassign)).toBe('De CNS-01 à CNS-02, par l’import n° 12');
    const en = await translator('en');
    expect(en('audit.actions.seeker_reassign')).toBe('Person given to another counsellor');
    expect(detailsSummary(en, reassign)).toBe('From CNS-01 to CNS-02, by import no. 12');
  });

  it('names the keys of details it has no summary for, in the reader’s language', async () => {
    // A report entry without its file name: not the shape the summary reads.
    const odd = entry('report', { asOf: '2026-12-07', unheardOf: 2 });
    const fr = await translator('fr');
    expect(detailsSummary(fr, odd)).toBe('Date de situation : 2026-12-07 · unheardOf : 2');
    const en = await translator('en');
    expect(detailsSummary(en, odd)).toBe('Situation date: 2026-12-07 · unheardOf: 2');
  });
});

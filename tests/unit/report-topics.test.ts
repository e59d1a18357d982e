// The interview's suggested topics: one per signal, most severe first, with the fact
// behind it and the jobs the engine names; then the services proposed.
import { describe, expect, it } from 'vitest';
import { RECOMMENDATION_CATALOGUE } from '../../shared/analysis/recommendations';
import type { CatalogueEntry } from '../../shared/analysis/recommendations';
import type { Evidence, Recommendation, Signal } from '../../shared/analysis/types';
import { interviewTopics } from '../../shared/report/interview-topics';

function evidence(key: string, params: Evidence['params']): Evidence {
  return { key, params, periods: [], actionIds: [] };
}

const inactivity: Signal = {
  id: 'inactivity',
  severity: 0.8,
  evidence: [evidence('inactivity.last_action', { days: 62, date: '2026-08-19' })],
};
const narrow: Signal = {
  id: 'narrow_search',
  severity: 0.5,
  evidence: [
    evidence('narrow.single_code', {
      percent: 95,
      applications: 20,
      code: 'M1607',
      label: 'Secrétariat',
      months: 4,
    }),
    evidence('narrow.no_interview', {}),
  ],
};
const lowResponse: Signal = {
  id: 'low_response_rate',
  severity: 0.5,
  evidence: [evidence('response.low', { answers: 1, applications: 20, months: 3, percent: 5 })],
};

function recommendation(
  id: Recommendation['id'],
  rank: number,
  extra: Partial<Recommendation> = {},
) {
  return { id, rank, score: 1 - rank / 10, reasons: [], ...extra } satisfies Recommendation;
}

const broaden = recommendation('broaden_search', 2, {
  suggestedRome: [
    { code: 'M1602', label: 'Opérations administratives', kind: 'proche', from: ['M1607'] },
    { code: 'M1606', label: 'Saisie de données', kind: 'proche', from: ['M1607'] },
  ],
});

describe('interview topics', () => {
  it('puts the most severe signal first, ties in the signals’ fixed order', () => {
    const topics = interviewTopics(
      { signals: [lowResponse, narrow, inactivity], recommendations: [] },
      RECOMMENDATION_CATALOGUE,
    );
    expect(topics.map((t) => t.signal)).toEqual([
      'inactivity',
      'narrow_search',
      'low_response_rate',
    ]);
  });

  it('says the fact behind a topic in French, with the jobs the engine proposes', () => {
    const [topic] = interviewTopics(
      { signals: [narrow], recommendations: [broaden] },
      RECOMMENDATION_CATALOGUE,
    );
    expect(topic!.subject).toMatch(/métiers proches/);
    expect(topic!.points).toEqual([
      '95 % des 20 candidatures sur un seul métier (M1607 Secrétariat) pendant 4 mois.',
      'Métiers proches à proposer : M1602 Opérations administratives, M1606 Saisie de données',
    ]);
  });

  it('ends with the best three services, named as the catalogue in force names them', () => {
    const catalogue: CatalogueEntry[] = RECOMMENDATION_CATALOGUE.map((entry) =>
      entry.id === 'cv_workshop'
        ? { ...entry, label: { fr: 'Atelier CV de l’agence', en: 'CV workshop' } }
        : entry,
    );
    const topics = interviewTopics(
      {
        signals: [lowResponse],
        recommendations: [
          recommendation('training', 4),
          recommendation('cv_workshop', 1),
          broaden,
          recommendation('contact_soon', 3),
        ],
      },
      catalogue,
    );
    const services = topics.at(-1)!;
    expect(services.signal).toBeNull();
    expect(services.points).toEqual([
      'Atelier CV de l’agence',
      catalogue.find((e) => e.id === 'broaden_search')!.label.fr,
      catalogue.find((e) => e.id === 'contact_soon')!.label.fr,
    ]);
  });

  it('still gives the interview a topic when the analysis finds nothing', () => {
    const topics = interviewTopics({ signals: [], recommendations: [] }, RECOMMENDATION_CATALOGUE);
    expect(topics).toEqual([
      {
        subject:
          'Faire le point sur la recherche en cours et fixer les objectifs des prochains mois.',
        points: [],
        signal: null,
      },
    ]);
  });

  it('speaks English when the reader asked for it, every sentence of the topic included', () => {
    const topics = interviewTopics(
      { signals: [narrow], recommendations: [broaden, recommendation('cv_workshop', 1)] },
      RECOMMENDATION_CATALOGUE,
      'en',
    );
    expect(topics[0]!.subject).toBe(
      'Consider broadening the search to jobs close to the current target.',
    );
    expect(topics[0]!.points).toEqual([
      '95% of 20 applications on a single job (M1607 Secrétariat) over 4 months.',
      'Close jobs to suggest: M1602 Opérations administratives, M1606 Saisie de données',
    ]);
    expect(topics.at(-1)).toEqual({
      subject: 'Present the proposed services and ask for the person’s view:',
      points: ['CV and cover letter workshop', 'Broaden the search to close jobs'],
      signal: null,
    });
  });
});

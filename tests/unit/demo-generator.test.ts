import { beforeAll, describe, expect, it } from 'vitest';
import { loadReferentials } from '../../server/reference/load-reference';
import { APPLICATION_TYPES, type SeekerJournal } from '../../shared/journal/contract';
import { journalCodeWarnings } from '../../shared/journal/reference-checks';
import { validateSeeker } from '../../shared/journal/validate';
import type { Referentials } from '../../shared/reference/referentials';
import {
  DEMO_AGENCY,
  DEMO_PROFILES,
  generateDemoCaseload,
  type DemoOptions,
  type DemoSeeker,
} from '../../shared/demo';
import { reasonText } from '../../shared/journal/reason-text';

const OPTIONS: DemoOptions = { seekers: 500, months: 24, seed: 2026, endPeriod: '2026-03' };
const FIRST_PERIOD = '2024-04';

let referentials: Referentials;
let caseload: DemoSeeker[];

beforeAll(() => {
  referentials = loadReferentials();
  caseload = [...generateDemoCaseload(OPTIONS, referentials)];
});

const actionsOf = (journal: SeekerJournal) => journal.months.flatMap((m) => m.actions);
const applicationsOf = (journal: SeekerJournal) =>
  actionsOf(journal).filter((a) => APPLICATION_TYPES.includes(a.type));
const ofProfile = (profile: DemoSeeker['profile']) =>
  caseload.filter((s) => s.profile === profile).map((s) => s.journal);

describe('generateDemoCaseload: reproducibility', () => {
  it('gives the same caseload for the same options', () => {
    const again = [...generateDemoCaseload(OPTIONS, referentials)];
    expect(JSON.stringify(again)).toBe(JSON.stringify(caseload));
  });

  it('gives another caseload for another seed', () => {
    const other = [...generateDemoCaseload({ ...OPTIONS, seekers: 20, seed: 2027 }, referentials)];
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(caseload.slice(0, 20)));
  });

  it('draws each seeker from its own stream: the caseload size does not change them', () => {
    const few = [...generateDemoCaseload({ ...OPTIONS, seekers: 30 }, referentials)];
    expect(JSON.stringify(few)).toBe(JSON.stringify(caseload.slice(0, 30)));
  });

  it('is lazy: taking the first seekers of a huge caseload is immediate', () => {
    const generator = generateDemoCaseload({ ...OPTIONS, seekers: 1_000_000 }, referentials);
    const first = generator.next();
    expect(first.done).toBe(false);
    expect(JSON.stringify(first.value)).toBe(JSON.stringify(caseload[0]));
  });

  it('rejects options it cannot honour, at the call', () => {
    expect(() => generateDemoCaseload({ ...OPTIONS, months: 0 }, referentials)).toThrow(/months/);
    expect(() => generateDemoCaseload({ ...OPTIONS, seekers: -1 }, referentials)).toThrow(
      /seekers/,
    );
    expect(() => generateDemoCaseload({ ...OPTIONS, endPeriod: '2026-13' }, referentials)).toThrow(
      /period/,
    );
  });
});

describe('generateDemoCaseload on a given day (asOf)', () => {
  const ON_7_MARCH = { ...OPTIONS, seekers: 200, asOf: '2026-03-07' };

  it('writes nothing after that day, so the import of that day takes every journal', () => {
    const asOf = ON_7_MARCH.asOf;
    let actionsInMarch = 0;
    for (const { journal } of generateDemoCaseload(ON_7_MARCH, referentials)) {
      const result = validateSeeker(JSON.parse(JSON.stringify(journal)), asOf);
      if (!result.ok) throw new Error(`${journal.seeker_id}: ${result.reason}`);
      expect(journal.registered_on <= asOf).toBe(true);
      for (const month of journal.months) {
        expect(month.period <= '2026-03').toBe(true);
        if (month.submitted_at !== null) expect(month.submitted_at.slice(0, 10) <= asOf).toBe(true);
        for (const action of month.actions) expect(action.date <= asOf).toBe(true);
        if (month.period === '2026-03') {
          // The month in progress starts with its first action, and is not submitted yet.
          expect(month.actions.length).toBeGreaterThan(0);
          expect(month.submitted_at).toBeNull();
          actionsInMarch += month.actions.length;
        }
      }
    }
    expect(actionsInMarch).toBeGreaterThan(0);
  });

  it('is the whole-month caseload cut at that day: the same people, the same earlier actions', () => {
    const whole = [...generateDemoCaseload({ ...ON_7_MARCH, asOf: undefined }, referentials)];
    const cut = [...generateDemoCaseload(ON_7_MARCH, referentials)];
    expect(cut.map((s) => s.journal.seeker_id)).toEqual(whole.map((s) => s.journal.seeker_id));
    cut.forEach(({ journal }, i) => {
      const before = whole[i]!.journal;
      const kept = (j: SeekerJournal) =>
        j.months.filter((m) => m.period < '2026-02').map((m) => m.actions);
      expect(kept(journal)).toEqual(kept(before));
    });
  });

  it('refuses a day outside its last month', () => {
    expect(() => generateDemoCaseload({ ...OPTIONS, asOf: '2026-04-01' }, referentials)).toThrow(
      'asOf must be a date YYYY-MM-DD in 2026-03, got 2026-04-01',
    );
  });
});

describe('generateDemoCaseload: every journal is a valid, canonical import', () => {
  it('passes the import validator unchanged, with no unknown ROME or INSEE code', () => {
    for (const { journal } of caseload) {
      const result = validateSeeker(JSON.parse(JSON.stringify(journal)));
      if (!result.ok) throw new Error(`${journal.seeker_id}: ${reasonText(result.reason, 'en')}`);
      expect(result.value).toEqual(journal);
      expect(journalCodeWarnings(journal, referentials)).toEqual([]);
    }
  });

  it('codes the ORE of the last twelve months’ registrations in ROME 4.0, as France Travail does', () => {
    const classic = new Set(referentials.fiches.map((f) => f.code));
    const codesOf = (journal: SeekerJournal) => [
      ...journal.ore.rome,
      ...actionsOf(journal).flatMap((a) => (a.rome === null ? [] : [a.rome])),
    ];
    // OPTIONS ends in 2026-03: registrations from 2025-04 on are recent.
    const recent = caseload.filter((s) => s.journal.registered_on >= '2025-04');
    const older = caseload.filter((s) => s.journal.registered_on < '2025-04');
    expect(older.length).toBeGreaterThan(0);
    for (const { journal } of older)
      expect(codesOf(journal).every((c) => classic.has(c))).toBe(true);
    const inRome4 = recent.filter((s) => !classic.has(s.journal.ore.rome[0]!));
    // Most classic fiches have ROME 4.0 fiches under them.
    expect(inRome4.length).toBeGreaterThan(recent.length / 2);
    for (const { journal } of inRome4) {
      const [main, ...others] = journal.ore.rome;
      const fiche = referentials.rome4Fiches.find((f) => f.code === main);
      expect(fiche).toBeDefined();
      expect(others.every((c) => classic.has(c))).toBe(true);
      expect(applicationsOf(journal).some((a) => a.rome === main)).toBe(true);
    }
  });

  it('gives unique seeker ids and unique action ids per seeker', () => {
    const ids = caseload.map((s) => s.journal.seeker_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('DE-000001');
    for (const { journal } of caseload) {
      const actionIds = actionsOf(journal).map((a) => a.id);
      expect(new Set(actionIds).size).toBe(actionIds.length);
    }
  });

  it('stays within the requested months, ending at endPeriod', () => {
    for (const { journal } of caseload) {
      for (const month of journal.months) {
        expect(month.period <= OPTIONS.endPeriod).toBe(true);
        expect(month.period >= FIRST_PERIOD).toBe(true);
      }
      expect(journal.registered_on.slice(0, 7) <= (journal.months[0]?.period ?? '')).toBe(true);
    }
    const full = caseload.filter((s) => s.journal.months.length === OPTIONS.months);
    expect(full.length).toBeGreaterThan(caseload.length / 2);
  });

  it('includes short histories of recently registered people', () => {
    const recent = caseload.filter((s) => s.journal.registered_on.slice(0, 7) > FIRST_PERIOD);
    expect(recent.length).toBeGreaterThan(25);
    for (const { journal } of recent) {
      expect(journal.months[0]?.period).toBe(journal.registered_on.slice(0, 7));
      expect(journal.months.length).toBeLessThan(OPTIONS.months);
    }
  });
});

describe('generateDemoCaseload: the caseload as a whole', () => {
  it('averages 5 to 7 actions per seeker-month', () => {
    const months = caseload.reduce((n, s) => n + s.journal.months.length, 0);
    const actions = caseload.reduce((n, s) => n + actionsOf(s.journal).length, 0);
    expect(actions / months).toBeGreaterThanOrEqual(5);
    expect(actions / months).toBeLessThanOrEqual(7);
  });

  it('contains every profile, "active" being the most common', () => {
    const counts = new Map<string, number>();
    for (const s of caseload) counts.set(s.profile, (counts.get(s.profile) ?? 0) + 1);
    for (const profile of DEMO_PROFILES) expect(counts.get(profile) ?? 0).toBeGreaterThan(5);
    expect(counts.get('active') ?? 0).toBeGreaterThan(caseload.length * 0.4);
  });

  it("assigns every seeker to one of the agency's 12 counsellors, all of whom have some", () => {
    const counsellors = DEMO_AGENCY.teams.flatMap((t) => t.counsellors.map((c) => c.id));
    expect(DEMO_AGENCY.teams).toHaveLength(3);
    expect(new Set(counsellors).size).toBe(12);
    const used = new Set(caseload.map((s) => s.journal.counsellor_id));
    expect([...used].sort()).toEqual([...counsellors].sort());
  });

  it('places homes around the agency and most employers within the ORE distance', () => {
    expect(referentials.isKnownCommune(DEMO_AGENCY.insee)).toBe(true);
    let local = 0;
    let applications = 0;
    for (const { journal, profile } of caseload) {
      const home = journal.commune ?? '';
      expect(referentials.distanceKm(DEMO_AGENCY.insee, home)).toBeLessThanOrEqual(40);
      if (profile === 'far_from_home') continue;
      for (const a of applicationsOf(journal)) {
        applications++;
        const km = referentials.distanceKm(home, a.commune ?? '') ?? Infinity;
        if (km <= journal.ore.max_distance_km) local++;
      }
    }
    expect(local / applications).toBeGreaterThan(0.9);
  });
});

describe('generateDemoCaseload: categories', () => {
  const lastDayOfEnd = '2026-03-31';
  const categoryShare = (categories: string) =>
    caseload.filter((s) => categories.includes(s.journal.category)).length / caseload.length;

  it('has every category of the list, about one person in six not expected to search (D–G)', () => {
    const present = new Set(caseload.map((s) => s.journal.category));
    expect([...present].sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    expect(categoryShare('A')).toBeGreaterThan(0.4);
    expect(categoryShare('DEFG')).toBeGreaterThan(0.1);
    expect(categoryShare('DEFG')).toBeLessThan(0.25);
  });

  it('tells moves: newcomers since 2025 wait in G, hires move to E; never after the journal', () => {
    const withMoves = caseload.filter((s) => s.journal.category_history.length > 1);
    expect(withMoves.length).toBeGreaterThan(caseload.length * 0.15);
    const moves = withMoves.flatMap(({ journal }) =>
      journal.category_history.slice(1).map((step, i) => {
        expect(step.since <= lastDayOfEnd).toBe(true);
        return `${journal.category_history[i]!.category}→${step.category}`;
      }),
    );
    expect(moves.filter((m) => m.startsWith('G→')).length).toBeGreaterThan(20);
    expect(moves.filter((m) => m.endsWith('→E')).length).toBeGreaterThan(5);
    expect(moves.filter((m) => m.endsWith('→D')).length).toBeGreaterThan(5);
    // The history starts at registration and ends in today's category (the validator
    // checks it too, in the test above that passes every journal through it).
    for (const { journal } of withMoves) {
      expect(journal.category_history[0]!.since).toBe(journal.registered_on);
      expect(journal.category_history.at(-1)!.category).toBe(journal.category);
    }
  });

  it('keeps searching the profiles whose journals show a search-intensity signal', () => {
    for (const profile of ['scattered', 'narrow', 'far_from_home'] as const) {
      for (const journal of ofProfile(profile)) expect('ABCG').toContain(journal.category);
    }
  });
});

describe('generateDemoCaseload: profiles shape the journals', () => {
  it('no_digital_access: entered by the counsellor, digital_access false', () => {
    const seekers = ofProfile('no_digital_access');
    for (const journal of seekers) {
      expect(journal.digital_access).toBe(false);
      for (const month of journal.months) expect(month.entered_by).toBe('counsellor');
    }
    for (const { journal, profile } of caseload) {
      if (profile === 'no_digital_access') continue;
      expect(journal.digital_access).toBe(true);
      for (const month of journal.months) expect(month.entered_by).toBe('seeker');
    }
  });

  it('discouraged: activity falls at the end, with low moods or discouraged words', () => {
    for (const journal of ofProfile('discouraged')) {
      const counts = journal.months.map((m) => m.actions.length);
      const last3 = counts.slice(-3).reduce((a, b) => a + b, 0) / 3;
      const earlier = counts.slice(0, -4);
      const before = earlier.reduce((a, b) => a + b, 0) / Math.max(1, earlier.length);
      expect(last3).toBeLessThan(before);
      const lastMonths = journal.months.slice(-3);
      const lowMood = lastMonths.some((m) => m.mood !== null && m.mood <= 2);
      const words = lastMonths.some((m) =>
        /d[ée]courag|sert [àa] rien|r[ée]ponse|y crois plus|refus|marre|dur|quoi faire/i.test(
          m.comment ?? '',
        ),
      );
      expect(lowMood || words).toBe(true);
    }
  });

  it('inactive: no action in the last two months', () => {
    for (const journal of ofProfile('inactive')) {
      const recent = journal.months.filter((m) => m.period >= '2026-02');
      expect(recent.flatMap((m) => m.actions)).toEqual([]);
    }
  });

  it('narrow: the last months target one code, without interviews', () => {
    for (const journal of ofProfile('narrow')) {
      const recent = journal.months.filter((m) => m.period >= '2025-12');
      const applications = recent.flatMap((m) => m.actions).filter((a) => a.rome !== null);
      const main = journal.ore.rome[0];
      const onMain = applications.filter((a) => a.rome === main).length;
      expect(onMain).toBeGreaterThanOrEqual(applications.length * 0.8);
      expect(recent.flatMap((m) => m.actions).some((a) => a.type === 'job_interview')).toBe(false);
    }
  });

  it('scattered: applications over many grands domaines, mostly off the ORE', () => {
    for (const journal of ofProfile('scattered')) {
      const applications = applicationsOf(journal);
      if (applications.length < 20) continue;
      const families = new Set(applications.map((a) => a.rome?.charAt(0)));
      expect(families.size).toBeGreaterThanOrEqual(5);
      const onOre = applications.filter((a) => journal.ore.rome.includes(a.rome ?? '')).length;
      expect(onOre).toBeLessThan(applications.length / 2);
    }
  });

  it('far_from_home: most applications beyond the ORE distance', () => {
    for (const journal of ofProfile('far_from_home')) {
      const applications = applicationsOf(journal);
      const far = applications.filter(
        (a) =>
          (referentials.distanceKm(journal.commune ?? '', a.commune ?? '') ?? 0) >
          journal.ore.max_distance_km,
      );
      expect(far.length).toBeGreaterThan(applications.length / 2);
    }
  });

  it('interviews_without_offer: interviews, never an offer', () => {
    for (const journal of ofProfile('interviews_without_offer')) {
      const actions = actionsOf(journal);
      expect(actions.some((a) => a.outcome === 'offer' || a.outcome === 'hired')).toBe(false);
      if (journal.months.length >= 6) {
        expect(actions.filter((a) => a.type === 'job_interview').length).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('recently_hired: an offer, a hire, a training or an immersion in the last two months', () => {
    const success = (journal: SeekerJournal) =>
      journal.months
        .filter((m) => m.period >= '2026-02')
        .flatMap((m) => m.actions)
        .some(
          (a) =>
            a.outcome === 'offer' ||
            a.outcome === 'hired' ||
            a.type === 'training' ||
            a.type === 'immersion',
        );
    for (const journal of ofProfile('recently_hired')) expect(success(journal)).toBe(true);
    const othersWithSuccess = caseload.filter(
      (s) => s.profile !== 'recently_hired' && success(s.journal),
    );
    expect(othersWithSuccess).toEqual([]);
  });

  it('missing_months: several months absent from the journal', () => {
    for (const journal of ofProfile('missing_months')) {
      const first = journal.months[0]?.period ?? '';
      const span =
        (Number(OPTIONS.endPeriod.slice(0, 4)) - Number(first.slice(0, 4))) * 12 +
        Number(OPTIONS.endPeriod.slice(5, 7)) -
        Number(first.slice(5, 7)) +
        1;
      expect(span - journal.months.length).toBeGreaterThanOrEqual(3);
    }
  });
});

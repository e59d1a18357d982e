// English strings of the team screen (team dashboard).
import type { CatalogueShape } from '../shape';
import type { team as fr } from '../fr/team';

export const team = {
  title: 'Team dashboard',
  subtitle_one:
    'Team {{team}} · {{people, number}} people followed by {{count, number}} counsellor',
  subtitle_other:
    'Team {{team}} · {{people, number}} people followed by {{count, number}} counsellors',
  loading: 'Computing the dashboard…',
  refreshing: 'Updating…',
  noCounsellors: 'No counsellor belongs to your team.',
  sections: {
    portfolios: 'Caseloads',
    attention: 'Attention, today',
    signals: 'Signals by counsellor',
    trends: 'Trends over 12 months',
  },
  signals: {
    // A count in the table of signals is a link: what it opens, for screen readers.
    openFiltered_one:
      '1 person of {{counsellor}}’s caseload with “{{signal}}”: see them in the caseload',
    openFiltered_other:
      '{{count}} people of {{counsellor}}’s caseload with “{{signal}}”: see them in the caseload',
    caption: 'People showing each signal on {{date}}, by caseload',
    signal: 'Signal',
  },
  table: {
    caption:
      'The team’s caseloads on {{date}}: size, attention levels, most frequent signals and months declared',
    counsellor: 'Counsellor',
    openPortfolio: 'see their caseload',
    size: 'People followed',
    topSignals: 'Most frequent signals',
    noSignal: 'No signal',
    signalCount: '{{signal}}: {{count, number}}',
    declared: 'Months declared',
    declaredDetail: '{{declared, number}} of {{due, number}}',
    noMonthDue: 'no month due',
    declaredHint:
      'Months declared: from {{from}} to {{to}}, among the months due since each person registered.',
    total: 'Team',
  },
  attention: {
    high: 'High attention',
    medium: 'Medium attention',
    low: 'Low attention',
  },
  charts: {
    counsellor: 'Counsellor',
    month: 'Month',
    none: '—',
    distribution: {
      title: 'Attention levels by counsellor',
      summary_one:
        '{{count, number}} person with high attention in the team, of {{total, number}}.',
      summary_other:
        '{{count, number}} people with high attention in the team, of {{total, number}}.',
    },
    high: {
      title: 'People with high attention, end of each month',
      summary:
        'In the team: {{first, number}} in {{firstMonth}}, {{last, number}} in {{lastMonth}}.',
    },
    declared: {
      title: 'Share of months declared, month by month',
      summary: 'In the team: {{first}} in {{firstMonth}}, {{last}} in {{lastMonth}}.',
      notDue: 'not yet due',
    },
    signal: {
      title: 'People with the signal “{{signal}}”, end of each month',
      choose: 'Signal shown',
      summary:
        'In the team: {{first, number}} in {{firstMonth}}, {{last, number}} in {{lastMonth}}.',
    },
  },
} as const satisfies CatalogueShape<typeof fr>;

// English strings of the caseload screen.
import type { CatalogueShape } from '../shape';
import type { caseload as fr } from '../fr/caseload';

export const caseload = {
  title: 'Caseload',
  loading: 'Loading the caseload…',
  refreshing: 'Updating…',
  gridLabel: 'People followed, most urgent first',
  noRows: 'No one matches the search and the chosen signals.',
  counsellor: {
    label: 'Counsellor',
    wholeTeam: 'Whole team',
    one: '{{id}} ({{count, number}})',
  },
  search: {
    label: 'Search for a person',
    placeholder: 'Name, ID, signal…',
  },
  signalFilters: {
    label: 'Filter by signal (a person must have them all)',
    count_one: '{{count, number}} person',
    count_other: '{{count, number}} people',
  },
  rowCount_one: '{{count, number}} person',
  rowCount_other: '{{count, number}} people',
  rowCountFiltered_one: '{{count, number}} person of {{total, number}}',
  rowCountFiltered_other: '{{count, number}} people of {{total, number}}',
  actions: {
    resetColumns: 'Reset columns',
    exportCsv: 'Export (CSV)',
    exportXlsx: 'Export (Excel .xlsx)',
  },
  sheetName: 'Caseload',
  columns: {
    name: 'Name',
    seekerId: 'ID',
    modality: 'Support type',
    monthsFollowed: 'Months followed',
    lastDeclaration: 'Last journal',
    actionsLast30Days: 'Actions (30 d)',
    activity: 'Activity (12 months)',
    attention: 'Attention',
    signals: 'Signals',
    topRecommendation: 'Top recommendation',
    benefitEnd: 'Benefit end',
  },
  // The export keeps first and last names apart so a spreadsheet can sort on either.
  csvColumns: {
    lastName: 'Last name',
    firstName: 'First name',
    seekerId: 'ID',
    counsellorId: 'Counsellor',
    modality: 'Support type',
    monthsFollowed: 'Months followed',
    lastDeclaration: 'Last journal',
    actionsLast30Days: 'Actions (30 days)',
    activity: 'Actions per month (last 12 months)',
    attention: 'Attention (0-100)',
    signals: 'Signals',
    topRecommendation: 'Top recommendation',
    benefitEnd: 'Benefit end',
  },
  modality: {
    suivi: 'Standard',
    guide: 'Guided',
    renforce: 'Intensive',
    global: 'Comprehensive',
  },
  attention: {
    high: 'High',
    medium: 'Medium',
    low: 'Low',
    cellLabel: 'Attention {{score}} out of 100, {{band}}',
  },
  sparkline: {
    label: 'Actions per month from {{from}} to {{to}}: {{figures}}',
    lastInProgress: 'last month {{status}}',
  },
  signals: {
    more: '+{{count}}',
    none: 'No signal',
  },
} as const satisfies CatalogueShape<typeof fr>;

// English strings shared by every screen: the frame, navigation and common errors.
import type { CatalogueShape } from '../shape';
import type { common as fr } from '../fr/common';

export const common = {
  appName: 'Jalon',
  nav: {
    label: 'Main navigation',
    caseload: 'Caseload',
    team: 'Team',
    import: 'Import',
    history: 'History',
    audit: 'Audit trail',
    settings: 'Settings',
    dpo: 'Data protection',
  },
  roles: {
    counsellor: 'Counsellor',
    team_lead: 'Team lead',
    controller: 'Controller',
    admin: 'Administrator',
    dpo: 'Data protection officer',
  },
  signedInAs: '{{name}} ({{role}})',
  signOut: 'Sign out',
  benefitEnded: 'rights ended on {{date}}',
  monthStatus: {
    inProgress: 'in progress, as of {{date}}',
    inProgressShort: 'in progress',
    pending: 'pending (until {{date}})',
  },
  skipToContent: 'Skip to main content',
  language: {
    label: 'Language / Langue',
    fr: 'Français',
    en: 'English',
  },
  demoBanner: 'Demonstration data: the people in this caseload are fictitious.',
  loading: 'Loading…',
  retry: 'Try again',
  noToken:
    'This page must be opened from the address shown by “jalon serve” (it contains the access token).',
  /** The categories of the list of job seekers (F and G since January 2025). */
  categories: {
    A: 'no work, looking for a job',
    B: 'short reduced activity, 78 h a month or less',
    C: 'long reduced activity, over 78 h a month',
    D: 'not immediately available: training, illness…',
    E: 'in work',
    F: 'social path',
    G: 'awaiting orientation',
  },
  categoryWithLabel: '{{category}} ({{label}})',
  asOfLabel: 'Situation on {{date}}',
  errors: {
    unknown_channel: 'Request unknown to the service.',
    invalid_arguments: 'Request refused: {{message}}',
    not_found: 'Item not found: {{message}}',
    unsupported: 'This action is not possible in this mode.',
    import_input: 'Import impossible: {{message}}',
    busy: 'An import is already running.',
    unauthorized: 'Session ended or access refused: please sign in again.',
    forbidden: 'This action or these data are outside your role.',
    locked: 'Too many failed attempts: try again in a few minutes.',
    conflict: 'Changed meanwhile by someone else: reload, then try again.',
    internal: 'An unexpected error occurred.',
    transport: 'The service is not answering.',
    unavailable:
      'The database is not open (a restore is under way or there was a start-up problem): reload the page.',
    storage_full: 'Disk full: nothing was saved. Free some space and try again.',
    read_only: 'The database is read-only: nothing was saved. Contact IT support.',
    quota_exceeded:
      'These files are too large to be received: at most 4 GB of files waiting for import per person. Import fewer at a time.',
  },
} as const satisfies CatalogueShape<typeof fr>;

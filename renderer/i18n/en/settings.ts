// English strings of the settings screen: the reference date, the version of the
// analysis settings, each setting's meaning, and the recommendation catalogue.
import type { CatalogueShape } from '../shape';
import type { settings as fr } from '../fr/settings';

export const settings = {
  title: 'Settings',
  languageTitle: 'Language',
  languageHelp:
    'The language of the interface and the reports, kept for this computer. Without a choice, the system’s (English if it prefers it, otherwise French).',
  asOfTitle: 'Reference date',
  asOfHelp:
    'Signals and recommendations are computed on this date (today by default). Changing the date recomputes the analyses.',
  asOfLabel: 'Reference date',
  asOfToday: 'Back to today',

  retention: {
    title: 'Data retention',
    help: 'A person no import contains any more is kept for this long after the last import that contained them, then deleted with everything Jalon holds about them (journal, analyses, plan, notes, dismissed recommendations). The purge runs every day; the audit trail keeps how many, never their names.',
    label: 'Retention period (months)',
    bounds: 'From {{min}} to {{max}} months; {{default}} months by default.',
    invalid: 'Enter a whole number of months, from {{min}} to {{max}}.',
    save: 'Save the period',
    saving: 'Saving…',
    saved_one: 'Period saved: {{count}} month.',
    saved_other: 'Period saved: {{count}} months.',
    cutoff: 'At the next purge, people missing from every import since {{date}} will be deleted.',
    lastRun: 'Last purge: {{date}}.',
    neverRun: 'No purge has run yet.',
  },

  reference: {
    title: 'Job referential',
    rome4:
      'ROME 4.0, release {{version}}: {{fiches}} job sheets, each belonging to one of the {{classic}} sheets of the classic ROME, whose codes are still recognised.',
    mobilities:
      'Suggested close jobs: for a ROME 4.0 sheet, its ROME 4.0 mobilities, then the typed mobilities (close job or career step) of the sheet it belongs to; for a classic sheet, its typed mobilities. These come from ROME v3 (release {{version}}).',
    source: 'Source: France Travail – ROME, Licence Ouverte 2.0.',
  },

  analysisTitle: 'Analysis settings',
  analysisHelp:
    'Thresholds and weights used to spot the people who need help, and the recommendation catalogue. Each change creates a new version; each analysis result states the version that produced it.',
  thresholdsTitle: 'Thresholds and weights',
  readOnlyNote: 'Only team leads and administrators can change these settings.',

  version: {
    current: 'Version in force: {{version}}',
    builtIn: 'Settings shipped with Jalon, never changed.',
    changed: 'Saved on {{date}} by {{who}}.',
    who: '{{name}} ({{id}})',
    reason: 'Reason: {{reason}}',
    historyTitle: 'Previous versions',
    historyCaption: 'Previous versions of the settings, newest first',
    noHistory: 'No previous version: these are the original settings.',
    builtInRow: 'Original settings',
    columns: { version: 'Version', date: 'Saved on', by: 'By', reason: 'Reason' },
  },

  edit: {
    start: 'Edit',
    cancel: 'Cancel',
    title: 'Edit the settings (version {{version}})',
    intro:
      'The changed values will form a new version. The analyses already saved will be recomputed with it the next time a caseload is shown.',
    reason: 'Reason for the change',
    reasonHelp: 'Required: it appears in the version history and the audit trail.',
    save: 'Save a new version',
    saving: 'Saving…',
    saved: 'Version {{version}} saved: the analyses will be recomputed with it.',
    problems_one: 'One value needs correcting: the field marked ⚠ has the focus.',
    problems_other:
      '{{count}} values need correcting: see the fields marked ⚠; the first one has the focus.',
    nothingChanged: 'No value has changed: there is nothing to save.',
    conflict:
      'Someone changed the settings while you were editing: another version is now in force. Your changes were not saved.',
    reload: 'Start again from the version in force',
  },

  invalid: {
    days: 'A number of days, at least 1.',
    months: 'A whole number of months, at least 1.',
    count: 'A whole number, at least 1.',
    dayOfMonth: 'A day of the month, between 1 and 31.',
    mood: 'A mood between 1 and 5.',
    share: 'A share between 0 and 1 (0.5 = half).',
    positive: 'A number greater than 0.',
    weight: 'A number (negative to lower the attention).',
    text: 'Required.',
    triggerWeight: 'A weight between 0 and 1 (0 switches this trigger off).',
    reason: 'A reason of at least 3 characters.',
    atLeastField: 'Must be at least “{{other}}”.',
    atMostField: 'Must be at most “{{other}}”.',
    atMostNumber: 'At most {{value}}.',
    atLeastNumber: 'At least {{value}}.',
  },

  units: {
    days_one: '{{count}} day',
    days_other: '{{count}} days',
    months_one: '{{count}} month',
    months_other: '{{count}} months',
    dayOfMonth: 'day {{value}} of the month',
  },

  searchCategories: {
    title: 'Categories required to look for a job',
    help: 'Only these categories get the signals about how hard someone searches (inactivity, declining activity, low response rate, scattered or too narrow search, search far from home). The others (D in training or ill, E in work, F on a social path, G awaiting orientation) are not required to search: only the support signals apply to them (discouragement, undeclared months, benefit end, recent success).',
    category: 'Category',
    expected: 'Required to look for a job',
    yes: 'Yes',
    no: 'No',
  },

  setting: 'Setting',
  value: 'Value',

  groups: {
    inactivity: {
      title: 'Inactivity',
      help: 'No action declared for a long time on the reference date.',
    },
    decliningActivity: {
      title: 'Declining activity',
      help: 'Activity over the last months well below the person’s usual level.',
    },
    discouragement: {
      title: 'Discouragement',
      help: 'A cluster of clues: falling activity, unanswered applications, low or falling mood, words of discouragement.',
    },
    scatteredSearch: {
      title: 'Scattered search',
      help: 'Applications “in every direction”, in unrelated jobs, mostly outside the ORE (personalised job-search plan).',
    },
    narrowSearch: {
      title: 'Search too narrow',
      help: 'For months, (almost) every application targets a single job.',
    },
    offTargetGeography: {
      title: 'Search far from home',
      help: 'Most applications beyond the distance set in the ORE.',
    },
    lowResponseRate: {
      title: 'Few answers',
      help: 'Many applications, almost no answer.',
    },
    interviewsWithoutOffer: {
      title: 'Interviews without offer',
      help: 'Several job interviews, no offer.',
    },
    missingDeclarations: {
      title: 'Months not declared',
      help: 'Months without a journal during the follow-up period.',
    },
    declarationWindow: {
      title: 'Declaration calendar',
      help: 'A month is declared from the 28th of that month to the 15th of the next: until then it is pending, and the current month is incomplete.',
    },
    dates: {
      title: 'Deadlines',
      help: 'Benefit ending soon and recent success.',
    },
    attention: {
      title: 'Attention score',
      help: 'What each signal adds to the attention score (0 to 100) that ranks the caseload.',
    },
    recommendations: {
      title: 'Recommendations',
      help: 'When a recommendation is proposed, and how long a dismissed recommendation stays dismissed.',
    },
  },

  fields: {
    declarationWindow: {
      opensDay: {
        label: 'Declaration opens (day of the month)',
        help: 'Month M is declared from this day of M (the 28th); from then on it counts as complete.',
      },
      closesDay: {
        label: 'Declaration closes (day of the next month)',
        help: 'Until this day of M+1 (the 15th), a month M without a journal is pending, not missing.',
      },
    },
    inactivity: {
      days: {
        label: 'Days without action before the signal',
        help: 'The signal appears after this number of days without any action (45 by default).',
      },
      fullSeverityDays: {
        label: 'Days without action for full severity',
        help: 'Severity rises from 0.5 to 1 between the threshold above and this number of days.',
      },
    },
    decliningActivity: {
      recentMonths: {
        label: 'Recent months compared',
        help: 'The last complete months: the month in progress counts only once its declaration opens.',
      },
      baselineMonths: {
        label: 'Baseline months before them',
        help: 'The person’s usual level is computed over these months.',
      },
      minBaselinePerMonth: {
        label: 'Minimum actions per month in the baseline',
        help: 'Below it, the usual level is too low to speak of a decline.',
      },
      maxRatio: {
        label: 'Ratio of recent to usual activity, at most',
        help: 'The signal appears when recent activity is at most this share of the usual level (0.5 = half).',
      },
    },
    discouragement: {
      minComponents: {
        label: 'Minimum clues together',
        help: 'Among the four: falling activity, unanswered applications, mood, words of discouragement.',
      },
      windowMonths: {
        label: 'Months observed',
        help: 'For answers, mood and words.',
      },
      minUnansweredShare: {
        label: 'Share of applications unanswered or refused',
        help: 'Among the applications old enough to have received an answer.',
      },
      minApplicationsForAnswers: {
        label: 'Minimum applications to judge the answers',
        help: 'Below it, too few applications to draw anything from.',
      },
      lowMood: {
        label: 'Low mood up to',
        help: 'Declared mood (1 = very low) equal to or below this value.',
      },
      moodDrop: {
        label: 'Mood drop that counts (points)',
        help: 'A drop of this many points between the older mood and the recent one also counts.',
      },
      weights: {
        activity: {
          label: 'Weight of falling activity',
          help: 'Share of this clue in the severity of discouragement.',
        },
        answers: {
          label: 'Weight of unanswered applications',
          help: 'Share of this clue in the severity of discouragement.',
        },
        mood: {
          label: 'Weight of mood',
          help: 'Share of this clue in the severity of discouragement.',
        },
        words: {
          label: 'Weight of words of discouragement',
          help: 'Share of this clue in the severity of discouragement.',
        },
      },
      saturation: {
        label: 'Sum of weights for full severity',
        help: 'Severity = sum of the weights of the clues found ÷ this value, at most 1.',
      },
    },
    scatteredSearch: {
      windowMonths: { label: 'Months observed', help: 'The applications of these last months.' },
      minApplications: {
        label: 'Minimum applications',
        help: 'Below it, too few applications to speak of scattering.',
      },
      minFamilies: {
        label: 'Minimum different ROME occupational families',
        help: 'Targeted jobs very far from one another.',
      },
      minShareOutsideOre: {
        label: 'Share outside the ORE and close jobs',
        help: 'Share of applications outside the ORE jobs and their mobilities.',
      },
    },
    narrowSearch: {
      windowMonths: { label: 'Months observed', help: 'The applications of these last months.' },
      minMonthsWithApplications: {
        label: 'Minimum months with applications',
        help: '“For months”: months of the period in which the person applied.',
      },
      minApplications: {
        label: 'Minimum applications',
        help: 'Below it, too few applications to speak of a narrow search.',
      },
      minTopCodeShare: {
        label: 'Share on a single ROME code',
        help: '“(Almost) every”: share of applications on the most targeted job.',
      },
    },
    offTargetGeography: {
      windowMonths: { label: 'Months observed', help: 'The applications of these last months.' },
      minApplicationsWithDistance: {
        label: 'Minimum located applications',
        help: 'Applications whose distance from home is known.',
      },
      minShareBeyond: {
        label: 'Share beyond the ORE distance',
        help: '“Most”: share of applications farther than the set distance.',
      },
    },
    lowResponseRate: {
      windowMonths: { label: 'Months observed', help: 'The applications of these last months.' },
      minApplications: {
        label: 'Minimum applications',
        help: '“Many applications”.',
      },
      maxResponseRate: {
        label: 'Response rate at most',
        help: '“Almost no answer”: answers ÷ applications.',
      },
      answerDelayDays: {
        label: 'Expected answer delay (days)',
        help: 'A more recent application does not yet count as unanswered.',
      },
    },
    interviewsWithoutOffer: {
      windowMonths: { label: 'Months observed', help: 'The interviews of these last months.' },
      minInterviews: {
        label: 'Minimum interviews',
        help: '“Several interviews” without any offer.',
      },
    },
    missingDeclarations: {
      windowMonths: {
        label: 'Follow-up months observed',
        help: 'Up to the last month whose declaration has closed; the month being declared is pending, not missing.',
      },
      minMissing: {
        label: 'Minimum missing months',
        help: 'The signal appears from this number of months without a journal.',
      },
      fullSeverityMissing: {
        label: 'Missing months for full severity',
        help: 'Severity is 1 from this number of missing months.',
      },
    },
    benefitEndNear: {
      withinDays: {
        label: 'Benefit ending soon: days before the end',
        help: 'The signal appears when the benefit ends in fewer than these days.',
      },
    },
    recentSuccess: {
      withinDays: {
        label: 'Recent success: days since',
        help: 'An offer, a hiring, a training course or a work placement less than these days ago.',
      },
    },
    attentionWeight: {
      label: 'Weight of “{{signal}}”',
      help: 'What this signal adds to the attention score; negative, it lowers it.',
    },
    attention: {
      scale: {
        label: 'Score scale',
        help: 'Attention = 100 × (1 − e^(−sum ÷ scale)): the larger the scale, the more signals it takes to approach 100.',
      },
    },
    recommendations: {
      dismissalDays: {
        label: 'Days before proposing a dismissed recommendation again',
        help: 'Unless the facts behind it have changed meanwhile.',
      },
      minScore: {
        label: 'Minimum score to be proposed',
        help: 'Between 0 and 1: below it, the recommendation is not shown.',
      },
      maxSuggestedRome: {
        label: 'Close jobs suggested at most',
        help: 'For “Broaden the search to close jobs”.',
      },
    },
  },

  catalogue: {
    title: 'Recommendation catalogue',
    help: 'The recommendations and the signals that trigger them are fixed; their labels, descriptions and weights can be adapted.',
    recommendation: 'Recommendation',
    triggers: 'Triggered by (weight)',
    noTrigger: 'No trigger',
    label: 'Label',
    description: 'Description',
    weight: 'Weight of “{{signal}}”',
    weightHelp: 'Between 0 and 1; 0 switches this trigger off.',
  },
} as const satisfies CatalogueShape<typeof fr>;

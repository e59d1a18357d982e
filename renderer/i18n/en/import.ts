// English strings of the import screen.
import type { CatalogueShape } from '../shape';
import type { importScreen as fr } from '../fr/import';

export const importScreen = {
  title: 'Import journals',
  intro:
    'Files in the exchange format: one JSON Lines file (.jsonl), or the CSV pair seekers.csv + actions.csv. A line that does not conform is set aside with its reason; all the others are imported.',
  chooseFiles: 'Choose files…',
  fileInputLabel: 'Files to import',
  start: 'Import',
  chosen: '{{count}} file chosen',
  chosen_other: '{{count}} files chosen',
  running: 'Import running…',
  checking: 'Reading and checking the files…',
  progressLabel: 'Import progress',
  progressText: '{{percent}} — {{seekers}} people read',
  failed: 'The import failed: {{message}}',
  summaryTitle: 'Import result',
  summary: {
    imported: 'New people',
    updated: 'Journals replaced',
    unchanged: 'Unchanged',
    rejected: 'Lines set aside',
    warnings: 'Warnings',
    reanalysed: 'Analyses recomputed',
  },
  issuesTitle: 'Lines set aside and warnings',
  noIssues: 'No line set aside.',
  columns: {
    file: 'File',
    line: 'Line',
    seeker: 'Person',
    severity: 'Type',
    reason: 'Reason',
  },
  severity: { rejected: 'Set aside', warning: 'Warning' },
  moreIssues: 'Show the next lines ({{shown}} shown of {{kept}})',
  issuesNotKept:
    'This import set aside or warned about {{counted}} lines; only the first {{kept}} are kept, shown and exported (at most 1,000 lines set aside and 1,000 warnings per import).',
  exportIssues: 'Export the lines set aside (CSV)',
  exportIssuesXlsx: 'Export the lines set aside (Excel .xlsx)',
  issuesSheetName: 'Lines set aside',
  issuesFileName: 'rejected-lines',
  preview: {
    title: 'Before the import',
    counts: {
      imported: 'People added',
      updated: 'Journals replaced',
      unchanged: 'Unchanged',
      rejected: 'Lines set aside',
    },
    sameContent: 'This content was already imported (import #{{importRef}}, {{when}}).',
    replaceWarning:
      '{{count}} person is already stored with another journal: their journal will be replaced whole by the file’s.',
    replaceWarning_other:
      '{{count}} people are already stored with another journal: their journals will be replaced whole by the file’s.',
    replaceConfirm: 'Replace this person’s journal',
    replaceConfirm_other: 'Replace the journals of these {{count}} people',
    confirm: 'Confirm the import',
    cancel: 'Cancel',
  },
  history: {
    title: 'Past imports',
    none: 'No import yet.',
    columns: {
      when: 'Date',
      who: 'By',
      files: 'Files',
      status: 'End',
      lines: 'Lines set aside and warnings',
    },
    status: {
      running: 'Running',
      completed: 'Completed',
      failed: 'Stopped on an error',
      interrupted: 'Interrupted (program stopped)',
    },
    nobody: 'not recorded',
    cli: 'Command line',
    showLines: 'See the lines of import #{{importRef}}',
    linesTitle: 'Import #{{importRef}} of {{when}}',
  },
} as const satisfies CatalogueShape<typeof fr>;

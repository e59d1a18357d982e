// English strings of the controller's history view.
import type { CatalogueShape } from '../shape';
import type { history as fr } from '../fr/history';

export const history = {
  title: 'History of a journal',
  intro:
    'A person’s journal as they declared it, read-only: no score, no signal, no recommendation.',
  form: {
    title: 'Before viewing',
    seekerId: 'Person’s ID',
    seekerIdMissing: 'Enter the person’s ID.',
    reason: 'Reason for viewing',
    reasonHint:
      'Required, at least {{min}} characters: the request or case that justifies reading this journal. The person’s counsellor will read it.',
    reasonTooShort: 'The reason must be at least {{min}} characters long (currently {{count}}).',
    reasonLength: '{{count}} / {{max}} characters',
    notice:
      'This viewing will be recorded in the audit trail: your ID, the date, the person and the reason. Their counsellor and their team lead will be able to read it.',
    submit: 'View the history',
    opening: 'Opening…',
    notFound: 'No person has the ID “{{seekerId}}”.',
  },
  view: {
    title: 'History of {{name}}',
    recorded: 'This viewing is recorded in the audit trail, with your reason: “{{reason}}”.',
    anotherSeeker: 'View another person',
    anotherSeekerHint: 'You will be asked for a new reason.',
    id: 'ID',
    registeredOn: 'Registration',
    counsellor: 'Assigned counsellor',
    digitalAccess: 'Digital access',
    yes: 'yes',
    no: 'no: months may be entered by the counsellor',
  },
  journal: {
    title: 'Journal month by month',
    summary_one: '{{count}} month declared, newest first.',
    summary_other: '{{count}} months declared, newest first.',
    silent_zero: 'No month without a journal since registration.',
    silent_one: '{{count}} month without a journal since registration, shown in its place.',
    silent_other: '{{count}} months without a journal since registration, shown in their place.',
    empty: 'No month declared in this journal.',
    submittedBySeeker: 'Declared by the person on {{at}}',
    submittedBySeekerUndated: 'Declared by the person (sending date not given)',
    enteredByCounsellor: 'Entered by the counsellor for the person on {{at}}',
    enteredByCounsellorUndated: 'Entered by the counsellor for the person (date not given)',
    mood: 'Declared mood: {{label}} ({{mood}} out of 5)',
    noMood: 'Mood not given',
    moods: {
      1: 'very low',
      2: 'low',
      3: 'average',
      4: 'good',
      5: 'very good',
    },
    comment: 'Comment for the month',
    actions_one: '{{count}} action',
    actions_other: '{{count}} actions',
    noActions: 'No action declared this month.',
  },
} as const satisfies CatalogueShape<typeof fr>;

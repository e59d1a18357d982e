// French strings of the caseload screen.
export const caseload = {
  title: 'caseload',
} as const;

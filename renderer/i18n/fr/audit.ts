// French strings of the audit screen.
export const audit = {} as const;

// French strings of the team screen.
export const team = {} as const;

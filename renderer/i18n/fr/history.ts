// French strings of the history screen.
export const history = {} as const;

// French strings of the report screen.
export const report = {} as const;

// The demo caseload's size, apart from the code that builds it: `jalon demo --help`
// shows the default without loading the import pipeline.
export const DEFAULT_DEMO = { seekers: 300, months: 24, seed: 1 } as const;

// The demo caseload's size, apart from the code that builds it: `jalon demo --help`
// shows the default without loading the import pipeline.
// 2,400 people: twelve portfolios the size real ones are, about 250 to 300 in « suivi »,
// 170 in « guidé », 70 to 90 in « renforcé » and « global » (shared/demo/agency.ts).
export const DEFAULT_DEMO = { seekers: 2400, months: 24, seed: 1 } as const;

// The team dashboard's cost (issue 5): team.dashboard as the handlers answer it, for the
// demo's 300 seekers and for a 10,000-seeker agency (a team of about 3,400), first visit
// (every month-end computed) and again (from the cache). The stored analyses are brought
// up to date before timing: that is the caseload grid's cost, measured by bench:analysis.
// Medians of RUNS, each first visit on fresh services (an empty cache). The CPU time of
// the first visit is printed too: on a shared machine it varies less than elapsed time.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { refreshStaleAnalyses } from '../../server/analysis/refresh-analyses';
import { BROWSER_PLATFORM, createServices } from '../../server/api/handlers';
import { openDatabase } from '../../server/db/database';
import { importDemoCaseload } from '../../server/demo/demo-database';
import { loadReferentials } from '../../server/reference/load-reference';
import { apiFor } from '../helpers/api';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const AS_OF = '2026-10-20';
const dir = resolve('.bench');
const refs = loadReferentials();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${Math.round(x)} ms`;

async function demoDatabase(seekers: number): Promise<Database> {
  const path = join(dir, `team-${seekers}-2026-10.db`);
  const exists = existsSync(path);
  const db = openDatabase(path);
  if (!exists) {
    process.stdout.write(`Generating ${seekers} seekers into ${path} (once)…\n`);
    await importDemoCaseload(db, { seekers, months: 24, seed: 2026, endPeriod: '2026-10' });
  }
  await refreshStaleAnalyses(db, { asOf: AS_OF, refs });
  return db;
}

async function timeDashboard(db: Database) {
  const first: number[] = [];
  const firstCpu: number[] = [];
  const again: number[] = [];
  let teamSize = 0;
  for (let run = 0; run < RUNS; run++) {
    const services = createServices({ db, refs, platform: BROWSER_PLATFORM, version: 'bench' });
    const { call } = apiFor(() => services, 'RE-1');
    let started = performance.now();
    const cpu = process.cpuUsage();
    const dashboard = await call('team.dashboard', { asOf: AS_OF });
    first.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    firstCpu.push((used.user + used.system) / 1000);
    started = performance.now();
    await call('team.dashboard', { asOf: AS_OF });
    again.push(performance.now() - started);
    teamSize = dashboard.current.reduce((n, c) => n + c.portfolioSize, 0);
    await services.dispose();
  }
  return { teamSize, first, firstCpu, again };
}

for (const seekers of [300, 10_000]) {
  const db = await demoDatabase(seekers);
  const { teamSize, first, firstCpu, again } = await timeDashboard(db);
  db.close();
  process.stdout.write(
    `${seekers} seekers, team EQ-1 of ${teamSize}: first visit ${ms(median(first))} ` +
      `(runs ${first.map(ms).join(', ')}; CPU ${ms(median(firstCpu))}); ` +
      `again ${ms(median(again))} ` +
      `(runs ${again.map(ms).join(', ')})\n`,
  );
}

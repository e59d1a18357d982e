import { defineConfig } from 'vitest/config';

// CI asks for a machine-readable report (to print its "N passed, N failed" line).
const report = process.env.JALON_TEST_REPORT;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // Property tests draw from a fixed, printed seed: the same cases on every run.
    // Every test, and every process it starts, on the same day (JALON_NOW).
    setupFiles: ['tests/helpers/property-seed.ts', 'tests/helpers/pin-test-clock.ts'],
    // The CLI tests start real processes and import real files: give them room on 2 cores.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default on 2 cores is one worker; the CLI and kill tests mostly wait on
    // the processes they start, so a second one overlaps them (measured 179 → 130 s).
    maxWorkers: 2,
    reporters: report ? ['default', ['json', { outputFile: report }]] : ['default'],
  },
});

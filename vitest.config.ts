import { defineConfig } from 'vitest/config';

// CI asks for a machine-readable report (to print its "N passed, N failed" line).
const report = process.env.JALON_TEST_REPORT;

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // The CLI tests start real processes and import real files: give them room on 2 cores.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: report ? ['default', ['json', { outputFile: report }]] : ['default'],
  },
});

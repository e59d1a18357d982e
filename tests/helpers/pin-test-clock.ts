// Vitest setup file: every test process, and every process a test starts (the CLI, jalon
// serve), sees the same day (JALON_NOW; tests/helpers/test-clock.ts).
import { pinTestClock } from './test-clock';

pinTestClock();

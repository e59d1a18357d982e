#!/usr/bin/env node
// Runs one TypeScript script (benchmarks, maintenance scripts) through tsx.
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const script = process.argv[2];
if (!script) {
  console.error('usage: node bin/run-ts.mjs SCRIPT.ts [args…]');
  process.exit(2);
}
process.argv.splice(2, 1);
register();
await import(pathToFileURL(resolve(script)).href);

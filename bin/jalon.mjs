#!/usr/bin/env node
// The `jalon` command. TypeScript sources run through tsx so that `npx jalon` works
// straight after `npm ci`, with no build step to forget.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');

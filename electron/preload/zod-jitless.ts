// Imported first by preload.ts: building the contract's schemas makes zod probe for
// eval (`new Function`) unless told not to, and the page's CSP forbids eval. The
// preload never parses with them anyway (it only asks whether a channel exists).
import { config } from 'zod';

config({ jitless: true });

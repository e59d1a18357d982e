// Imported first by main.tsx: zod compiles fast validators with `new Function` unless
// told not to, and the page's Content-Security-Policy forbids eval. Setting this before
// any schema is built keeps zod on its interpreted path, with no CSP violation.
import { config } from 'zod';

config({ jitless: true });

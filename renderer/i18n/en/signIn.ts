// English strings of the sign-in screen.
import type { CatalogueShape } from '../shape';
import type { signIn as fr } from '../fr/signIn';

export const signIn = {
  title: 'Sign in',
  intro: 'Identify yourself to use Jalon.',
  userId: 'User ID',
  password: 'Password',
  submit: 'Sign in',
  submitting: 'Signing in…',
  wrong: 'Wrong user ID or password.',
  sessionEnded:
    'Your session has ended (a long time without activity, or your account was changed): sign in again to continue.',
  slowed:
    'After several failed attempts, each new attempt waits a little longer before it is checked.',
  demoHint:
    'Demonstration: counsellors CNS-01 to CNS-12, team leads RE-1 to RE-3, controller CTRL-1, administrator admin, data-protection officer DPO-1; password “demo-jalon”.',
} as const satisfies CatalogueShape<typeof fr>;

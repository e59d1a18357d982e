// Every English string of the interface, by screen: the same keys as the French
// catalogues (checked by the compiler and by tests/unit/i18n-catalogues.test.ts).
// A new namespace: one import and one line below.
import type { CatalogueShape } from '../shape';
import type { frResources } from '../fr';
import { audit } from './audit';
import { backup } from './backup';
import { dpo } from './dpo';
import { caseload } from './caseload';
import { common } from './common';
import { history } from './history';
import { importScreen } from './import';
import { report } from './report';
import { seeker } from './seeker';
import { settings } from './settings';
import { signIn } from './signIn';
import { team } from './team';

export const enResources = {
  common,
  caseload,
  seeker,
  import: importScreen,
  settings,
  signIn,
  team,
  report,
  history,
  audit,
  backup,
  dpo,
} as const satisfies CatalogueShape<typeof frResources>;

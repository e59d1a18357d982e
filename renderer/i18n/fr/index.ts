// Every French string of the interface, by screen.
import { caseload } from './caseload';
import { common } from './common';
import { importScreen } from './import';
import { seeker } from './seeker';
import { audit } from './audit';
import { backup } from './backup';
import { dpo } from './dpo';
import { history } from './history';
import { report } from './report';
import { settings } from './settings';
import { signIn } from './signIn';
import { team } from './team';

export const frResources = {
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
};

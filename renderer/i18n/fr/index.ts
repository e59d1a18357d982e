// Every French string of the interface, by screen.
import { caseload } from './caseload';
import { common } from './common';
import { importScreen } from './import';
import { seeker } from './seeker';
import { settings } from './settings';

export const frResources = { common, caseload, seeker, import: importScreen, settings };

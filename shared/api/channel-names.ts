// The API's channel names alone, without their schemas: what the preload needs to
// refuse an unknown channel, without bundling zod into it. contract.ts checks at
// compile time that this list and its table name exactly the same channels.
export const CHANNEL_NAMES = [
  'app.info',
  'auth.signIn',
  'auth.signOut',
  'caseload.list',
  'seeker.get',
  'recommendation.accept',
  'recommendation.dismiss',
  'plan.add',
  'plan.update',
  'notes.add',
  'journal.enterMonth',
  'files.chooseForImport',
  'import.start',
  'import.status',
  'import.preview',
  'import.history',
  'import.issues',
  'settings.get',
  'settings.update',
  'team.dashboard',
  'report.get',
  'report.exportPdf',
  'history.get',
  'audit.list',
  'audit.historyViews',
  'export.table',
  'dpo.accessLog',
  'dpo.dossier',
  'dpo.export',
  'app.startupProblem',
  'backup.list',
  'backup.create',
  'backup.restore',
  'backup.restoreLatestAtStartup',
  'retention.get',
  'retention.update',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

const KNOWN = new Set<string>(CHANNEL_NAMES);

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && KNOWN.has(name);
}

// Where Jalon keeps its data when no path is given. It mirrors Electron's
// app.getPath('userData') for an app named "Jalon", so the CLI, the browser mode and
// the desktop app all find the same database.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Jalon';
export const DATABASE_FILE_NAME = 'jalon.db';

export function userDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_NAME);
}

/** `--db` wins, then `JALON_DB`, then the user data folder. */
export function resolveDatabasePath(
  explicit: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return explicit ?? env.JALON_DB ?? join(userDataDir(process.platform, env), DATABASE_FILE_NAME);
}

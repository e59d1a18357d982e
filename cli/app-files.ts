// Files of the installed app that the commands serving the interface need.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built interface (`npm run build`), served by `jalon serve` and printed by `jalon report`. */
export const RENDERER_DIR = fileURLToPath(new URL('../dist/renderer', import.meta.url));

export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

// Where the database lives unless the caller says otherwise.

import { join } from 'node:path';
import envPaths from 'env-paths';

export const STORE_FILE_NAME = 'dockstudy.db';

/**
 * `$DOCKSTUDY_HOME/dockstudy.db`, else the platform's data folder
 * (e.g. ~/.local/share/dockstudy/dockstudy.db on Linux).
 * env-paths itself reads XDG_DATA_HOME etc. from process.env.
 */
export function defaultStorePath(env: Readonly<Record<string, string | undefined>>): string {
  const home = env.DOCKSTUDY_HOME;
  if (home) return join(home, STORE_FILE_NAME);
  return join(envPaths('dockstudy', { suffix: '' }).data, STORE_FILE_NAME);
}

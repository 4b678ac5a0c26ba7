// Where the database lives unless the caller says otherwise.

import { dirname, join } from 'node:path';
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

/**
 * Where what can be rebuilt (the parsed-notes cache) lives: `$XDG_CACHE_HOME/dockstudy`, else
 * `$DOCKSTUDY_HOME/cache` (a home that keeps everything of dockstudy together, as tests and portable
 * setups want), else the platform's cache folder (~/.cache/dockstudy on Linux).
 */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>>): string {
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'dockstudy');
  if (env.DOCKSTUDY_HOME) return join(env.DOCKSTUDY_HOME, 'cache');
  return envPaths('dockstudy', { suffix: '' }).cache;
}

/** The remembered notes' list, mirrored beside the store so that start-up reads it without SQLite. */
export function rememberedNotesFile(storeFile: string): string {
  return join(dirname(storeFile), 'remembered-notes.json');
}

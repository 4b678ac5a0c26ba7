// Kept apart from store-access.ts so that the main bundle can find the store without loading SQLite.
import { defaultStorePath } from '../store/paths.js';

/** The learner's store: `$DOCKSTUDY_HOME/dockstudy.db`, else the platform's data folder. */
export function storePath(env: NodeJS.ProcessEnv = process.env): string {
  return defaultStorePath(env);
}

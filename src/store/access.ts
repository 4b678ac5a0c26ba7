// A store opened for one piece of work and closed after it, even on error.

import { existsSync } from 'node:fs';
import { closeStore, openStore, type Store } from './open.js';

/**
 * Runs `work` with the store at `path` open. In 'read' mode the file is never created: with no store
 * yet, `work` gets undefined (what a learner who has answered nothing has).
 */
export function withStore<T>(path: string, mode: 'read' | 'write', work: (store: Store | undefined) => T): T {
  if (mode === 'read' && !existsSync(path)) return work(undefined);
  const store = openStore(path, { readonly: mode === 'read' });
  try {
    return work(store);
  } finally {
    closeStore(store);
  }
}

// A store opened for one piece of work and closed after it, even on error.

import { closeStore, openStore, type Store } from './open.js';
import { probeStore } from './probe.js';

/**
 * Runs `work` with the store at `path` open. In 'read' mode the file is never created: with no store
 * yet, `work` gets undefined (what a learner who has answered nothing has). A store that is there but
 * cannot be reached (an unreadable folder, a dangling link, a file in place of the folder) throws.
 */
export function withStore<T>(path: string, mode: 'read' | 'write', work: (store: Store | undefined) => T): T {
  if (mode === 'read' && probeStore(path, 'read') === undefined) return work(undefined);
  const store = openStore(path, { readonly: mode === 'read' });
  try {
    return work(store);
  } finally {
    closeStore(store);
  }
}

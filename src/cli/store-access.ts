import { existsSync } from 'node:fs';
import { closeStore, openStore, type Store } from '../store/index.js';
import { storePath } from './store-path.js';

/**
 * Runs `work` with the store open and closes it after, even on error. `readonly` commands (stats,
 * decks, review --due --json) never create the file: with no store yet they get undefined.
 */
export function withStore<T>(mode: 'read' | 'write', work: (store: Store | undefined) => T): T {
  const path = storePath();
  if (mode === 'read' && !existsSync(path)) return work(undefined);
  const store = openStore(path, { readonly: mode === 'read' });
  try {
    return work(store);
  } finally {
    closeStore(store);
  }
}

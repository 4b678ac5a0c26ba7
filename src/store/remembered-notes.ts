// The notes folders and files a learner asked dockstudy to remember (`dockstudy notes add`): every
// command loads them as if they had been given with --notes. Paths are stored absolute.

import { guarded } from './errors.js';
import type { Store } from './open.js';

/** The remembered paths, in the order they were added. */
export function listRememberedNotes(store: Store): string[] {
  return guarded(store.path, () =>
    store.db.prepare<[], string>('SELECT path FROM remembered_note ORDER BY added_ms, path').pluck().all(),
  );
}

/** Remembers `paths` (absolute); returns those that were new. Paths already there keep their place. */
export function rememberNotes(store: Store, paths: readonly string[], nowMs: number): string[] {
  const insert = store.db.prepare<[string, number]>(
    'INSERT INTO remembered_note (path, added_ms) VALUES (?, ?) ON CONFLICT (path) DO NOTHING',
  );
  return guarded(store.path, () =>
    store.db.transaction(() => paths.filter((path) => insert.run(path, nowMs).changes > 0)).immediate(),
  );
}

/** Forgets `path`; false when it was not remembered. */
export function forgetNotes(store: Store, path: string): boolean {
  return guarded(
    store.path,
    () => store.db.prepare<[string]>('DELETE FROM remembered_note WHERE path = ?').run(path).changes > 0,
  );
}

// The notes every command loads without being told: the remembered ones (`dockstudy notes add`), then
// DOCKSTUDY_NOTES, then --notes. The store holds the remembered list; a copy of it sits beside the
// store in a small JSON file, so that start-up reads a few bytes instead of loading SQLite. The copy is
// rewritten whenever `notes add`, `remove` or `list` opens the store. Without a copy no store is
// opened at start: a store made before remembered notes has none to give, and a read that touched the
// store would also touch a damaged one (and leave -wal/-shm beside a read-only one).

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { rememberedNotesFile } from '../store/paths.js';

/** The remembered paths as the copy beside the store has them; undefined when there is no copy. */
function readCopy(storeFile: string): string[] | undefined {
  try {
    const list: unknown = JSON.parse(readFileSync(rememberedNotesFile(storeFile), 'utf8'));
    return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : undefined;
  } catch {
    return undefined;
  }
}

/** Replaces the copy beside the store; a copy that cannot be written is rebuilt next time. */
export function writeRememberedCopy(storeFile: string, paths: readonly string[]): void {
  const target = rememberedNotesFile(storeFile);
  try {
    mkdirSync(dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(paths)}\n`);
    renameSync(temp, target);
  } catch {
    // Only costs a store read at the next start.
  }
}

/** The remembered paths, from the copy beside the store (none without one: `notes list` rebuilds it). */
export async function rememberedNotes(storeFile: string): Promise<string[]> {
  return readCopy(storeFile) ?? [];
}

/** DOCKSTUDY_NOTES: paths joined by ':', as PATH is. */
export function envNotes(value: string | undefined): string[] {
  return (value ?? '').split(':').filter((path) => path !== '');
}

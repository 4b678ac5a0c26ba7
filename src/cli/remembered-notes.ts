// The notes every command loads without being told: the remembered ones (`dockstudy notes add`), then
// DOCKSTUDY_NOTES, then --notes. The store holds the remembered list; a copy of it sits beside the
// store in a small JSON file, so that start-up reads a few bytes instead of loading SQLite. The copy is
// rewritten whenever the list changes, and rebuilt from the store when it is missing (a store made
// before remembered notes, or one restored from a backup).

import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { rememberedNotesFile } from '../store/paths.js';
import { lazy } from './lazy.js';

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

/** The remembered paths: from the copy, else (once) from the store; none without a store. */
export async function rememberedNotes(storeFile: string): Promise<string[]> {
  const copy = readCopy(storeFile);
  if (copy) return copy;
  if (!existsSync(storeFile)) return [];
  let paths: string[];
  try {
    paths = (await lazy('notes')).readRememberedNotes(storeFile);
  } catch {
    // A store that cannot be read is reported by the commands that need it, not by every command.
    return [];
  }
  writeRememberedCopy(storeFile, paths);
  return paths;
}

/** DOCKSTUDY_NOTES: paths joined by ':', as PATH is. */
export function envNotes(value: string | undefined): string[] {
  return (value ?? '').split(':').filter((path) => path !== '');
}

// Is there a store, and can its place be reached? File-system calls only (no SQLite), so that light
// commands can ask without loading the database.

import { lstatSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Access, guarded, notADatabase, StoreError } from './errors.js';

/**
 * Size of the store file, or undefined when there is none yet. Throws when the place cannot be
 * reached: a folder or a dangling link where the file should be, a file where a folder should be,
 * a folder that cannot be read.
 */
export function probeStore(file: string, access: Access): number | undefined {
  const link = guarded(file, () => lstatSync(file, { throwIfNoEntry: false }), access);
  if (!link) return undefined;
  const stats = guarded(file, () => statSync(file, { throwIfNoEntry: false }), access);
  if (!stats) {
    throw new StoreError(access === 'read' ? 'UNREADABLE' : 'UNWRITABLE', file, {
      say: 'danglingLink',
      access,
    });
  }
  if (stats.isDirectory()) throw notADatabase(file, undefined, 'a folder');
  if (!stats.isFile()) throw notADatabase(file, undefined, 'not a regular file');
  return stats.size;
}

/**
 * mkdir -p, one level at a time: stops at the first level that fails rather than retrying (Node's
 * recursive mkdir spins forever under /proc).
 */
export function makeFolders(folder: string): void {
  const missing: string[] = [];
  let at = folder;
  while (!statSync(at, { throwIfNoEntry: false })) {
    missing.push(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const dir of missing.reverse()) mkdirSync(dir);
}

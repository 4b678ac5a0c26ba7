// `dockstudy doctor`: the whole file checked (PRAGMA integrity_check, every page and index), and the
// backups a damaged store could be restored from. Reads only; leaves nothing beside the file.

import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { notADatabase, StoreError, type StoreProblem } from './errors.js';
import { assertSqliteHeader, refuseForeignOrNewer } from './open.js';
import { probeStore } from './probe.js';
import { readingConnection } from './reading.js';

export interface Diagnosis {
  /** The store file, absolute. */
  file: string;
  /** missing: nothing stored yet; ok: every check passed; damaged: integrity_check found problems;
   * unusable: not ours, not SQLite, unreachable, or from a newer dockstudy. */
  state: 'missing' | 'ok' | 'damaged' | 'unusable';
  /** What integrity_check reported (the first 20 lines), or the one-line reason it is unusable. */
  problems: string[];
  /** Why the store could not be checked, as data (the UI says it in its language); problems[0] in English. */
  reason?: StoreProblem;
  /** Backup files, newest first: `dockstudy backup`'s `dockstudy-backup-YYYY-MM-DD.db` beside the store or
   * in the current folder, and the copies made before migrations (`dockstudy.db.v<N>.bak`). */
  backups: string[];
}

const BACKUP_NAME = /^dockstudy-(?:backup-)?\d{4}-\d{2}-\d{2}\.db$|^dockstudy\.db\.v\d+\.bak$/;
const MAX_PROBLEMS = 20;

/** Backup files in `folders`, newest (by modification time) first. */
export function findBackups(folders: readonly string[]): string[] {
  const found = new Map<string, number>();
  for (const folder of new Set(folders.map((f) => resolve(f)))) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue; // an unreadable folder has no backups to offer
    }
    for (const name of names.filter((n) => BACKUP_NAME.test(n))) {
      const path = join(folder, name);
      const stats = statSync(path, { throwIfNoEntry: false });
      if (stats?.isFile() && stats.size > 0) found.set(path, stats.mtimeMs);
    }
  }
  return [...found].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([path]) => path);
}

export function diagnoseStore(path: string, cwd: string): Diagnosis {
  const file = resolve(path);
  const backups = findBackups([dirname(file), cwd]);
  const unusable = (error: unknown): Diagnosis => {
    if (!(error instanceof StoreError)) throw error;
    // Damage found while opening: SQLite's words ("database disk image is malformed"), not the line
    // that sends the user here.
    const sqlite = error.cause instanceof Error ? error.cause.message : undefined;
    const damaged = error.code === 'CORRUPT';
    return {
      file,
      state: damaged ? 'damaged' : 'unusable',
      problems: [damaged && sqlite ? sqlite : error.message],
      reason: error.problem,
      backups,
    };
  };
  try {
    const size = probeStore(file, 'read');
    if (size === undefined) return { file, state: 'missing', problems: [], backups };
    if (size === 0) throw notADatabase(file, undefined, 'an empty file');
    assertSqliteHeader(file, 'read');
    let rows: string[] = [];
    const db = readingConnection(file, (db) => {
      refuseForeignOrNewer(db, file);
      rows = db.prepare<[], string>(`PRAGMA integrity_check(${MAX_PROBLEMS})`).pluck().all();
    });
    db.close();
    const ok = rows.length === 1 && rows[0] === 'ok';
    return { file, state: ok ? 'ok' : 'damaged', problems: ok ? [] : rows, backups };
  } catch (error) {
    return unusable(error);
  }
}

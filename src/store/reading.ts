// Connections that only read: they must work where the store cannot be written (a read-only file,
// folder or file system) and leave the folder as they found it.
//
// A WAL database is read through its -wal log and -shm index, which SQLite creates when they are
// missing: a reader that may not create them cannot open the file at all, and a reader that may
// create them but not write the database leaves them behind (only a connection able to checkpoint
// deletes them on close). SQLite has one way to read a WAL file without either, the `immutable` URI
// parameter, which skips the log, every lock and every change check. That is exact only while the
// file is all there is (no log beside it) and stays so (no one can write it while we read); on a file
// that changes underneath it SQLite may return wrong rows or report corruption. So it is used only
// when both hold, and every other reader goes through SQLite's locks.

import { accessSync, constants, existsSync, realpathSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'better-sqlite3';
import { connect } from './connection.js';
import { guarded, StoreError } from './errors.js';

/**
 * - `query-only`: a read-write connection kept to reads (PRAGMA query_only). Being able to write,
 *   the last one to close checkpoints and removes the -wal and -shm it made.
 * - `shared`: SQLite's own read-only connection, with locks and the log. Used when the store is in
 *   use (a -wal or -journal is there: they stay, as they were), or when someone else could write it.
 * - `immutable`: the file alone, no locks, nothing made beside it (see above for when).
 */
export type ReadingMode = 'query-only' | 'shared' | 'immutable';

/** What decides the mode, about the file and its folder (both with links followed). */
export interface ReadingPlace {
  /** This process may write the file, and create files in its folder. */
  mayWriteFile: boolean;
  mayWriteFolder: boolean;
  /** A -wal or -journal is beside the file: the store is in use, or was left mid-work by a crash. */
  logBeside: boolean;
  /**
   * No process can write the file while we read: it is on a read-only file system, or no one has
   * write permission on it (no writer can open it) or on its folder (no writer can create the -wal
   * that writing needs). Root ignores permission bits: a root process writing another user's
   * read-only store at the same moment is the one case this does not see.
   */
  nobodyWrites: boolean;
}

export function readingModeFor(place: ReadingPlace): ReadingMode {
  if (place.mayWriteFile && place.mayWriteFolder) return 'query-only';
  if (!place.logBeside && place.nobodyWrites) return 'immutable';
  return 'shared';
}

const WRITE_BITS = 0o222;

/** 'yes', 'no', or 'read-only file system' (EROFS: no one at all may write there). */
function mayWrite(path: string): 'yes' | 'no' | 'read-only file system' {
  try {
    accessSync(path, constants.W_OK);
    return 'yes';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EROFS' ? 'read-only file system' : 'no';
  }
}

/** The facts about the store at `file` (which exists) that choose how it is read. */
export function readingPlaceOf(file: string): ReadingPlace {
  // SQLite keeps the -wal and -shm beside the file a link points to.
  const real = realpathSync(file);
  const folder = dirname(real);
  const onFile = mayWrite(real);
  const onFolder = mayWrite(folder);
  const noWriteBits = (path: string) => (statSync(path).mode & WRITE_BITS) === 0;
  return {
    mayWriteFile: onFile === 'yes',
    mayWriteFolder: onFolder === 'yes',
    logBeside: existsSync(`${real}-wal`) || existsSync(`${real}-journal`),
    nobodyWrites:
      onFile === 'read-only file system' ||
      onFolder === 'read-only file system' ||
      noWriteBits(real) ||
      noWriteBits(folder),
  };
}

/** `file:` URI of an absolute path: every byte but the plainest percent-encoded, as SQLite decodes. */
export function fileUri(path: string, query: string): string {
  const encoded = [...Buffer.from(path, 'utf8')]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      return /[A-Za-z0-9/._~-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
  return `file:${encoded}?${query}`;
}

/**
 * A connection that only reads the existing store at `file`, opened in the mode its place allows
 * (see ReadingMode; tests may name one); `setup` runs on it before it is returned.
 */
export function readingConnection(
  file: string,
  setup: (db: Database.Database) => void,
  chosen?: ReadingMode,
): Database.Database {
  const mode = chosen ?? guarded(file, () => readingModeFor(readingPlaceOf(file)), 'read');
  const open = (options: Database.Options, name = file) =>
    connect(
      file,
      { ...options, fileMustExist: true },
      'read',
      (db) => {
        db.pragma('query_only = ON');
        setup(db);
      },
      name,
    );
  if (mode === 'immutable') {
    try {
      return open(
        { readonly: true },
        fileUri(
          guarded(file, () => realpathSync(file), 'read'),
          'immutable=1',
        ),
      );
    } catch (error) {
      // URI names off (another module loaded the addon first): SQLite's own reader says what fails.
      if (!(error instanceof StoreError) || error.code !== 'UNREADABLE') throw error;
      return open({ readonly: true });
    }
  }
  if (mode === 'shared') return open({ readonly: true });
  try {
    return open({});
  } catch (error) {
    // Permission checks can pass where opening for writing still fails (say, a security module).
    if (!(error instanceof StoreError) || (error.code !== 'UNREADABLE' && error.code !== 'UNWRITABLE'))
      throw error;
    return open({ readonly: true });
  }
}

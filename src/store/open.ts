// Opening the database file: refuse what is not ours before writing a byte to it,
// then WAL, busy timeout, foreign keys and migrations.

import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { guarded, notADatabase, StoreError, toStoreError } from './errors.js';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from './migrations.js';

export interface Store {
  readonly db: Database.Database;
  /** Absolute path of the database file. */
  readonly path: string;
  readonly readonly: boolean;
}

export interface OpenOptions {
  /** Never write: for commands that only read (stats, listings). */
  readonly?: boolean;
}

/** How long a writer waits for another process's transaction before giving up. */
export const BUSY_TIMEOUT_MS = 5000;

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

// The addon's path, given to better-sqlite3 directly: its own lookup (the `bindings` package) probes
// a dozen paths, and naming it lets the build bundle better-sqlite3's JavaScript with ours.
export const NATIVE_BINDING = createRequire(import.meta.url).resolve(
  'better-sqlite3/build/Release/better_sqlite3.node',
);

/** Size of the file, or undefined when there is none. */
function fileSize(file: string): number | undefined {
  const stats = guarded(file, () => statSync(file, { throwIfNoEntry: false }));
  if (stats?.isDirectory()) throw notADatabase(file);
  return stats?.size;
}

/** Throws unless `file` starts with SQLite's magic header. Reads, never writes. */
function assertSqliteHeader(file: string): void {
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = guarded(file, () => openSync(file, 'r'));
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (!header.equals(SQLITE_HEADER)) throw notADatabase(file);
}

function refuseNewerSchema(db: Database.Database, file: string): void {
  const version = schemaVersion(db);
  if (version > LATEST_SCHEMA_VERSION) {
    throw new StoreError(
      'SCHEMA_TOO_NEW',
      file,
      `${file}: made by a newer dockstudy (schema ${version}, this one knows ${LATEST_SCHEMA_VERSION}); upgrade dockstudy`,
    );
  }
}

/** Opens a connection and runs `setup` on it, closing it again if setup fails. */
function connect(file: string, options: Database.Options, setup: (db: Database.Database) => void) {
  const db = guarded(
    file,
    () => new Database(file, { ...options, timeout: BUSY_TIMEOUT_MS, nativeBinding: NATIVE_BINDING }),
  );
  try {
    setup(db);
    return db;
  } catch (error) {
    db.close();
    throw toStoreError(error, file);
  }
}

function openWritable(file: string): Store {
  guarded(dirname(file), () => mkdirSync(dirname(file), { recursive: true }));
  const db = connect(file, {}, (db) => {
    // The version check comes before anything that writes (WAL changes the header).
    refuseNewerSchema(db, file);
    db.pragma('journal_mode = WAL');
    // With WAL, NORMAL never corrupts; a power cut may only lose the last answers.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  });
  return { db, path: file, readonly: false };
}

function openReadonly(file: string, size: number | undefined): Store {
  if (!size) {
    // Nothing stored yet: read an empty store rather than creating the file.
    const db = connect(':memory:', {}, (db) => migrate(db));
    db.pragma('query_only = ON');
    return { db, path: file, readonly: true };
  }
  const readonlyConnection = () =>
    connect(file, { readonly: true, fileMustExist: true }, (db) => refuseNewerSchema(db, file));
  let db = readonlyConnection();
  if (schemaVersion(db) < LATEST_SCHEMA_VERSION) {
    // An older schema: upgrade it once through a writable connection, then read.
    db.close();
    openWritable(file).db.close();
    db = readonlyConnection();
  }
  return { db, path: file, readonly: true };
}

/**
 * Opens (creating when needed) the database at `path`. Throws StoreError when the file
 * is not SQLite or comes from a newer dockstudy (the file is left untouched), or when
 * its folder cannot be written.
 */
export function openStore(path: string, options: OpenOptions = {}): Store {
  const file = resolve(path);
  const size = fileSize(file);
  if (size) assertSqliteHeader(file);
  return options.readonly ? openReadonly(file, size) : openWritable(file);
}

export function closeStore(store: Store): void {
  if (store.db.open) store.db.close();
}

// Opening the database file: refuse what is not ours (or is damaged) before writing a byte to it,
// then WAL, busy timeout, foreign keys and migrations.

import { accessSync, closeSync, constants, linkSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { connect } from './connection.js';
import { type Access, corrupt, guarded, notADatabase, StoreError, toStoreError } from './errors.js';
import { LATEST_SCHEMA_VERSION, migrate, schemaVersion } from './migrations.js';
import { makeFolders, probeStore } from './probe.js';
import { readingConnection } from './reading.js';

export interface Store {
  readonly db: Database.Database;
  /** Absolute path of the database file. */
  readonly path: string;
  readonly readonly: boolean;
}

export interface OpenOptions {
  /** Never write: for commands that only read (stats, listings). */
  readonly?: boolean;
  /** The time now, epoch ms (default: the real clock): names the day of the daily integrity check. */
  now?: number;
}

/**
 * Our mark in the header (PRAGMA application_id): 'DKST' in ASCII, 0x444B5354. A file with tables
 * but another id (or none) is someone else's and is never touched.
 */
export const APPLICATION_ID = 0x444b5354;

/** The config row naming the last day (YYYY-MM-DD, UTC) the file passed `PRAGMA quick_check`. */
export const CHECKED_DAY_KEY = 'store.checked-day';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Throws unless `file` starts with SQLite's magic header. Reads, never writes. */
export function assertSqliteHeader(file: string, access: Access): void {
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = guarded(file, () => openSync(file, 'r'), access === 'write' ? 'read' : access);
  try {
    guarded(file, () => readSync(fd, header, 0, header.length, 0), 'read');
  } finally {
    closeSync(fd);
  }
  if (!header.equals(SQLITE_HEADER)) throw notADatabase(file);
}

/** The file's tables, application id and version say it is a dockstudy store we can read. */
export function refuseForeignOrNewer(db: Database.Database, file: string): void {
  const id = db.pragma('application_id', { simple: true }) as number;
  const tables = db.prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
  const version = schemaVersion(db);
  // A store from before the mark: our version number and our tables.
  const unmarkedOurs =
    id === 0 && version >= 1 && ['card_state', 'review_log', 'config'].every((t) => tables.includes(t));
  if (id !== APPLICATION_ID && !unmarkedOurs && (tables.length > 0 || id !== 0 || version !== 0)) {
    throw new StoreError('FOREIGN', file, { say: 'foreign', applicationId: id });
  }
  if (version > LATEST_SCHEMA_VERSION) {
    throw new StoreError('SCHEMA_TOO_NEW', file, {
      say: 'tooNew',
      version,
      known: LATEST_SCHEMA_VERSION,
    });
  }
}

function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Once a day, before the day's first write, `PRAGMA quick_check` (about half a second on a store of
 * 1,000,000 answers; integrity_check takes ten times that): a damaged file is reported, not written.
 */
function checkedDay(db: Database.Database): string | undefined {
  const hasConfig = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'config'").get();
  if (!hasConfig) return undefined;
  return db.prepare<[string], string>('SELECT value FROM config WHERE key = ?').pluck().get(CHECKED_DAY_KEY);
}

function assertIntact(db: Database.Database, file: string): void {
  const result = db.pragma('quick_check', { simple: true });
  if (result !== 'ok') throw corrupt(file);
}

/** Before a migration the file is copied aside, `dockstudy.db.v<N>.bak`, with VACUUM INTO. */
export function migrationBackupPath(file: string, version: number): string {
  return `${file}.v${version}.bak`;
}

function backUpBeforeMigration(db: Database.Database, file: string, version: number): void {
  const target = migrationBackupPath(file, version);
  const temp = `${target}.${process.pid}.tmp`;
  rmSync(temp, { force: true });
  db.prepare('VACUUM INTO ?').run(temp);
  renameSync(temp, target);
}

/**
 * A new store is made whole under a temporary name and then linked into place, so that no other
 * process ever sees it half made (an empty file is refused as a store cut to nothing). When another
 * process links its own first, that one is used.
 */
function createStore(file: string, now: number): void {
  const temp = `${file}.${process.pid}.new`;
  guarded(file, () => {
    rmSync(temp, { force: true });
    try {
      const db = connect(temp, {}, 'write', (db) => {
        db.pragma(`application_id = ${APPLICATION_ID}`);
        migrate(db);
        db.prepare('INSERT INTO config (key, value) VALUES (?, ?)').run(CHECKED_DAY_KEY, utcDay(now));
      });
      db.close();
      try {
        linkSync(temp, file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    } finally {
      rmSync(temp, { force: true });
    }
  });
}

/**
 * Writing needs the file and its folder (for a new store, the -wal and -shm): one that cannot be
 * written is named before SQLite fails on it (a file SQLite may not write it opens read-only, and
 * then leaves -wal and -shm behind).
 */
function assertWritable(file: string, folder?: string): void {
  try {
    accessSync(folder ?? file, folder === undefined ? constants.R_OK | constants.W_OK : constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code !== 'EACCES' && code !== 'EPERM' && code !== 'EROFS') throw toStoreError(error, file, 'write');
    const problem = { say: 'readOnly' as const, fileSystem: code === 'EROFS', ...(folder ? { folder } : {}) };
    throw new StoreError('UNWRITABLE', file, problem, { cause: error });
  }
}

function openWritable(file: string, existing: boolean, now: number): Store {
  guarded(dirname(file), () => makeFolders(dirname(file)));
  assertWritable(file, dirname(file));
  if (!existing) createStore(file, now);
  else assertWritable(file);
  const db = connect(file, { fileMustExist: true }, 'write', (db) => {
    // Every check comes before anything that writes (WAL changes the header).
    refuseForeignOrNewer(db, file);
    const version = schemaVersion(db);
    const today = utcDay(now);
    const checked = version >= 1 && checkedDay(db) === today;
    if (version >= 1 && !checked) assertIntact(db, file);
    if (version >= 1 && version < LATEST_SCHEMA_VERSION) backUpBeforeMigration(db, file, version);
    db.pragma('journal_mode = WAL');
    // With WAL, NORMAL never corrupts; a power cut may only lose the last answers.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
      db.pragma(`application_id = ${APPLICATION_ID}`);
    }
    if (!checked) {
      db.prepare(
        'INSERT INTO config (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ).run(CHECKED_DAY_KEY, today);
    }
  });
  return { db, path: file, readonly: false };
}

function emptyStore(file: string): Store {
  // Nothing stored yet: read an empty store rather than creating the file.
  const db = connect(':memory:', {}, 'read', (db) => migrate(db));
  db.pragma('query_only = ON');
  return { db, path: file, readonly: true };
}

function openReadonly(file: string, size: number | undefined, now: number): Store {
  if (size === undefined) return emptyStore(file);
  const open = () => readingConnection(file, (db) => refuseForeignOrNewer(db, file));
  let db = open();
  if (schemaVersion(db) < LATEST_SCHEMA_VERSION) {
    // An older schema: upgrade it once through a writable connection, then read.
    db.close();
    openWritable(file, true, now).db.close();
    db = open();
  }
  return { db, path: file, readonly: true };
}

/**
 * Opens (creating when needed) the database at `path`. Throws StoreError when the file is not
 * SQLite, is another program's, is damaged, or comes from a newer dockstudy (the file is left
 * untouched), or when its place cannot be read or written.
 */
export function openStore(path: string, options: OpenOptions = {}): Store {
  const file = resolve(path);
  const access: Access = options.readonly ? 'read' : 'write';
  const now = options.now ?? Date.now();
  const size = probeStore(file, access);
  // An empty file is no new store: a store cut to nothing (a full disk, a crash of some tool) must
  // not be quietly replaced, its history lost.
  if (size === 0) throw notADatabase(file, undefined, 'an empty file');
  if (size) assertSqliteHeader(file, access);
  return options.readonly ? openReadonly(file, size, now) : openWritable(file, size !== undefined, now);
}

export function closeStore(store: Store): void {
  if (store.db.open) store.db.close();
}

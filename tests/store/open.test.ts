import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { Rating } from '../../src/srs/index.js';
import {
  APPLICATION_ID,
  CHECKED_DAY_KEY,
  closeStore,
  LATEST_SCHEMA_VERSION,
  loadStates,
  migrationBackupPath,
  openStore,
  StoreError,
  type StoreErrorCode,
  toStoreError,
} from '../../src/store/index.js';
import { MIGRATIONS, migrate } from '../../src/store/migrations.js';
import { answer, NOW, tempDir } from './helpers.js';

function expectStoreError(action: () => unknown, code: StoreErrorCode, file: string): StoreError {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(StoreError);
  const error = caught as StoreError;
  expect(error.code).toBe(code);
  expect(error.message).toContain(file);
  expect(error.message).not.toContain('\n');
  return error;
}

describe('openStore', () => {
  test('creates the folder and a migrated database with WAL and foreign keys', () => {
    const file = join(tempDir(), 'deep', 'er', 'dockstudy.db');
    const store = openStore(file);
    expect(store.path).toBe(file);
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    closeStore(store);
  });

  test('refuses an empty (zero-byte) file: a store cut to nothing is not quietly replaced', () => {
    const dir = tempDir();
    const file = join(dir, 'dockstudy.db');
    writeFileSync(file, '');
    expect(expectStoreError(() => openStore(file), 'NOT_A_DATABASE', file).message).toMatch(/an empty file/);
    expectStoreError(() => openStore(file, { readonly: true }), 'NOT_A_DATABASE', file);
    expect(readFileSync(file).length).toBe(0);
    expect(readdirSync(dir)).toEqual(['dockstudy.db']);
  });

  test('reopening keeps the data and does not migrate again', () => {
    const file = join(tempDir(), 'dockstudy.db');
    const first = openStore(file);
    answer(first, 'a', Rating.Good, NOW);
    closeStore(first);
    const second = openStore(file);
    expect(loadStates(second).has('a')).toBe(true);
    closeStore(second);
  });

  test('the due query is an index search, never a table scan', () => {
    const store = openStore(join(tempDir(), 'dockstudy.db'));
    const plan = store.db.prepare('EXPLAIN QUERY PLAN SELECT * FROM card_state WHERE due_ms < ?').all(0) as {
      detail: string;
    }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/SEARCH card_state USING INDEX card_state_by_due/);
    closeStore(store);
  });
});

describe('files that are not ours are refused and left byte-for-byte unchanged', () => {
  test('a garbage file', () => {
    const dir = tempDir();
    const file = join(dir, 'dockstudy.db');
    const garbage = Buffer.from('this is my shopping list, not a database\n'.repeat(100));
    writeFileSync(file, garbage);
    expectStoreError(() => openStore(file), 'NOT_A_DATABASE', file);
    expectStoreError(() => openStore(file, { readonly: true }), 'NOT_A_DATABASE', file);
    expect(readFileSync(file).equals(garbage)).toBe(true);
    expect(readdirSync(dir)).toEqual(['dockstudy.db']); // no -wal or -shm left behind
  });

  test('a file with the SQLite header but garbage after it', () => {
    const file = join(tempDir(), 'dockstudy.db');
    const bytes = Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4080, 0xab)]);
    writeFileSync(file, bytes);
    const error = expectStoreError(() => openStore(file), 'NOT_A_DATABASE', file);
    expect(error.message).toMatch(/move it away/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  test('a database from a newer dockstudy (user_version above ours)', () => {
    const file = join(tempDir(), 'dockstudy.db');
    const db = new Database(file);
    db.exec('CREATE TABLE future (x); INSERT INTO future VALUES (1);');
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const before = readFileSync(file);
    const error = expectStoreError(() => openStore(file), 'SCHEMA_TOO_NEW', file);
    expect(error.message).toMatch(/upgrade dockstudy/);
    expectStoreError(() => openStore(file, { readonly: true }), 'SCHEMA_TOO_NEW', file);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});

describe("another program's SQLite file", () => {
  function foreign(file: string, id = 0): Buffer {
    const db = new Database(file);
    db.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');");
    if (id) db.pragma(`application_id = ${id}`);
    db.close();
    return readFileSync(file);
  }

  test('tables but no id: refused by reads and writes, no tables or WAL added', () => {
    const dir = tempDir();
    const file = join(dir, 'dockstudy.db');
    const before = foreign(file);
    const error = expectStoreError(() => openStore(file, { readonly: true }), 'FOREIGN', file);
    expect(error.message).toMatch(/left untouched/);
    expectStoreError(() => openStore(file), 'FOREIGN', file);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['dockstudy.db']);
  });

  test('another id, even with our tables: refused', () => {
    const file = join(tempDir(), 'dockstudy.db');
    const db = new Database(file);
    migrate(db);
    db.pragma('application_id = 1234');
    db.close();
    const before = readFileSync(file);
    expectStoreError(() => openStore(file), 'FOREIGN', file);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test('an empty SQLite file (no tables) becomes ours, marked', () => {
    const file = join(tempDir(), 'dockstudy.db');
    const empty = new Database(file);
    empty.exec('CREATE TABLE t (x); DROP TABLE t;'); // a header, no tables
    empty.close();
    const store = openStore(file);
    expect(store.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    closeStore(store);
  });
});

describe('the daily integrity check', () => {
  const DAY = 86_400_000;

  /** A store of `n` answers whose card_state index pages are then overwritten with garbage. */
  function damagedIndex(file: string): Buffer {
    const store = openStore(file, { now: NOW.getTime() });
    for (let i = 0; i < 120; i++)
      answer(store, `card-${String(i).padStart(4, '0')}-${'x'.repeat(40)}`, Rating.Good, NOW);
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    const page = store.db.pragma('page_size', { simple: true }) as number;
    const root = store.db
      .prepare<[], number>("SELECT rootpage FROM sqlite_schema WHERE name = 'review_log_by_time'")
      .pluck()
      .get()!;
    closeStore(store);
    const bytes = readFileSync(file);
    bytes.fill(0x5a, (root - 1) * page + 8, root * page - 8);
    writeFileSync(file, bytes);
    return bytes;
  }

  test('the first write of a day runs quick_check: a damaged store is refused, bytes unchanged', () => {
    const dir = tempDir();
    const file = join(dir, 'dockstudy.db');
    const bytes = damagedIndex(file);
    // The same day: the check already passed today, so it is not paid again.
    closeStore(openStore(file, { now: NOW.getTime() + 1000 }));
    writeFileSync(file, bytes);
    const error = expectStoreError(() => openStore(file, { now: NOW.getTime() + DAY }), 'CORRUPT', file);
    expect(error.message).toMatch(/dockstudy doctor/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  test('a healthy store records the day it was checked', () => {
    const file = join(tempDir(), 'dockstudy.db');
    closeStore(openStore(file, { now: NOW.getTime() }));
    const store = openStore(file, { now: NOW.getTime() + DAY });
    const day = store.db.prepare('SELECT value FROM config WHERE key = ?').pluck().get(CHECKED_DAY_KEY);
    expect(day).toBe('2026-03-02');
    closeStore(store);
  });
});

describe('unwritable places', () => {
  test('a folder that cannot be created (a file is in the way)', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'blocker'), 'x');
    const file = join(dir, 'blocker', 'sub', 'dockstudy.db');
    const error = expectStoreError(() => openStore(file), 'UNWRITABLE', join(dir, 'blocker', 'sub'));
    expect(error.message).toMatch(/DOCKSTUDY_HOME/);
  });
  test('a folder under /proc fails at once (no mkdir loop)', () => {
    const started = Date.now();
    expectStoreError(
      () => openStore('/proc/dockstudy-test/x/dockstudy.db'),
      'UNWRITABLE',
      '/proc/dockstudy-test',
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });
  // A read-only folder is tested end to end in tests/cli/review.test.ts, as an unprivileged user.
});

describe('readonly', () => {
  test('a missing file reads as an empty store and is not created', () => {
    const file = join(tempDir(), 'none', 'dockstudy.db');
    const store = openStore(file, { readonly: true });
    expect(store.readonly).toBe(true);
    expect(loadStates(store).size).toBe(0);
    closeStore(store);
    expect(existsSync(file)).toBe(false);
  });

  test('an existing store can be read but not written', () => {
    const file = join(tempDir(), 'dockstudy.db');
    const writer = openStore(file);
    answer(writer, 'a', Rating.Good, NOW);
    closeStore(writer);
    const reader = openStore(file, { readonly: true });
    expect(loadStates(reader).has('a')).toBe(true);
    expect(() => answer(reader, 'b', Rating.Good, NOW)).toThrow(StoreError);
    closeStore(reader);
  });

  test('a database at an older schema version (and from before the mark) is copied aside, migrated, then read', () => {
    const dir = tempDir();
    const file = join(dir, 'dockstudy.db');
    const old = new Database(file);
    migrate(old, MIGRATIONS.slice(0, 1)); // a store as version 1 made it: no application_id yet
    old.close();
    const before = readFileSync(file);
    const store = openStore(file, { readonly: true });
    expect(store.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(store.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(loadStates(store).size).toBe(0);
    closeStore(store);
    const backup = migrationBackupPath(file, 1);
    expect(readdirSync(dir).sort()).toEqual(['dockstudy.db', 'dockstudy.db.v1.bak']);
    const copy = new Database(backup, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
    expect(before.length).toBeGreaterThan(0);
  });

  test('reading leaves no -wal or -shm beside the store', () => {
    const dir = tempDir();
    const file = join(dir, 'dockstudy.db');
    const writer = openStore(file);
    answer(writer, 'a', Rating.Good, NOW);
    closeStore(writer);
    const reader = openStore(file, { readonly: true });
    expect(loadStates(reader).size).toBe(1);
    closeStore(reader);
    expect(readdirSync(dir)).toEqual(['dockstudy.db']);
  });
});

describe('a native addon that will not load', () => {
  test('missing or built for another Node: one actionable line', () => {
    const mismatch = Object.assign(
      new Error(
        'The module better_sqlite3.node was compiled against NODE_MODULE_VERSION 115. This version requires 137.',
      ),
      { code: 'ERR_DLOPEN_FAILED' },
    );
    const missing = Object.assign(
      new Error("Cannot find module 'better-sqlite3/build/Release/better_sqlite3.node'"),
      {
        code: 'MODULE_NOT_FOUND',
      },
    );
    for (const cause of [mismatch, missing]) {
      const error = toStoreError(cause, '/x/dockstudy.db') as StoreError;
      expect(error.code).toBe('NATIVE_ADDON');
      expect(error.message).toBe(
        "better-sqlite3's native addon is missing or built for another Node: run `npm rebuild better-sqlite3`",
      );
    }
    expect(toStoreError(new Error('a bug'), '/x/dockstudy.db')).toBeInstanceOf(Error);
    expect(toStoreError(new Error('a bug'), '/x/dockstudy.db')).not.toBeInstanceOf(StoreError);
  });
});

// How a store is read where it cannot be written: the choice of connection (reading.ts), each
// connection on real files, and a read-only file system (a read-only bind mount, where allowed).
// The same places end to end, as an unprivileged user, are in tests/cli/read-only-store.test.ts.

import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { Rating } from '../../src/srs/index.js';
import { closeStore, loadStates, openStore, StoreError } from '../../src/store/index.js';
import {
  fileUri,
  type ReadingPlace,
  readingConnection,
  readingModeFor,
  readingPlaceOf,
} from '../../src/store/reading.js';
import { answer, NOW, tempDir } from './helpers.js';

const asRoot = process.getuid?.() === 0;

/** A store with one answer, closed (no -wal or -shm beside it); returns its path. */
function storeWithAnswer(dir: string, name = 'dockstudy.db'): string {
  const file = join(dir, name);
  const store = openStore(file);
  answer(store, 'a', Rating.Good, NOW);
  closeStore(store);
  return file;
}

const place = (facts: Partial<ReadingPlace>): ReadingPlace => ({
  mayWriteFile: false,
  mayWriteFolder: false,
  logBeside: false,
  nobodyWrites: false,
  ...facts,
});

describe('readingModeFor', () => {
  test('a place this process may write: a read-write connection kept to reads', () => {
    expect(readingModeFor(place({ mayWriteFile: true, mayWriteFolder: true }))).toBe('query-only');
    expect(readingModeFor(place({ mayWriteFile: true, mayWriteFolder: true, logBeside: true }))).toBe(
      'query-only',
    );
  });

  test('immutable only when the file is all there is and no one can write it', () => {
    expect(readingModeFor(place({ nobodyWrites: true }))).toBe('immutable');
    expect(readingModeFor(place({ mayWriteFolder: true, nobodyWrites: true }))).toBe('immutable');
    // A log beside it holds answers the file does not: immutable would not read them.
    expect(readingModeFor(place({ nobodyWrites: true, logBeside: true }))).toBe('shared');
    // Someone else may write it while we read: only SQLite's locks keep the read whole.
    expect(readingModeFor(place({}))).toBe('shared');
    expect(readingModeFor(place({ mayWriteFolder: true }))).toBe('shared');
    expect(readingModeFor(place({ mayWriteFile: true }))).toBe('shared');
  });
});

describe('readingPlaceOf', () => {
  test('no write bits on the file or on its folder: no one writes it', () => {
    const dir = tempDir();
    const file = storeWithAnswer(dir);
    expect(readingPlaceOf(file)).toMatchObject({ logBeside: false, nobodyWrites: false });
    chmodSync(file, 0o444);
    expect(readingPlaceOf(file).nobodyWrites).toBe(true);
    chmodSync(file, 0o644);
    chmodSync(dir, 0o555);
    try {
      expect(readingPlaceOf(file).nobodyWrites).toBe(true);
      // Root may write anywhere; anyone else may not write here.
      expect(readingPlaceOf(file).mayWriteFolder).toBe(asRoot);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  test('a -wal or -journal beside the file, and a link read where it points', () => {
    const dir = tempDir();
    const file = storeWithAnswer(dir);
    writeFileSync(`${file}-journal`, '');
    expect(readingPlaceOf(file).logBeside).toBe(true);
    const elsewhere = join(tempDir(), 'link.db');
    symlinkSync(file, elsewhere);
    expect(readingPlaceOf(elsewhere).logBeside).toBe(true);
    chmodSync(dir, 0o555);
    try {
      expect(readingPlaceOf(elsewhere).nobodyWrites).toBe(true);
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});

test('fileUri percent-encodes what SQLite would read as URI syntax, and every non-ASCII byte', () => {
  expect(fileUri('/a b/?#%/공부.db', 'immutable=1')).toBe(
    'file:/a%20b/%3F%23%25/%EA%B3%B5%EB%B6%80.db?immutable=1',
  );
});

describe('readingConnection', () => {
  test('immutable: reads the file at a name with spaces, ?, #, % and Hangul, and makes nothing beside it', () => {
    const dir = join(tempDir(), 'my notes ?#%25 공부');
    mkdirSync(dir);
    const file = storeWithAnswer(dir);
    const bytes = readFileSync(file);
    const db = readingConnection(file, () => {}, 'immutable');
    expect(db.prepare('SELECT card_id FROM card_state').pluck().all()).toEqual(['a']);
    // Nothing beside the file, even while it is open: no -wal, no -shm, no lock files.
    expect(readdirSync(dir)).toEqual(['dockstudy.db']);
    expect(() => db.prepare("INSERT INTO config VALUES ('x', 'y')").run()).toThrow();
    db.close();
    expect(readdirSync(dir)).toEqual(['dockstudy.db']);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  test('immutable would miss what is in a log: with a -wal beside the file, the locked reader reads it', () => {
    const dir = tempDir();
    const file = storeWithAnswer(dir);
    // Another connection holds a row in the log, not yet in the file.
    const writer = new Database(file);
    writer.pragma('wal_autocheckpoint = 0');
    writer.prepare("INSERT INTO config (key, value) VALUES ('probe', 'in the log')").run();
    const probe = (db: Database.Database) =>
      db.prepare("SELECT value FROM config WHERE key = 'probe'").pluck().get();
    const found = readingPlaceOf(file);
    expect(found.logBeside).toBe(true);
    // Even were no one else able to write it, the log decides.
    expect(readingModeFor({ ...found, mayWriteFile: false, nobodyWrites: true })).toBe('shared');
    const shared = readingConnection(file, () => {}, 'shared');
    expect(probe(shared)).toBe('in the log');
    shared.close();
    const immutable = readingConnection(file, () => {}, 'immutable');
    expect(probe(immutable)).toBeUndefined();
    immutable.close();
    writer.close();
  });

  test('query-only: a store read where it may be written leaves the folder as it was', () => {
    const dir = tempDir();
    const file = storeWithAnswer(dir);
    expect(readdirSync(dir)).toEqual(['dockstudy.db']);
    const store = openStore(file, { readonly: true });
    expect(loadStates(store).size).toBe(1);
    closeStore(store);
    expect(readdirSync(dir)).toEqual(['dockstudy.db']);
  });
});

// A read-only bind mount: no one, root included, may write there (EROFS), so root can test the case.
const mountable = (() => {
  if (!asRoot) return false;
  const dir = mkdtempSync(join(tmpdir(), 'dockstudy-mount-probe-'));
  try {
    execFileSync('mount', ['--bind', dir, dir], { stdio: 'ignore' });
    execFileSync('umount', [dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();

describe.skipIf(!mountable)(
  'a store on a read-only file system (a read-only bind mount; needs mount)',
  () => {
    function readOnlyCopyOf(source: string): string {
      const mount = tempDir();
      execFileSync('mount', ['--bind', source, mount]);
      execFileSync('mount', ['-o', 'remount,bind,ro', mount]);
      return mount;
    }
    const unmount = (dir: string) => execFileSync('umount', [dir]);

    test('reads work and make nothing; a write names the folder and the read-only file system', () => {
      const dir = tempDir();
      storeWithAnswer(dir);
      const mount = readOnlyCopyOf(dir);
      try {
        const file = join(mount, 'dockstudy.db');
        const bytes = readFileSync(file);
        expect(readingModeFor(readingPlaceOf(file))).toBe('immutable');
        const store = openStore(file, { readonly: true });
        expect([...loadStates(store).keys()]).toEqual(['a']);
        closeStore(store);
        let caught: unknown;
        try {
          openStore(file);
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(StoreError);
        expect((caught as StoreError).code).toBe('UNWRITABLE');
        expect((caught as StoreError).message).toBe(
          `${file}: cannot write: the folder ${mount} is on a read-only file system; check its permissions or set DOCKSTUDY_HOME to a writable folder`,
        );
        expect(readdirSync(mount)).toEqual(['dockstudy.db']);
        expect(readFileSync(file).equals(bytes)).toBe(true);
      } finally {
        unmount(mount);
      }
    });
  },
);

// Stores that are damaged, foreign, unreachable or on a full disk: every command says so in one line
// naming the file, exits 1, and leaves the file's bytes as they were (and no -wal or -shm beside it).

import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { Rating } from '../../src/srs/index.js';
import { APPLICATION_ID, closeStore, LATEST_SCHEMA_VERSION, openStore } from '../../src/store/index.js';
import { answer, NOW as STORE_NOW } from '../store/helpers.js';
import {
  cliEnv,
  copyOfTheBuild,
  type RunResult,
  removeTempDirs,
  run,
  STORE_FILE,
  tempDir,
} from './helpers.js';

afterAll(removeTempDirs);

/** A healthy store of 60 answers in a fresh home, WAL checkpointed; returns its path. */
function healthyStore(home: string): string {
  const file = join(home, STORE_FILE);
  const store = openStore(file);
  for (let i = 0; i < 60; i++)
    answer(store, `dockerfile-card-${i}-${'x'.repeat(30)}`, Rating.Good, STORE_NOW);
  closeStore(store);
  return file;
}

const WRITE_COMMANDS = [
  ['review', '--plain'],
  ['config', 'set', 'retention', '0.85'],
  ['quiz', 'dockerfile', '--plain', '-n', '1', '--seed', '1'],
];
const READ_COMMANDS = [['stats'], ['review', '--due', '--json'], ['decks'], ['config', 'list'], ['doctor']];

function expectRefused(result: RunResult, file: string, words?: RegExp, label = '') {
  expect(result.status, `${label}: ${result.stderr}`).toBe(1);
  const lines = result.stderr.trim().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(result.stderr).not.toMatch(/\n\s+at |unexpected error/);
  if (words) expect(lines[0]).toMatch(words);
}

/** Runs every command against `file` in `home`: each refused, the bytes and the folder unchanged. */
async function expectEveryCommandRefused(home: string, file: string, commands: string[][], words?: RegExp) {
  const bytes = statSync(file, { throwIfNoEntry: false })?.isFile() ? readFileSync(file) : undefined;
  const listing = readdirSync(home).sort();
  for (const args of commands) {
    const result = await run(['--lang', 'en', ...args], { home, input: '3\n' });
    expectRefused(result, file, words, args.join(' '));
    if (bytes) expect(readFileSync(file).equals(bytes), args.join(' ')).toBe(true);
    expect(
      readdirSync(home)
        .filter((name) => name !== 'cache' && name !== 'user-home')
        .sort(),
      args.join(' '),
    ).toEqual(listing.filter((name) => name !== 'cache' && name !== 'user-home'));
  }
}

describe('a store that cannot be used, for every command', () => {
  it('a truncated file', async () => {
    const home = tempDir();
    const file = healthyStore(home);
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectEveryCommandRefused(home, file, [...WRITE_COMMANDS, ...READ_COMMANDS], /damaged/);
  });

  it('random bytes', async () => {
    const home = tempDir();
    const file = join(home, STORE_FILE);
    let seed = 7;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed & 0xff;
    };
    writeFileSync(file, Buffer.from(Array.from({ length: 8192 }, next)));
    await expectEveryCommandRefused(
      home,
      file,
      [...WRITE_COMMANDS, ...READ_COMMANDS],
      /not a dockstudy database/,
    );
  });

  it('an empty file', async () => {
    const home = tempDir();
    const file = join(home, STORE_FILE);
    writeFileSync(file, '');
    await expectEveryCommandRefused(home, file, [...WRITE_COMMANDS, ...READ_COMMANDS], /an empty file/);
  });

  it('a folder in its place', async () => {
    const home = tempDir();
    const file = join(home, STORE_FILE);
    mkdirSync(file);
    await expectEveryCommandRefused(home, file, [...WRITE_COMMANDS, ...READ_COMMANDS], /a folder/);
  });

  it('a newer schema', async () => {
    const home = tempDir();
    const file = join(home, STORE_FILE);
    const db = new Database(file);
    db.exec('CREATE TABLE future (x)');
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    await expectEveryCommandRefused(home, file, [...WRITE_COMMANDS, ...READ_COMMANDS], /newer dockstudy/);
  });

  it("another program's SQLite file: no tables or WAL added by any command", async () => {
    const home = tempDir();
    const file = join(home, STORE_FILE);
    const db = new Database(file);
    db.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')");
    db.close();
    await expectEveryCommandRefused(home, file, [...WRITE_COMMANDS, ...READ_COMMANDS], /another program/);
  });

  it('one damaged page: writes are refused before the first write of the day, doctor reports it', async () => {
    const home = tempDir();
    const file = healthyStore(home);
    const db = new Database(file, { readonly: true });
    const page = db.pragma('page_size', { simple: true }) as number;
    const root = db
      .prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'review_log_by_time'")
      .pluck()
      .get() as number;
    db.close();
    const bytes = readFileSync(file);
    bytes.fill(0x5a, (root - 1) * page + 8, root * page - 8);
    // The day it was last checked is not today: the next write checks the whole file first.
    const stale = new Database(file);
    stale.prepare("UPDATE config SET value = '2000-01-01' WHERE key = 'store.checked-day'").run();
    stale.close();
    const checkedStale = readFileSync(file);
    checkedStale.fill(0x5a, (root - 1) * page + 8, root * page - 8);
    writeFileSync(file, checkedStale);
    await expectEveryCommandRefused(home, file, WRITE_COMMANDS, /damaged/);
    const doctor = await run(['--lang', 'en', 'doctor'], { home });
    expectRefused(doctor, file, /damaged/);
    expect(doctor.stdout).toMatch(/review_log_by_time|wrong # of entries|btreeInitPage|Tree/);
    expect(doctor.stdout).toMatch(/no backup/);
    expect(readFileSync(file).equals(checkedStale)).toBe(true);
  });

  it('a link to nothing, a file in place of DOCKSTUDY_HOME: "cannot read", not zero progress', async () => {
    const home = tempDir();
    symlinkSync(join(home, 'gone.db'), join(home, STORE_FILE));
    await expectEveryCommandRefused(
      home,
      join(home, STORE_FILE),
      READ_COMMANDS,
      /cannot read .*link to nothing/,
    );
    const notAFolder = join(tempDir(), 'home-file');
    writeFileSync(notAFolder, 'x');
    for (const args of READ_COMMANDS) {
      const result = await run(['--lang', 'en', ...args], { env: { DOCKSTUDY_HOME: notAFolder } });
      expectRefused(result, join(notAFolder, STORE_FILE), /cannot read/);
    }
    const write = await run(['--lang', 'en', 'config', 'set', 'retention', '0.8'], {
      env: { DOCKSTUDY_HOME: notAFolder },
    });
    expectRefused(write, join(notAFolder, STORE_FILE), /cannot write/);
  });
});

describe('permissions and a full disk (the built CLI, as an unprivileged user when run as root)', () => {
  const asRoot = process.getuid?.() === 0;
  const cli = () => (asRoot ? copyOfTheBuild() : join(import.meta.dirname, '..', '..', 'dist', 'cli.js'));

  function runAsUser(program: string, home: string, args: string[]) {
    return spawnSync(process.execPath, [program, '--lang', 'en', ...args], {
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      cwd: '/',
      input: '3\n',
      encoding: 'utf8',
      env: cliEnv(tempDir(), { DOCKSTUDY_HOME: home, DOCKSTUDY_NOW: '2026-03-02T10:00:00Z' }).env,
    });
  }

  it('a read-only file and a read-only folder: one line naming the file, exit 1, bytes unchanged', () => {
    const program = cli();
    for (const lock of ['file', 'folder'] as const) {
      const home = tempDir();
      chmodSync(home, 0o777);
      const file = healthyStore(home);
      chmodSync(file, 0o666);
      const bytes = readFileSync(file);
      chmodSync(lock === 'file' ? file : home, lock === 'file' ? 0o444 : 0o555);
      const result = runAsUser(program, home, ['review', '--plain']);
      chmodSync(home, 0o777);
      expect(result.status, `${lock}: ${result.stderr}`).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(file);
      // The decks (imported cards) are read first, and can be; the write names what is read-only.
      expect(result.stderr).toMatch(
        lock === 'file' ? /cannot write: the file is read-only/ : /cannot write: the folder .* is read-only/,
      );
      expect(result.stderr).not.toMatch(/\n\s+at |unexpected error/);
      expect(readFileSync(file).equals(bytes)).toBe(true);
      // Nothing beside the store: the reads before the refusal leave no -wal or -shm.
      expect(readdirSync(home)).toEqual([STORE_FILE]);
    }
  });

  // A tiny tmpfs needs mount (root, or a container that allows it); elsewhere the case is skipped.
  const mountable = (() => {
    if (!asRoot) return false;
    const probe = tempDir();
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
      execFileSync('umount', [probe], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  it.skipIf(!mountable)(
    'a full disk (an 8 MB tmpfs; skipped where mount is not allowed): nothing lost, one line',
    async () => {
      const disk = tempDir();
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', disk]);
      try {
        const file = healthyStore(disk);
        const bytes = readFileSync(file);
        // Fill what is left of the disk.
        try {
          writeFileSync(join(disk, 'filler'), Buffer.alloc(16 * 1024 * 1024));
        } catch {}
        const result = await run(['--lang', 'en', 'review', '--plain', '--new', '5'], {
          home: disk,
          input: '3\n3\n3\n',
        });
        expectRefused(result, file, /disk is full|check the disk/);
        expect(readFileSync(file).equals(bytes)).toBe(true);
        rmSync(join(disk, 'filler'), { force: true }); // room for the checker's -shm
        const check = new Database(file);
        expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(check.prepare('SELECT count(*) FROM review_log').pluck().get()).toBe(60);
        check.close();
      } finally {
        execFileSync('umount', ['-l', disk]);
      }
    },
  );
});

// A store that may be read but not written (a read-only folder, a read-only file): every read
// command works and leaves the folder exactly as it was (no -wal, no -shm); every write is refused in
// one line naming the folder or the file, exit 1, the bytes unchanged. Root ignores permission bits,
// so as root the built CLI runs as nobody (uid 65534); a read-only file system is in
// tests/store/reading.test.ts. Reads of a writable store leave nothing behind either.

import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, cliEnv, copyOfTheBuild, removeTempDirs, run, runJson, STORE_FILE, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const NOW = '2026-03-02T10:00:00Z';

/** Two imported cards (read from the store by every command that loads decks). */
const ANKI_TEXT =
  '#separator:tab\n#deck:Mine\nWhat does docker ps list?\tRunning containers\nWhich flag publishes a port?\t-p\n';

/** A home with a store of imported cards and three answers, its -wal and -shm gone; its card ids. */
async function studiedHome(): Promise<{ home: string; file: string; imported: string[] }> {
  const home = tempDir();
  const text = join(tempDir(), 'mine.txt');
  writeFileSync(text, ANKI_TEXT);
  expect((await run(['import', text], { home })).status).toBe(0);
  const env = { DOCKSTUDY_NOW: NOW };
  const review = await run(['review', '--plain', '--deck', 'mine', '--limit', '2'], {
    home,
    env,
    input: '3\n3\n',
  });
  expect(review.status, review.stderr).toBe(0);
  const quiz = await run(['quiz', 'dockerfile', '--plain', '-n', '1', '--seed', '1'], {
    home,
    env,
    input: 'x\n',
  });
  expect(quiz.status, quiz.stderr).toBe(0);
  const { json } = await runJson<{ id: string }[]>(['cards', 'mine', '--json'], { home });
  expect(readdirSync(home).filter((name) => name.startsWith(STORE_FILE))).toEqual([STORE_FILE]);
  return { home, file: join(home, STORE_FILE), imported: json.map((card) => card.id) };
}

const asRoot = process.getuid?.() === 0;
let program: string | undefined;

/** The built CLI, as nobody when this is root (from a copy nobody can read), stdin closed. */
function runUnprivileged(home: string, args: string[], cwd = '/') {
  program ??= asRoot ? copyOfTheBuild() : CLI;
  const result = spawnSync(process.execPath, [program, '--lang', 'en', ...args], {
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    cwd,
    input: '3\n',
    encoding: 'utf8',
    timeout: 15_000,
    env: cliEnv(tempDir(), { DOCKSTUDY_HOME: home, DOCKSTUDY_NOW: NOW }).env,
  });
  if (result.error) throw result.error;
  return result;
}

interface ReadCommand {
  args: string[];
  /** What the output must show: the store's content, imported cards included. */
  shows: (stdout: string) => void;
  /** The same reads as another command's: run in-process only (each spawned run costs half a second). */
  again?: true;
}

/** Every read command. */
function readCommands(imported: string[]): ReadCommand[] {
  const [first] = imported as [string];
  return [
    { args: ['stats', '--json'], shows: (out) => expect(JSON.parse(out).reviews).toBe(3) },
    { args: ['stats'], shows: (out) => expect(out).toMatch(/Study statistics/), again: true },
    {
      args: ['cards', 'mine', '--json'],
      shows: (out) => expect(JSON.parse(out).map((c: { id: string }) => c.id)).toEqual(imported),
    },
    { args: ['cards', 'mine'], shows: (out) => expect(out).toContain(first), again: true },
    {
      args: ['review', '--due', '--json'],
      shows: (out) => expect(JSON.parse(out)).toMatchObject({ due: 0, new: 17 }),
    },
    {
      args: ['card', first, '--reveal'],
      shows: (out) => expect(out).toMatch(/^learning · due .* · 0 lapses · 1 review$/m),
    },
    { args: ['decks'], shows: (out) => expect(out).toMatch(/mine +│ Mine/) },
    {
      args: ['export', '--format', 'json'],
      shows: (out) =>
        expect(JSON.parse(out).cards.filter((c: { reviews: unknown[] }) => c.reviews.length)).toHaveLength(3),
    },
    { args: ['config', 'list'], shows: (out) => expect(out).toMatch(/^retention = 0\.9$/m), again: true },
    { args: ['doctor'], shows: (out) => expect(out).toMatch(/: ok/) },
  ];
}

function writeCommands(): string[][] {
  const notes = tempDir();
  writeFileSync(join(notes, 'note.md'), '# Volumes\n\n- `docker volume ls` lists volumes\n');
  chmodSync(notes, 0o755);
  return [
    ['review', '--plain'],
    ['config', 'set', 'retention', '0.85'],
    ['notes', 'add', notes],
  ];
}

describe('a store that may be read but not written (as an unprivileged user)', () => {
  // Eleven runs of the built CLI each: half a second apiece alone, seconds in a full parallel suite.
  for (const lock of ['folder', 'file'] as const) {
    it(`a read-only ${lock}: reads work and make nothing; writes are refused in one line`, async () => {
      const { home, file, imported } = await studiedHome();
      chmodSync(home, lock === 'folder' ? 0o555 : 0o777);
      chmodSync(file, lock === 'file' ? 0o444 : 0o666);
      const bytes = readFileSync(file);
      const listing = readdirSync(home).sort();
      try {
        for (const { args, shows } of readCommands(imported).filter((command) => !command.again)) {
          const result = runUnprivileged(home, args);
          expect(result.status, `${args.join(' ')}: ${result.stderr}`).toBe(0);
          expect(result.stderr, args.join(' ')).toBe('');
          shows(result.stdout);
          expect(readdirSync(home).sort(), args.join(' ')).toEqual(listing);
        }
        // A backup elsewhere is a read of the store too.
        const elsewhere = tempDir();
        chmodSync(elsewhere, 0o777);
        const backup = runUnprivileged(home, ['backup', 'copy.db'], elsewhere);
        expect(backup.status, backup.stderr).toBe(0);
        expect(readdirSync(elsewhere)).toEqual(['copy.db']);
        expect(readdirSync(home).sort()).toEqual(listing);
        const words =
          lock === 'folder'
            ? `${file}: cannot write: the folder ${home} is read-only to this user;`
            : `${file}: cannot write: the file is read-only to this user;`;
        for (const args of writeCommands()) {
          const result = runUnprivileged(home, args);
          expect(result.status, `${args.join(' ')}: ${result.stderr}`).toBe(1);
          expect(result.stderr.trim().split('\n'), args.join(' ')).toEqual([expect.stringContaining(words)]);
          expect(readdirSync(home).sort(), args.join(' ')).toEqual(listing);
        }
      } finally {
        chmodSync(home, 0o755);
      }
      expect(readFileSync(file).equals(bytes)).toBe(true);
    }, 120_000);
  }
});

describe('a writable store that no one has open', () => {
  it('every read command leaves the folder as it was: no -wal, no -shm', async () => {
    const { home, imported } = await studiedHome();
    const listing = readdirSync(home).sort();
    for (const { args, shows } of readCommands(imported)) {
      const result = await run(['--lang', 'en', ...args], { home, env: { DOCKSTUDY_NOW: NOW } });
      expect(result.status, `${args.join(' ')}: ${result.stderr}`).toBe(0);
      shows(result.stdout);
      expect(readdirSync(home).sort(), args.join(' ')).toEqual(listing);
    }
  });
});

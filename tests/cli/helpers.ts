// Helpers for the CLI tests. `run` runs the program in this process through its context, with fake
// streams, a clean environment, a fixed clock and a fresh data folder; `runSpawned` and `spawnCli`
// start the built CLI (dist/cli.js, built once by tests/global-setup.ts) for the end-to-end tests.

import {
  type ChildProcessWithoutNullStreams,
  type SpawnSyncReturns,
  spawn,
  spawnSync,
} from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { deckOrder } from '../../scripts/compile-decks.js';
import { type Context, createContext, type GlobalOptions, type Output } from '../../src/cli/context.js';
import { runCli } from '../../src/cli/run.js';
import { closeStore, openStore } from '../../src/store/index.js';

/** A card as `cards --json` prints it (the card record of src/notes/types.ts). */
export type { Card as CardRecord } from '../../src/notes/types.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');
export const FIXTURES = join(ROOT, 'tests', 'cli', 'fixtures');
/** The clock every spawned CLI sees (DOCKSTUDY_NOW). */
export const NOW = '2026-03-01T09:00:00Z';
export const NOW_MS = Date.parse(NOW);
export const PACKAGE_VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
/** The built-in decks in the order `decks` lists them: content/en's files in the build's study order. */
export const BUILTIN_DECKS = readdirSync(join(ROOT, 'content', 'en'))
  .filter((name) => name.endsWith('.md'))
  .sort(deckOrder)
  .map((name) => name.replace(/\.md$/, ''));
export const STORE_FILE = 'dockstudy.db';
export const ESC = '\u001b';

const made: string[] = [];

/** A fresh folder in the system temp dir; removed by `removeTempDirs` (call it in afterAll). */
export function tempDir(prefix = 'dockstudy-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface RunOptions {
  /** Written to stdin, which is then closed (stdin is always a pipe, never a terminal). */
  input?: string;
  /** Added to (or, with undefined, removed from) the base environment. */
  env?: Record<string, string | undefined>;
  /** DOCKSTUDY_HOME; a fresh temp folder unless given. */
  home?: string;
  cwd?: string;
  /** In-process runs: stdin itself instead of `input` (a stream the test keeps writing to). */
  stdin?: NodeJS.ReadableStream;
  /** In-process runs: what main.ts aborts on SIGINT. */
  interrupt?: AbortSignal;
  /** In-process runs: sees stdout after each write. */
  onStdout?: (soFar: string) => void;
}

export interface RunResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The DOCKSTUDY_HOME the run used. */
  home: string;
  /** The HOME the run used: nothing may be written under it. */
  userHome: string;
}

/**
 * The environment of a spawned CLI: nothing inherited but PATH, so that the developer's locale,
 * colour settings or data folder cannot leak in. HOME and XDG_DATA_HOME point into the temp folder
 * too, so that a CLI ignoring DOCKSTUDY_HOME would still not touch ~/.local/share.
 */
export function cliEnv(home: string, extra: Record<string, string | undefined> = {}) {
  const userHome = join(home, 'user-home');
  mkdirSync(userHome, { recursive: true });
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: userHome,
    XDG_DATA_HOME: join(userHome, '.local', 'share'),
    DOCKSTUDY_HOME: home,
    DOCKSTUDY_NOW: NOW,
    NO_COLOR: '1',
    LANG: 'en_US.UTF-8',
    TZ: 'UTC',
    TERM: 'dumb',
    ...extra,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return { env: env as NodeJS.ProcessEnv, userHome };
}

/** A stream that keeps what is written to it. */
export function collector(onWrite?: (soFar: string) => void): { stream: Output; text(): string } {
  const chunks: string[] = [];
  const stream = {
    write(chunk: string | Uint8Array) {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      onWrite?.(chunks.join(''));
      return true;
    },
  } as unknown as Output;
  return { stream, text: () => chunks.join('') };
}

/** A command's context as `run` makes it, for calling a command function directly. */
export function testContext(
  options: Partial<GlobalOptions> & {
    home: string;
    input?: string;
    env?: Record<string, string | undefined>;
  },
): { context: Context; stdout(): string; stderr(): string } {
  const stdout = collector();
  const stderr = collector();
  const context = createContext(
    {
      notes: options.notes ?? [],
      builtin: options.builtin ?? true,
      ...(options.lang ? { lang: options.lang } : {}),
    },
    {
      stdin: Readable.from(options.input ? [options.input] : []),
      stdout: stdout.stream,
      stderr: stderr.stream,
      stdinIsTTY: false,
      stdoutIsTTY: false,
      columns: undefined,
      environ: cliEnv(options.home, options.env).env,
      cwd: ROOT,
      interrupt: new AbortController().signal,
    },
  );
  return { context, stdout: stdout.text, stderr: stderr.text };
}

/** Runs `dockstudy ...args` in this process, stdin a pipe holding `input`, and waits for its exit code. */
export async function run(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const home = options.home ?? tempDir();
  const { env, userHome } = cliEnv(home, options.env);
  const stdout = collector(options.onStdout);
  const stderr = collector();
  const status = await runCli(args, {
    stdin: options.stdin ?? Readable.from(options.input ? [options.input] : []),
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdinIsTTY: false,
    stdoutIsTTY: false,
    columns: undefined,
    environ: env,
    cwd: options.cwd ?? ROOT,
    interrupt: options.interrupt ?? new AbortController().signal,
  });
  return { status, signal: null, stdout: stdout.text(), stderr: stderr.text(), home, userHome };
}

/** Runs `node dist/cli.js ...args` to completion: the built program, in its own process. */
export function runSpawned(args: string[], options: RunOptions = {}): RunResult {
  const home = options.home ?? tempDir();
  const { env, userHome } = cliEnv(home, options.env);
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 15_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return {
    status: result.status,
    signal: result.signal,
    stdout: result.stdout,
    stderr: result.stderr,
    home,
    userHome,
  };
}

/** `run`, and the parsed JSON of its stdout (which must be the only thing on stdout). */
export async function runJson<T = unknown>(
  args: string[],
  options: RunOptions = {},
): Promise<{ result: RunResult; json: T }> {
  const result = await run(args, options);
  if (result.status !== 0) throw new Error(`exit ${result.status}: ${result.stderr}`);
  return { result, json: JSON.parse(result.stdout) as T };
}

/** Files a run left in its DOCKSTUDY_HOME and HOME (the latter should stay empty). */
export function storeFiles(result: Pick<RunResult, 'home' | 'userHome'>) {
  return {
    store: existsSync(join(result.home, STORE_FILE)),
    userHome: readdirSync(result.userHome, { recursive: true }),
  };
}

export interface ReviewRow {
  card_id: string;
  rating: number;
  source: string;
  reviewed_ms: number;
  /** A quiz answer's text, and whether its wrong verdict was overridden (NULL for other answers). */
  answer_text: string | null;
  overridden: number | null;
}

/** The review log of the store in `home`, oldest first. */
export function readReviews(home: string): ReviewRow[] {
  const store = openStore(join(home, STORE_FILE), { readonly: true });
  try {
    return store.db
      .prepare<[], ReviewRow>(
        'SELECT card_id, rating, source, reviewed_ms, answer_text, overridden FROM review_log ORDER BY id',
      )
      .all();
  } finally {
    closeStore(store);
  }
}

export interface QuizQuestion {
  cardId: string;
  type: 'choice' | 'typed' | 'cloze' | 'scenario';
  prompt: string;
  choices?: string[];
  labels?: string[];
  answer: string;
}

/** The line a learner types to answer `q` right: the option's number, the command or the term. */
export function rightAnswer(q: QuizQuestion): string {
  if (q.choices) {
    const index = q.choices.indexOf(q.answer);
    if (index < 0) throw new Error(`${q.cardId}: the answer is not among the choices`);
    return String(index + 1);
  }
  return q.answer;
}

/** A line that answers `q` wrong: another option's number, a different command, a wrong term. */
export function wrongAnswer(q: QuizQuestion): string {
  if (q.choices) return String(((q.choices.indexOf(q.answer) + 1) % q.choices.length) + 1);
  if (q.type === 'typed') return 'docker system info';
  return 'zzz-not-the-term';
}

export interface Spawned {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface SpawnOptions {
  home?: string;
  env?: Record<string, string | undefined>;
  /** Called once, right after the spawn (e.g. to close the child's stdout before it writes). */
  onSpawn?: (child: ChildProcessWithoutNullStreams) => void;
  /** Sees the output so far after each chunk, and may act on the child (close stdout, signal, write). */
  onStdout?: (soFar: string, child: ChildProcessWithoutNullStreams) => void;
}

/** Spawns the CLI asynchronously, for tests that act while it runs. */
export function spawnCli(args: string[], options: SpawnOptions = {}): Promise<Spawned> {
  const home = options.home ?? tempDir();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: cliEnv(home, options.env).env });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('error', () => {});
    child.stdin.on('error', () => {});
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      options.onStdout?.(stdout, child);
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
    options.onSpawn?.(child);
  });
}

/** dist/ and the native addon it loads, copied to a folder anyone can read; returns its cli.js. */
export function copyOfTheBuild(): string {
  const app = tempDir('dockstudy-app-');
  cpSync(join(ROOT, 'dist'), join(app, 'dist'), { recursive: true });
  const addon = join('node_modules', 'better-sqlite3');
  mkdirSync(join(app, addon, 'build', 'Release'), { recursive: true });
  cpSync(join(ROOT, addon, 'package.json'), join(app, addon, 'package.json'));
  const binary = join(addon, 'build', 'Release', 'better_sqlite3.node');
  cpSync(join(ROOT, binary), join(app, binary));
  chmodSync(app, 0o755);
  return join(app, 'dist', 'cli.js');
}

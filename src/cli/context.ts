import { existsSync } from 'node:fs';
import type { CardRef, Registry } from '../decks/registry.js';
import type { Card } from '../notes/types.js';
import { defaultCacheDir, defaultStorePath } from '../store/paths.js';
import { escapeControls, stripControl } from '../text/safety.js';
import type { KeyInput } from '../ui/keys.js';
import { messages, noteWarning } from '../ui/messages.js';
import { type Environment, readEnvironment } from './environment.js';
import { type LoadOptions, loadCardIndex, loadCards, loadRegistry } from './load-decks.js';
import { envNotes, rememberedNotes } from './remembered-notes.js';

/** The global options every command shares. */
export interface GlobalOptions {
  notes: string[];
  builtin: boolean;
  lang?: string;
  /** false with --no-color. */
  color?: boolean;
}

export type Output = NodeJS.WritableStream;

/**
 * What a run of the program gets from its process, passed in rather than reached for: main.ts gives
 * the real ones, tests give fake streams and their own environment.
 */
export interface ProcessIo {
  /** Where keys and lines come from: a terminal (raw mode for single keys) or a pipe. */
  stdin: KeyInput;
  stdout: Output;
  stderr: Output;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  /** The terminal's width, when stdout is one. */
  columns: number | undefined;
  /** The environment variables (DOCKSTUDY_HOME, DOCKSTUDY_NOW, LANG, NO_COLOR…). */
  environ: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Aborted on Ctrl-C (SIGINT) while a plain session reads lines: it then sums up and exits 130. */
  interrupt: AbortSignal;
}

export interface Context extends ProcessIo {
  env: Environment;
  options: GlobalOptions;
  /** The learner's store file (it may not exist yet). */
  storeFile: string;
  /** Where the parsed-notes cache lives (store/paths.ts). */
  cacheDir: string;
  registry(): Promise<Registry>;
  /** The notes paths in play: remembered ones still there, DOCKSTUDY_NOTES, --notes. */
  notePaths(): Promise<string[]>;
  /** The decks read again (a note was edited during a review); later registry() calls get these. */
  reloadRegistry(): Promise<Registry>;
  /** The decks with card ids only, for commands that count (faster with big notes). */
  cardIndex(): Promise<Registry<CardRef>>;
  /**
   * The whole cards of these ids of cardIndex(), read from only the notes that hold them when the
   * cache can (else from registry()). Ids no deck has are left out.
   */
  cards(ids: readonly string[]): Promise<Map<string, Card>>;
  /** Milliseconds on the session's clock: DOCKSTUDY_NOW (or the real start) plus the time elapsed. */
  clock(): number;
  /** A line (or lines) on stdout. */
  out(text: string): void;
  /** Text on stdout as it is: a prompt that the answer follows on the same line. */
  write(text: string): void;
  /** A line on stderr, control sequences removed. */
  warn(text: string): void;
}

export function createContext(options: GlobalOptions, io: ProcessIo): Context {
  const env = readEnvironment(options, io);
  const storeFile = defaultStorePath(io.environ);
  const cacheDir = defaultCacheDir(io.environ);
  let registry: Promise<Registry> | undefined;
  let index: Promise<Registry<CardRef>> | undefined;
  // process.hrtime, not performance.now(): the first use of the performance global loads perf_hooks.
  const started = process.hrtime.bigint();
  // The notes: the remembered ones that are still there (a vanished one is a warning), then
  // DOCKSTUDY_NOTES and --notes (a missing one of those is an error). Read once, when decks load.
  let loading: Promise<LoadOptions> | undefined;
  const stillThere = (path: string) => {
    if (existsSync(path)) return true;
    context.warn(messages(env.lang).notes.vanished(path));
    return false;
  };
  const load = () => {
    loading ??= rememberedNotes(storeFile).then((remembered) => ({
      lang: env.lang,
      builtin: options.builtin,
      notes: [...remembered.filter(stillThere), ...envNotes(io.environ.DOCKSTUDY_NOTES), ...options.notes],
      cacheDir,
      storeFile,
      cwd: io.cwd,
      now: env.now.getTime(),
    }));
    return loading;
  };
  // Each of the notes' problems is reported once, whichever way (and however often) the decks were
  // loaded; again only when they were read again (reloadRegistry).
  let said = new Set<string>();
  const reported = <R extends { diagnostics: { file: string; line: number; message: string }[] }>(r: R) => {
    for (const d of r.diagnostics) {
      const line = `${escapeControls(d.file)}:${d.line}: ${noteWarning(env.lang, d.message)}`;
      if (said.has(line)) continue;
      said.add(line);
      context.warn(line);
    }
    return r;
  };
  const context: Context = {
    stdout: io.stdout,
    stderr: io.stderr,
    get stdinIsTTY() {
      return io.stdinIsTTY;
    },
    stdoutIsTTY: io.stdoutIsTTY,
    columns: io.columns,
    environ: io.environ,
    cwd: io.cwd,
    interrupt: io.interrupt,
    // Taken when a command reads keys or lines: making process.stdin costs a start-up milliseconds.
    get stdin() {
      return io.stdin;
    },
    env,
    options,
    storeFile,
    cacheDir,
    notePaths: () => load().then((o) => o.notes),
    registry: () => {
      registry ??= load().then(loadRegistry).then(reported);
      return registry;
    },
    reloadRegistry: () => {
      said = new Set();
      registry = load()
        .then((o) => loadRegistry({ ...o, now: context.clock() }))
        .then(reported);
      return registry;
    },
    cardIndex: () => {
      index ??= load().then(loadCardIndex).then(reported);
      return index;
    },
    cards: async (ids) => {
      const found = loadCards(await load(), await context.cardIndex(), ids);
      if (found) return found;
      const all = await context.registry();
      return new Map(
        ids.flatMap((id) => {
          const card = all.card(id);
          return card ? [[id, card] as const] : [];
        }),
      );
    },
    clock: () => env.now.getTime() + Math.round(Number(process.hrtime.bigint() - started) / 1e6),
    out: (text) => io.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    write: (text) => io.stdout.write(text),
    warn: (text) => io.stderr.write(`${stripControl(text)}\n`),
  };
  return context;
}

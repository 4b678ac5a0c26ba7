import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { UnknownNameError } from '../decks/registry.js';
import { isNativeAddonFailure, type StoreError, toStoreError } from '../store/errors.js';
import { defaultStorePath } from '../store/paths.js';
import { escapeControls } from '../text/safety.js';
import { messages, storeErrorText } from '../ui/messages.js';
import { BUILD_DIR, BUNDLED } from './build-output.js';
import { createContext, type GlobalOptions, type ProcessIo } from './context.js';
import { detectLang, useColor } from './environment.js';
import type { UserError } from './errors.js';
import { readPlainArguments } from './plain-arguments.js';
import { PLAIN_COMMANDS } from './plain-commands.js';

/**
 * Runs the program on `args` (what follows `dockstudy`) and returns its exit code. The only place
 * that decides exit codes: 0 done, 1 failed, 2 bad usage, 130 interrupted.
 */
export async function runCli(args: string[], io: ProcessIo): Promise<number> {
  // commander's help and errors come before the options are parsed: their language and colour are
  // read from the arguments first.
  const early = earlyOptions(args);
  // A plain run (most are) needs no commander: it is loaded (loadProgram), and the program built,
  // for the rest.
  const plain = readPlainArguments(args);
  let globals: GlobalOptions | undefined = plain?.globals;
  try {
    if (plain) {
      await plain.action(createContext(plain.globals, io));
      return 0;
    }
    const { buildProgram } = await loadProgram();
    const program = buildProgram(
      async (action) => {
        globals = program.opts<GlobalOptions>();
        await action(createContext(globals, io));
      },
      {
        stdout: io.stdout,
        stderr: io.stderr,
        columns: io.columns,
        color: useColor(io.environ, io.stdoutIsTTY, early.color),
        lang: detectLang(early.lang, io.environ),
      },
      PLAIN_COMMANDS,
      args,
    );
    await program.parseAsync(args, { from: 'user' });
    return 0;
  } catch (err) {
    return report(err, globals?.lang ?? early.lang, io);
  }
}

// Where program.ts is when the sources run (a variable: the bundle must not take it in, see below).
const PROGRAM_SOURCE = './program.js';

/**
 * commander and the whole program (program.ts), for what plain runs are not. In the bundle a
 * CommonJS file of its own, dist/program.js, required rather than imported: Tab completion asks for
 * it at every press, and the ES module loader would cost it some 10 ms more.
 */
async function loadProgram(): Promise<typeof import('./program.js')> {
  if (BUNDLED) return createRequire(import.meta.url)(fileURLToPath(new URL('program.js', BUILD_DIR)));
  return import(PROGRAM_SOURCE);
}

/** The line for a failed write to stdout (ENOSPC, EIO…), in the UI's language. */
export function outputFailed(code: string, args: string[], environ: ProcessIo['environ']): string {
  return `dockstudy: ${messages(detectLang(earlyOptions(args).lang, environ)).output.failed(code)}\n`;
}

/** `--lang X` (or `--lang=X`) and `--no-color` among the arguments, before any `--`. */
function earlyOptions(args: string[]): { lang?: string; color: boolean } {
  const end = args.includes('--') ? args.indexOf('--') : args.length;
  const words = args.slice(0, end);
  const at = words.lastIndexOf('--lang');
  const joined = words.findLast((word) => word.startsWith('--lang='));
  const lang = joined?.slice('--lang='.length) ?? (at >= 0 ? words[at + 1] : undefined);
  return { ...(lang === undefined ? {} : { lang }), color: !words.includes('--no-color') };
}

function report(err: unknown, langFlag: string | undefined, io: ProcessIo): number {
  // commander has printed its own message already (it is loaded only for what plain runs are not:
  // its errors are told by their code).
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('commander.')) {
    return code === 'commander.helpDisplayed' ||
      code === 'commander.version' ||
      (err as { exitCode?: number }).exitCode === 0
      ? 0
      : 2;
  }
  const error = asStoreError(err instanceof Error ? err : new Error(String(err)), io);
  // Messages echo the user's arguments and file names: no control sequence reaches the terminal,
  // and a newline inside one is shown as \n rather than starting a line of its own.
  const line = (text: string) => io.stderr.write(`${escapeControls(text)}\n`);
  const say = (text: string) => line(`dockstudy: ${text}`);
  const lang = detectLang(langFlag, io.environ);
  const t = messages(lang);
  // The heavy commands are bundled apart (see lazy.ts), each with its own copy of the error
  // classes: errors are told apart by `name`, not instanceof.
  switch (error.name) {
    case 'Interrupted':
      return 130;
    case 'UnknownNameError': {
      const unknown = error as UnknownNameError;
      say(unknown.what === 'card' ? t.unknown.card(unknown.input) : t.unknown.deck(unknown.input));
      if (unknown.suggestions.length > 0) line(t.unknown.didYouMean(unknown.suggestions));
      if (unknown.available.length > 0) line(t.unknown.decksAvailable(unknown.available));
      return 1;
    }
    case 'StoreError': {
      const store = error as StoreError;
      const text = storeErrorText(lang, store);
      say(store.badSetting ? `${text}; ${t.config.fix(store.badSetting)}` : text);
      return 1;
    }
    case 'UserError':
    case 'UsageError': {
      const said = (error as UserError).said;
      say(said ? said(t) : error.message);
      return (error as { exitCode?: number }).exitCode ?? 1;
    }
    default:
      say(t.unexpected(error.message.split('\n')[0] ?? ''));
      if (io.environ.DOCKSTUDY_DEBUG) line(`${error.stack}`);
      return 1;
  }
}

/**
 * A SQLite failure that escaped the store's own guards (SQLITE_CORRUPT, SQLITE_NOTADB, BUSY…), or a
 * native addon that would not load, as the store's one-line error naming the store file.
 */
function asStoreError(error: Error, io: ProcessIo): Error {
  const code = (error as { code?: unknown }).code;
  if (error.name === 'StoreError') return error;
  if ((typeof code === 'string' && code.startsWith('SQLITE_')) || isNativeAddonFailure(error)) {
    const mapped = toStoreError(error, defaultStorePath(io.environ));
    return mapped instanceof Error ? mapped : error;
  }
  return error;
}

import type { CardRef, Registry } from '../decks/registry.js';
import { stripControl } from '../text/safety.js';
import { type Environment, readEnvironment } from './environment.js';
import { loadCardIndex, loadRegistry } from './load-decks.js';

/** The global options every command shares. */
export interface GlobalOptions {
  notes: string[];
  builtin: boolean;
  lang?: string;
}

export interface Context {
  env: Environment;
  options: GlobalOptions;
  registry(): Promise<Registry>;
  /** The decks with card ids only, for commands that count (faster with big notes). */
  cardIndex(): Promise<Registry<CardRef>>;
  /** Milliseconds on the session's clock: DOCKSTUDY_NOW (or the real start) plus the time elapsed. */
  clock(): number;
  out(text: string): void;
  warn(text: string): void;
}

export function createContext(options: GlobalOptions): Context {
  const env = readEnvironment(options);
  let registry: Promise<Registry> | undefined;
  let index: Promise<Registry<CardRef>> | undefined;
  const started = performance.now();
  const load = { lang: env.lang, builtin: options.builtin, notes: options.notes };
  // The notes' problems are reported once, whichever way the decks were loaded.
  const reported = <R extends { diagnostics: { file: string; line: number; message: string }[] }>(r: R) => {
    for (const d of r.diagnostics) context.warn(`${d.file}:${d.line}: ${d.message}`);
    return r;
  };
  const context: Context = {
    env,
    options,
    registry: () => {
      registry ??= loadRegistry(load).then(reported);
      return registry;
    },
    cardIndex: () => {
      index ??= loadCardIndex(load).then(reported);
      return index;
    },
    clock: () => env.now.getTime() + Math.round(performance.now() - started),
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    warn: (text) => process.stderr.write(`${stripControl(text)}\n`),
  };
  return context;
}

import type { Registry } from '../decks/registry.js';
import { stripControl } from '../ui/sanitize.js';
import { type Environment, readEnvironment } from './environment.js';
import { loadRegistry } from './load-decks.js';

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
  /** Milliseconds on the session's clock: DOCKSTUDY_NOW (or the real start) plus the time elapsed. */
  clock(): number;
  out(text: string): void;
  warn(text: string): void;
}

export function createContext(options: GlobalOptions): Context {
  const env = readEnvironment(options);
  let registry: Promise<Registry> | undefined;
  const started = performance.now();
  const context: Context = {
    env,
    options,
    registry: () => {
      registry ??= loadRegistry({ lang: env.lang, builtin: options.builtin, notes: options.notes }).then((r) => {
        for (const d of r.diagnostics) context.warn(`${d.file}:${d.line}: ${d.message}`);
        return r;
      });
      return registry;
    },
    clock: () => env.now.getTime() + Math.round(performance.now() - started),
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    warn: (text) => process.stderr.write(`${stripControl(text)}\n`),
  };
  return context;
}

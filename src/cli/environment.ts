import type { Lang } from '../ui/messages.js';
import { UsageError } from './errors.js';

export type { Lang };

export interface Environment {
  now: Date;
  lang: Lang;
  color: boolean;
  width: number;
  /** stdin and stdout are both terminals: prompts may be shown. */
  interactive: boolean;
}

/** Environment variables, as the context carries them. */
type Environ = Readonly<Record<string, string | undefined>>;

/** The UI language: --lang (commander allows only ko and en), else LC_ALL, LC_MESSAGES, LANG (ko* → Korean). */
export function detectLang(flag: string | undefined, env: Environ): Lang {
  if (flag === 'ko' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** DOCKSTUDY_NOW replaces the clock everywhere, so tests and demos can travel in time. */
export function readNow(env: Environ, clock: () => Date = () => new Date()): Date {
  const value = env.DOCKSTUDY_NOW;
  if (value === undefined || value === '') return clock();
  // Date() also reads 'March 7' or '1' (as years in 2001): only ISO 8601 is a time here.
  const iso = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
  const now = new Date(value);
  if (!iso.test(value) || Number.isNaN(now.getTime())) {
    throw new UsageError(`DOCKSTUDY_NOW is not an ISO 8601 time: '${value}' (example: 2026-03-01T09:00:00Z)`);
  }
  return now;
}

export function useColor(env: Environ, isTTY: boolean): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}

export interface Terminal {
  environ: Environ;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  columns: number | undefined;
}

export function readEnvironment(options: { lang?: string }, terminal: Terminal): Environment {
  const env = terminal.environ;
  return {
    now: readNow(env),
    lang: detectLang(options.lang, env),
    color: useColor(env, terminal.stdoutIsTTY),
    width: Math.max(40, Math.min(terminal.columns || 80, 100)),
    interactive: terminal.stdoutIsTTY && terminal.stdinIsTTY,
  };
}

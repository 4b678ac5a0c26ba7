import { type Lang, messages } from '../ui/messages.js';
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

/** `--lang` as typed: any case (`KO`); undefined for anything but ko and en. */
export function langNamed(value: string | undefined): Lang | undefined {
  const lower = value?.toLowerCase();
  return lower === 'ko' || lower === 'en' ? lower : undefined;
}

/**
 * The UI language: --lang, else the locale as GNU gettext reads it. The locale is the first of
 * LC_ALL, LC_MESSAGES, LANG that is set; when it is anything but C/POSIX, LANGUAGE (a priority list
 * such as `fr:ko:en`) comes first, and its first language we have decides. ko* → Korean, else English.
 */
export function detectLang(flag: string | undefined, env: Environ): Lang {
  const named = langNamed(flag);
  if (named) return named;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const base = locale.split(/[._@]/)[0] ?? '';
  if (env.LANGUAGE && base !== '' && base !== 'C' && base !== 'POSIX') {
    const first = env.LANGUAGE.split(':')
      .map((entry) => entry.slice(0, 2).toLowerCase())
      .find((entry) => entry === 'ko' || entry === 'en');
    if (first) return first as Lang;
  }
  return locale.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** DOCKSTUDY_NOW replaces the clock everywhere, so tests and demos can travel in time. */
export function readNow(env: Environ, lang: Lang = 'en', clock: () => Date = () => new Date()): Date {
  const value = env.DOCKSTUDY_NOW;
  if (value === undefined || value === '') return clock();
  // Date() also reads 'March 7' or '1' (as years in 2001): only ISO 8601 is a time here.
  const iso = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
  const now = new Date(value);
  if (!iso.test(value) || Number.isNaN(now.getTime())) {
    throw new UsageError(messages(lang).badNow(value));
  }
  return now;
}

/** Colour on a terminal: `--no-color` (flag false) or NO_COLOR turn it off, FORCE_COLOR (not 0) on. */
export function useColor(env: Environ, isTTY: boolean, flag = true): boolean {
  if (!flag) return false;
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

export function readEnvironment(
  options: { lang?: string; color?: boolean },
  terminal: Terminal,
): Environment {
  const env = terminal.environ;
  const lang = detectLang(options.lang, env);
  return {
    now: readNow(env, lang),
    lang,
    color: useColor(env, terminal.stdoutIsTTY, options.color ?? true),
    width: Math.max(40, Math.min(terminal.columns || 80, 100)),
    interactive: terminal.stdoutIsTTY && terminal.stdinIsTTY,
  };
}

import { quoteInput } from '../text/safety.js';
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

/**
 * The years DOCKSTUDY_NOW may name. Docker appeared in 2013, so no study of it is older than 2000;
 * and FSRS may schedule a card up to 100 years ahead, which from 2200 still stays far inside what
 * Date and the store's millisecond integers represent (and what the charts can label).
 */
export const NOW_YEARS = { min: 2000, max: 2200 } as const;

const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/;

/** DOCKSTUDY_NOW replaces the clock everywhere, so tests and demos can travel in time. */
export function readNow(env: Environ, lang: Lang = 'en', clock: () => Date = () => new Date()): Date {
  const value = env.DOCKSTUDY_NOW;
  if (value === undefined || value === '') return clock();
  // Date() also reads 'March 7' or '1' (as years in 2001), and rolls 2026-02-30 over to March 2:
  // only an ISO 8601 time whose every field is in range is a time here.
  // English says which rule failed; Korean says the one thing to fix (a time as the example shows).
  const bad = (why: string) =>
    new UsageError(
      lang === 'ko'
        ? messages(lang).badNow(value)
        : `DOCKSTUDY_NOW ${why}: ${quoteInput(value)} (example: 2026-03-01T09:00:00Z)`,
    );
  const parts = ISO_TIME.exec(value);
  if (!parts) throw bad('is not an ISO 8601 time');
  const [year, month, day, hour = 0, minute = 0, second = 0] = parts.slice(1, 7).map((p) => Number(p ?? 0));
  const [zoneHours, zoneMinutes] = [Number(parts[8] ?? 0), Number(parts[9] ?? 0)];
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth)
    throw bad('names a day that does not exist');
  if (hour! > 23 || minute! > 59 || second! > 59 || zoneHours > 14 || zoneMinutes > 59)
    throw bad('names a time that does not exist');
  if (year! < NOW_YEARS.min || year! > NOW_YEARS.max)
    throw bad(`must be a time from ${NOW_YEARS.min} to ${NOW_YEARS.max}`);
  const now = new Date(value);
  if (Number.isNaN(now.getTime())) throw bad('is not an ISO 8601 time');
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

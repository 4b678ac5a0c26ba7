// Every sentence the UI shows, in both languages: one catalogue a language (messages/en.ts,
// messages/ko.ts), a section for each screen. A run loads only its UI's language: in the bundle each
// catalogue is a file of its own (dist/messages/LANG.js, see built-catalogue.ts), read once however
// many of the bundle's modules ask for it.
import type { ExchangeProblem } from '../exchange/errors.js';
import type { Lang } from '../notes/types.js';
import type { StoreProblem } from '../store/index.js';
import { catalogue } from './messages/catalogue.js';
import type { GraderWords, Messages } from './messages/en.js';

export { OVERRIDE_COMMAND } from './messages/override.js';
// One language type for content and UI: the notes stage owns it.
export type { GraderWords, Lang, Messages };

export function messages(lang: Lang): Messages {
  return lang === 'ko' ? catalogue('ko').ko : catalogue('en').en;
}

/** A note diagnostic's message in the UI's language. */
export function noteWarning(lang: Lang, message: string): string {
  if (lang !== 'ko') return message;
  for (const [pattern, say] of catalogue('ko').NOTE_WARNINGS_KO) {
    const match = message.match(pattern);
    if (match) return say(match);
  }
  return message;
}

// The store, the exchange and the notes stage keep no UI language: their errors carry what went wrong
// as data beside an English message. English is that message; Korean is said by ko.ts's forms.

/** A StoreError's line in the UI's language (after `dockstudy: `). */
export function storeErrorText(lang: Lang, error: { file: string; problem: StoreProblem; message: string }) {
  if (lang !== 'ko') return error.message;
  const { koForm, STORE_PROBLEMS_KO } = catalogue('ko');
  const said = koForm(STORE_PROBLEMS_KO, error.problem);
  return error.file ? `${error.file}: ${said}` : said;
}

/** An ExchangeError's line in the UI's language. */
export function exchangeErrorText(
  lang: Lang,
  error: { file: string; problem: ExchangeProblem; message: string },
): string {
  if (lang !== 'ko') return error.message;
  const { koForm, EXCHANGE_PROBLEMS_KO } = catalogue('ko');
  return `${error.file}: ${koForm(EXCHANGE_PROBLEMS_KO, error.problem)}`;
}

/** A skipped span's reason in the UI's language. */
export function skipReason(lang: Lang, reason: string): string {
  return lang === 'ko' ? (catalogue('ko').SKIP_REASONS_KO[reason] ?? reason) : reason;
}

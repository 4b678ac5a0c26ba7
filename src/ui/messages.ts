// Every sentence the UI shows, in both languages: one catalogue a language (messages/en.ts,
// messages/ko.ts), a section for each screen. A run loads only its UI's language: in the bundle each
// catalogue is a file of its own (dist/messages/LANG.js, see built-catalogue.ts), read once however
// many of the bundle's modules ask for it.
import type { Lang } from '../notes/types.js';
import { catalogue } from './messages/catalogue.js';
import type { Messages } from './messages/en.js';

export { OVERRIDE_COMMAND } from './messages/override.js';
// One language type for content and UI: the notes stage owns it.
export type { Lang, Messages };

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

// The front matter fields a note may set (deck, title, lang, tags, id), checked: a wrong one is
// reported and left out, never trusted.

import { CARD_ID } from './anchors.js';
import { stripControl } from './control.js';
import { slugify } from './slug.js';
import type { Card, Lang } from './types.js';

const MAX_TAGS = 50;

export type Say = (message: string) => void;

export function stringField(data: Record<string, unknown>, key: string, say: Say): string | undefined {
  const value = data[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  say(`front matter '${key}' must be text`);
  return undefined;
}

/** `all` names every deck on the command line, so no deck may be called that. */
export function deckIdOf(value: unknown, fallback: string, say: Say): string {
  const named = typeof value === 'string' || typeof value === 'number' ? slugify(String(value)) : undefined;
  if (value !== undefined && !named) say("front matter 'deck' must be a name with letters or digits");
  const id = named || fallback;
  if (id !== 'all') return id;
  say("a deck cannot be called 'all' (it means every deck); this one is 'all-deck'");
  return 'all-deck';
}

export function tagsOf(value: unknown, say: Say): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((t) => typeof t === 'string')) say("front matter 'tags' must be a list of words");
  // Every card carries the tags: a few words, not thousands.
  if (list.length > MAX_TAGS)
    say(`front matter 'tags' has ${list.length} tags; the first ${MAX_TAGS} are kept`);
  return list
    .slice(0, MAX_TAGS)
    .filter((t): t is string => typeof t === 'string')
    .map(stripControl);
}

/** Front matter `lang:` (ko or en), else what the note's text says. */
export function langOf(value: unknown, detected: Lang, say: Say): Lang {
  if (value === undefined || value === null) return detected;
  const lang = String(value).toLowerCase();
  if (lang === 'ko' || lang === 'en') return lang;
  say(`front matter 'lang' must be 'ko' or 'en' (got '${stripControl(String(value))}')`);
  return detected;
}

/** Front matter `id:` names the note's card when the note makes exactly one. */
export function applyNoteId(value: unknown, cards: Card[], say: Say): void {
  if (value === undefined) return;
  const id = String(value).toLowerCase();
  if (!CARD_ID.test(id))
    say(
      `front matter 'id' must be lowercase letters, digits and - . / (got '${stripControl(String(value))}')`,
    );
  else if (cards.length !== 1)
    say(`front matter 'id' names a note's only card, but this note has ${cards.length}`);
  else cards[0]!.id = id;
}

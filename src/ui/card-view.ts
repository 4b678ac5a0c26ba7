import type { Token } from 'marked';
import type { Card, Lang } from '../notes/types.js';
import type { CardFacts } from '../study/card-facts.js';
import { stripControl } from '../text/safety.js';
import { DAY, formatInterval } from './interval.js';
import { messages } from './messages.js';
import { type Highlighter, renderTokens } from './render-tokens.js';
import { chalkFor } from './text.js';

export interface ViewOptions {
  width: number;
  color: boolean;
  /** The deck's title, shown above the card for context. */
  deckTitle?: string;
  highlight?: Highlighter;
  /** The card's kind is named in this language (English when absent). */
  lang?: Lang;
}

export interface CardTokens {
  front: Token[];
  back: Token[];
}

/** `deck · kind · id` in dim type above a card. */
export function renderCardHeader(card: Pick<Card, 'id' | 'deck' | 'kind'>, options: ViewOptions): string {
  const chalk = chalkFor(options.color);
  const kind = messages(options.lang ?? 'en').review.kinds[card.kind] ?? card.kind;
  const parts = [options.deckTitle ?? card.deck, kind, card.id].map(stripControl);
  return chalk.dim(parts.join(' · '));
}

/** The front and back as marked tokens: pre-lexed by the build for built-in cards. */
export function renderCardFront(tokens: CardTokens, options: ViewOptions): string {
  const chalk = chalkFor(options.color);
  return chalk.bold(renderTokens(tokens.front, options).trimEnd());
}

export function renderCardBack(tokens: CardTokens, options: ViewOptions): string {
  return renderTokens(tokens.back, options).trimEnd();
}

export function renderSeparator(options: ViewOptions): string {
  const chalk = chalkFor(options.color);
  return chalk.dim('─'.repeat(Math.min(options.width, 60)));
}

/**
 * `review · due 2026-03-10 09:00 UTC · interval 8d · 1 lapse · 3 reviews · flagged`, under a card
 * (a card in its learning steps has no interval of days: its due time says when).
 */
export function renderCardFacts(facts: CardFacts, options: { color: boolean; lang: Lang }): string {
  const chalk = chalkFor(options.color);
  const t = messages(options.lang);
  const when = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
  const marks = t.review.marks;
  const parts = [
    t.card.states[facts.state] ?? facts.state,
    facts.due ? t.card.due(when(facts.due)) : '',
    facts.intervalDays > 0 ? t.card.interval(formatInterval(facts.intervalDays * DAY, options.lang)) : '',
    t.card.lapses(facts.lapses),
    t.card.reviews(facts.reviews),
    facts.suspended ? marks.suspended : '',
    facts.buriedUntil ? t.card.buriedUntil(when(facts.buriedUntil)) : '',
    facts.flagged ? `⚑ ${marks.flagged}` : '',
    facts.leech ? marks.leech : '',
  ];
  return chalk.dim(parts.filter(Boolean).join(' · '));
}

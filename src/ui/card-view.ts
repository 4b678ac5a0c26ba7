import type { Token } from 'marked';
import type { Card } from '../notes/types.js';
import { stripControl } from '../text/safety.js';
import { type Highlighter, renderTokens } from './render-tokens.js';
import { chalkFor } from './text.js';

export interface ViewOptions {
  width: number;
  color: boolean;
  /** The deck's title, shown above the card for context. */
  deckTitle?: string;
  highlight?: Highlighter;
}

export interface CardTokens {
  front: Token[];
  back: Token[];
}

/** `deck · kind · id` in dim type above a card. */
export function renderCardHeader(card: Card, options: ViewOptions): string {
  const chalk = chalkFor(options.color);
  const parts = [options.deckTitle ?? card.deck, card.kind, card.id].map(stripControl);
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

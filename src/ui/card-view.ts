import { Chalk } from 'chalk';
import type { Card } from '../notes/types.js';
import { renderMarkdown } from './markdown.js';
import { stripControl } from './sanitize.js';

export interface ViewOptions {
  width: number;
  color: boolean;
  /** The deck's title, shown above the card for context. */
  deckTitle?: string;
}

/** `deck · kind · id` in dim type above a card. */
export function renderCardHeader(card: Card, options: ViewOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const parts = [options.deckTitle ?? card.deck, card.kind, card.id].map(stripControl);
  return chalk.dim(parts.join(' · '));
}

export function renderCardFront(card: Card, options: ViewOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  return chalk.bold(renderMarkdown(card.front, { width: options.width, color: options.color }).trimEnd());
}

export function renderCardBack(card: Card, options: ViewOptions): string {
  return renderMarkdown(card.back || card.front, { width: options.width, color: options.color }).trimEnd();
}

export function renderSeparator(options: ViewOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  return chalk.dim('─'.repeat(Math.min(options.width, 60)));
}

// Markdown → terminal text: marked lexes, render-tokens.ts lays the tokens out.

import { Marked, type Token } from 'marked';
import { stripControl } from '../text/safety.js';
import type { CardTokens } from './card-view.js';
import { type MarkdownOptions, renderTokens } from './render-tokens.js';

export { type Highlighter, type MarkdownOptions, renderTokens } from './render-tokens.js';

// A private instance: marked.use() elsewhere in the program must not change how cards render.
const parser = new Marked({ gfm: true });

/** marked's tokens for some markdown, as renderTokens expects them (the build caches these). */
export function lexMarkdown(md: string): Token[] {
  // NFC: notes saved on macOS may spell Hangul as loose jamo, which measure and wrap badly.
  return parser.lexer(stripControl(md).normalize('NFC'));
}

/** A card's front and back as tokens, ready for renderCardFront/renderCardBack. */
export function lexCard(card: { front: string; back: string }): CardTokens {
  // A card without a back (a bare term) shows its front again rather than nothing.
  return { front: lexMarkdown(card.front), back: lexMarkdown(card.back || card.front) };
}

export function renderMarkdown(md: string, opts: MarkdownOptions): string {
  return renderTokens(lexMarkdown(md), opts);
}

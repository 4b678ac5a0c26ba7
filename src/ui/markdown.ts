// Markdown → terminal text: marked lexes, render-tokens.ts lays the tokens out.

import { Lexer, Marked, type Token } from 'marked';
import { stripControl } from '../text/safety.js';
import type { CardTokens } from './card-view.js';
import { type MarkdownOptions, renderTokens } from './render-tokens.js';

export { type Highlighter, type MarkdownOptions, renderTokens } from './render-tokens.js';

// A private instance: marked.use() elsewhere in the program must not change how cards render.
const parser = new Marked({ gfm: true });

// Lines that make a single paragraph whatever follows: none is blank, none starts with a space, a tab
// or a character that could open a block (heading, quote, list, rule, setext underline, table, HTML,
// link definition, fence), none holds a CR. The first run of marked's block lexer compiles its large
// regular expressions (tens of ms): a quiz prompt or option is usually such a paragraph, and the inline
// lexer alone then gives the very tokens marked would.
// Each line ends at a newline or at the end, so there is one way to match (no backtracking).
const PLAIN_PARAGRAPH = /^(?:(?![\s#>*+\-=_|:<[0-9\\]|```|~~~)[^\r\n]+(?:\n|$))+$/;
const PLAIN_END = /\S$/;

/** Whether `text` (controls stripped, NFC) is one such paragraph: lexMarkdown then skips the block lexer. */
export const isPlainParagraph = (text: string) => PLAIN_PARAGRAPH.test(text) && PLAIN_END.test(text);

/** marked's tokens for some markdown, as renderTokens expects them (the build caches these). */
export function lexMarkdown(md: string): Token[] {
  // NFC: notes saved on macOS may spell Hangul as loose jamo, which measure and wrap badly.
  const text = stripControl(md).normalize('NFC');
  if (isPlainParagraph(text)) {
    const tokens: Token[] = new Lexer(parser.defaults).inlineTokens(text);
    // As marked's lexer returns them: a list with the (here empty) reference links beside.
    return Object.assign([{ type: 'paragraph', raw: text, text, tokens }], { links: Object.create(null) });
  }
  return parser.lexer(text);
}

/** A card's front and back as tokens, ready for renderCardFront/renderCardBack. */
export function lexCard(card: { front: string; back: string }): CardTokens {
  // A card without a back (a bare term) shows its front again rather than nothing.
  return { front: lexMarkdown(card.front), back: lexMarkdown(card.back || card.front) };
}

export function renderMarkdown(md: string, opts: MarkdownOptions): string {
  return renderTokens(lexMarkdown(md), opts);
}

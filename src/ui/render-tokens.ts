// Markdown tokens → terminal text (lexing is in markdown.ts). Blocks are laid out to a display width; code keeps its
// lines. Every piece of note text passes stripControl on its way out (see sanitize.ts).

import type { ChalkInstance } from 'chalk';
import type { Token, Tokens } from 'marked';
import { decodeEntities, stripControl } from '../text/safety.js';
import { renderTable } from './table.js';
import { chalkFor, displayWidth, expandTabs, wrapText } from './text.js';

export interface MarkdownOptions {
  /** Columns to wrap prose to. */
  width: number;
  /** false: no escape sequences at all in the output. */
  color: boolean;
  /** Code language for fences without one (e.g. `bash`); without it such fences are guessed. */
  lang?: string;
  /** Colours code blocks (ui/highlight.ts, loaded by the caller); without it code is shown plain. */
  highlight?: Highlighter;
  /**
   * Break code lines wider than `width` at a space, under the same gutter (the review screen, where
   * the terminal would otherwise wrap them to column 0). Off: code keeps its lines, for copying.
   */
  fitCode?: boolean;
}

export type Highlighter = (code: string, lang: string | undefined, color: boolean) => string;

/** Blocks narrower than this would be a column of single characters: they overflow instead. */
const MIN_WIDTH = 10;
const BULLETS = ['•', '◦', '▪'] as const;

interface Context {
  c: ChalkInstance;
  color: boolean;
  lang: string | undefined;
  highlight: Highlighter | undefined;
  fitCode: boolean;
}

/** Renders tokens from lexMarkdown; lexing is the costly part, so built-in cards come pre-lexed. */
export function renderTokens(tokens: readonly Token[], opts: MarkdownOptions): string {
  const ctx: Context = {
    c: chalkFor(opts.color),
    color: opts.color,
    lang: opts.lang,
    highlight: opts.highlight,
    fitCode: Boolean(opts.fitCode),
  };
  // A width from a missing terminal size (undefined columns) must not reach repeat() or the wrapper.
  const width = Number.isFinite(opts.width) ? opts.width : 80;
  return blocks(tokens, width, ctx).join('\n\n');
}

/** Each block as its lines joined by '\n'; the caller decides the spacing between blocks. */
function blocks(tokens: readonly Token[], width: number, ctx: Context): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const text = block(token as Tokens.Generic, Math.max(MIN_WIDTH, width), ctx);
    if (text !== '') out.push(text);
  }
  return out;
}

function block(token: Tokens.Generic, width: number, ctx: Context): string {
  const { c } = ctx;
  switch (token.type) {
    case 'heading':
      return wrapText(c.bold(inline(token.tokens ?? [], ctx)), width);
    case 'paragraph':
    case 'text': // a tight list item's text: inline tokens, or plain text when there are none
      return wrapText(token.tokens ? inline(token.tokens, ctx) : prose(token.text), width);
    case 'code':
      return code(token as Tokens.Code, width, ctx);
    case 'list':
      return list(token as Tokens.List, width, ctx);
    case 'blockquote':
      return prefix(
        blocks(token.tokens ?? [], width - 2, ctx).join('\n\n'),
        `${c.dim('│')} `,
        `${c.dim('│')} `,
      );
    case 'table':
      return table(token as Tokens.Table, width, ctx);
    case 'hr':
      return c.dim('─'.repeat(width));
    case 'html':
      // Tags and comments leave blank lines behind.
      return wrapText(
        html(token.text)
          .replace(/\n\s*\n/g, '\n')
          .trim(),
        width,
      );
    default: // space, def (link definitions), checkbox (drawn by the list)
      return '';
  }
}

function code(token: Tokens.Code, width: number, ctx: Context): string {
  const lang = token.lang?.trim().split(/\s/)[0] || ctx.lang;
  const text = expandTabs(
    stripControl(token.text)
      .replace(/[ \t]+$/gm, '')
      .replace(/\n+$/, ''),
  );
  // highlight.js sees the whole block (strings and heredocs span lines); chalk closes styles per line.
  const lines = (ctx.color && ctx.highlight ? ctx.highlight(text, lang, true) : text).split('\n');
  const gutter = ctx.color ? `  ${ctx.c.dim('│')} ` : '  ';
  const gutterWidth = ctx.color ? 4 : 2;
  // A line wider than the screen breaks at a space, its rest indented two more under the same gutter,
  // so that the terminal never wraps it back to column 0.
  const room = Math.max(MIN_WIDTH, width - gutterWidth - 2);
  const fitted = lines.flatMap((line) =>
    !ctx.fitCode || displayWidth(line) <= width - gutterWidth
      ? [line]
      : wrapText(line, room)
          .split('\n')
          .map((part, i) => (i === 0 ? part : `  ${part}`)),
  );
  return fitted.map((line) => (line ? gutter + line : gutter.trimEnd())).join('\n');
}

function list(token: Tokens.List, width: number, ctx: Context, depth = 0): string {
  const first = typeof token.start === 'number' ? token.start : 1;
  const bullet = BULLETS[Math.min(depth, BULLETS.length - 1)] ?? '•';
  const markers = token.items.map((_, i) => (token.ordered ? `${first + i}.` : bullet));
  // Ordered markers are right-aligned ( 9. / 10.) so that item text starts in one column.
  const markerWidth = Math.max(...markers.map((marker) => marker.length));
  const indent = markerWidth + 1;
  const items = token.items.map((item, i) => {
    const parts = item.tokens.map((child) =>
      child.type === 'list'
        ? list(child as Tokens.List, width - indent, ctx, depth + 1)
        : block(child as Tokens.Generic, Math.max(MIN_WIDTH, width - indent), ctx),
    );
    const body = parts.filter((part) => part !== '').join(item.loose ? '\n\n' : '\n');
    const box = item.task ? `[${item.checked ? 'x' : ' '}] ` : '';
    return prefix(box + body, `${ctx.c.dim(markers[i]!.padStart(markerWidth))} `, ' '.repeat(indent));
  });
  return items.join(token.loose ? '\n\n' : '\n');
}

function table(token: Tokens.Table, width: number, ctx: Context): string {
  const cells = (row: Tokens.TableCell[]) => row.map((cell) => inline(cell.tokens, ctx));
  return renderTable(cells(token.header), token.rows.map(cells), {
    color: ctx.color,
    align: token.align,
    width,
  });
}

/** `first` before the first line, `rest` before the others; blank lines get the prefix without its padding. */
function prefix(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, i) => {
      const lead = i === 0 ? first : rest;
      return line === '' ? lead.trimEnd() : lead + line;
    })
    .join('\n');
}

function inline(tokens: readonly Token[], ctx: Context): string {
  const { c } = ctx;
  let out = '';
  for (const t of tokens as readonly Tokens.Generic[]) {
    switch (t.type) {
      case 'strong':
        out += c.bold(inline(t.tokens ?? [], ctx));
        break;
      case 'em':
        out += c.italic(inline(t.tokens ?? [], ctx));
        break;
      case 'del':
        out += c.strikethrough(inline(t.tokens ?? [], ctx));
        break;
      case 'codespan':
        // Code is literal: no entity decoding.
        out += c.yellow(stripControl(t.text));
        break;
      case 'link':
      case 'image':
        out += link(t as Tokens.Link | Tokens.Image, ctx);
        break;
      case 'br':
        out += '\n';
        break;
      case 'html':
        out += html(t.text);
        break;
      case 'checkbox': // drawn by the list
        break;
      case 'text':
        out += t.tokens ? inline(t.tokens, ctx) : prose(t.text);
        break;
      default: // escape, and anything an extension might add
        out += leaf(t.text ?? '');
    }
  }
  return out;
}

/** Link text, then the address dimmed; a bare address once. */
function link(token: Tokens.Link | Tokens.Image, ctx: Context): string {
  const text = inline(token.tokens ?? [], ctx);
  const href = leaf(token.href);
  if (href === '' || href === text || href === `mailto:${text}`) return text;
  return `${text} ${ctx.c.dim(`(${href})`)}`;
}

/** Raw HTML: comments dropped, tags removed, their text kept (`<summary>` questions, `<kbd>` keys). */
function html(raw: string): string {
  return leaf(
    raw
      .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/?[A-Za-z][^>]*>/g, ''),
  );
}

/** Text as markdown means it: a line break in the source is a space, runs of spaces are one. */
function prose(text: string): string {
  return leaf(text)
    .replace(/[ \t]*\n[ \t]*/g, ' ')
    .replace(/ {2,}/g, ' ');
}

/** Note text on its way out: marked decodes numeric references (`&#27;`), so strip again. */
function leaf(text: string): string {
  return stripControl(decodeEntities(text));
}

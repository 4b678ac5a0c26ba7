import { Marked, type Token, type TokenizerExtension, type Tokens } from 'marked';
import { stripControl } from './control.js';
import { entityLibraries } from './on-demand.js';

/** `&rsquo;`, `&eacute;`, `&#x41;` → the characters; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.includes('&') ? entityLibraries().decodeHTMLStrict(text) : text;
}

// A line of Obsidian tags (`#flashcards/docker #til`) is tags, not a heading.
const TAG_LINE = /^ {0,3}#[^\s#][^\s]*(?:[ \t]+#[^\s#][^\s]*)*[ \t]*(?:\n|$)/;

// Real notes write `#####다운 (pull)` without the space CommonMark requires; read it as a heading.
// Code fences are tokenized before this runs, so `#` lines inside code stay code.
const laxHeading: TokenizerExtension = {
  name: 'laxHeading',
  level: 'block',
  tokenizer(src) {
    if (TAG_LINE.test(src)) return undefined;
    const match = /^ {0,3}(#{1,6})([^#\s][^\n]*)(?:\n|$)/.exec(src);
    if (!match) return undefined;
    const text = match[2]!.replace(/\s+#+\s*$/, '').trim();
    return {
      type: 'heading',
      raw: match[0],
      depth: match[1]!.length,
      text,
      tokens: this.lexer.inlineTokens(text),
    } as Tokens.Heading;
  },
};

const lexerInstance = new Marked({ gfm: true, extensions: [laxHeading] } as never);

export function lex(markdown: string): Token[] {
  return lexerInstance.lexer(markdown);
}

/** A token with the 1-based line it starts on. */
export interface Located<T = Token> {
  token: T;
  line: number;
}

/** The line breaks in `text`, or in its part from `from` to `to` (no slice to make). */
export const countLines = (text: string, from = 0, to = text.length) => {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/**
 * Gives each child its line. Children's raws appear in order inside the parent's raw (marked keeps
 * top-level raws contiguous; list items may lose trailing blanks), so a moving search is exact.
 */
export function locate<T extends { raw: string }>(children: T[], parentRaw: string, parentLine: number) {
  const located: Located<T>[] = [];
  let cursor = 0;
  let line = parentLine;
  for (const child of children) {
    const at = parentRaw.indexOf(child.raw, cursor);
    if (at !== -1) {
      line += countLines(parentRaw, cursor, at);
      cursor = at;
    }
    located.push({ token: child, line });
    if (at !== -1) {
      line += countLines(child.raw);
      cursor = at + child.raw.length;
    }
  }
  return located;
}

/** Plain text of inline tokens, without markup; marked decodes `&#27;`, so it is cleaned again here. */
export function plainText(tokens: Token[] | undefined): string {
  return stripControl(inlineText(tokens));
}

/**
 * Markdown as a card shows it: HTML entities decoded, `<br>` as a line break, wiki links as their
 * text. Inline code is left as written.
 */
export function tidyMarkdown(markdown: string): string {
  if (!/[&<[]/.test(markdown)) return markdown;
  return markdown
    .split(/(`+[^`]*?`+)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : decodeEntities(part)
            .replace(/<br\s*\/?>/gi, '  \n')
            .replace(WIKI_LINK, wikiText),
    )
    .join('');
}

/** `[[Page]]`, `[[Page|shown]]`, `[[Page#Part]]`: the text a reader sees. */
export const WIKI_LINK = /!?\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]/g;
export const wikiText = (_m: string, page: string, shown?: string) => (shown ?? page).trim();

function inlineText(tokens: Token[] | undefined): string {
  if (!tokens) return '';
  // A loop, not map and join: this runs for every card's summary and key terms.
  let text = '';
  for (const t of tokens) text += tokenText(t);
  return text;
}

function tokenText(t: Token): string {
  if ('tokens' in t && Array.isArray(t.tokens) && t.type !== 'codespan') return inlineText(t.tokens);
  if (t.type === 'codespan') return (t as Tokens.Codespan).text;
  if (t.type === 'br') return '\n';
  // Inline HTML: `<br>` breaks the line, other tags are markup and go.
  if (t.type === 'html') return /^<br\s*\/?>$/i.test(t.raw.trim()) ? '\n' : '';
  if (!('text' in t)) return '';
  const text = decodeEntities(String(t.text));
  return text.includes('[[') ? text.replace(WIKI_LINK, wikiText) : text;
}

/** Plain text of a bit of markdown (its first block): for keys and fronts made of note text. */
export function plainOf(markdown: string): string {
  // Text with nothing markdown could read into it is its own plain text.
  if (!/[`*_[\]<>&\\!~#|]|^\s*(?:\d+[.)]|[-+*>])\s|\n\s*[-=]+\s*$/.test(markdown)) {
    return stripControl(markdown).replace(/\s+/g, ' ').trim();
  }
  const first = lex(markdown).find((t) => t.type !== 'space');
  if (!first) return '';
  const inline = (first as Tokens.Paragraph).tokens;
  return (inline ? plainText(inline) : stripControl(first.raw)).replace(/\s+/g, ' ').trim();
}

/** Plain text of the first paragraph of some markdown's tokens (the first item of a bullet list if none). */
export function summaryOf(tokens: Token[]): string {
  const paragraph = tokens.find((t) => t.type === 'paragraph') as Tokens.Paragraph | undefined;
  const list = tokens.find((t) => t.type === 'list') as Tokens.List | undefined;
  const firstItem = list?.items[0]?.tokens.find((t) => t.type === 'text' || t.type === 'paragraph') as
    | Tokens.Paragraph
    | undefined;
  return plainText((paragraph ?? firstItem)?.tokens)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Bold and code terms with the sentence around them, from every paragraph of some markdown's tokens. */
export function keyTermsOf(tokens: Token[]): { term: string; sentence: string }[] {
  const found: { term: string; sentence: string }[] = [];
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'paragraph' || (token.type === 'text' && 'tokens' in token && token.tokens)) {
        const inline = (token as Tokens.Paragraph).tokens;
        if (!inline.some((t) => t.type === 'strong' || t.type === 'codespan')) continue;
        const text = plainText(inline).replace(/\s+/g, ' ').trim();
        const sentences = text.split(/(?<=[.!?。])\s+/);
        for (const t of inline) {
          if (t.type !== 'strong' && t.type !== 'codespan') continue;
          const term = (
            t.type === 'codespan' ? (t as Tokens.Codespan).text : plainText((t as Tokens.Strong).tokens)
          ).trim();
          const sentence = sentences.find((s) => s.includes(term));
          // Terms one could type: short, at most three words; sentences that fit on a screen.
          const typeable = term.length >= 2 && term.length <= 30 && term.split(/\s+/).length <= 3;
          if (typeable && sentence && sentence.length > term.length + 8 && sentence.length <= 240) {
            found.push({ term, sentence });
          }
        }
      } else if (token.type === 'list') {
        for (const item of (token as Tokens.List).items) visit(item.tokens);
      } else if (token.type === 'blockquote') {
        visit((token as Tokens.Blockquote).tokens);
      }
    }
  };
  visit(tokens);
  return found.slice(0, 8);
}

/** Inline code blanked out, length for length: arrows and marks in code are no syntax of the text. */
export const blankCode = (text: string) => text.replace(/`[^`]*`/g, (code) => 'x'.repeat(code.length));

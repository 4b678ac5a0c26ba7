// The built-in decks as the tests read them: every content/<lang>/*.md, parsed by the notes parser
// (as the CLI does), and the fenced code blocks of their raw markdown (as a reader sees them).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked, type Token } from 'marked';
import { noteGrammar } from '../../src/cli/note-grammar.js';
import { parseNote } from '../../src/notes/parse.js';
import type { Card, ParsedNote } from '../../src/notes/types.js';

export const LANGS = ['ko', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const root = join(__dirname, '..', '..', 'content');

export interface ContentFile {
  /** `content/en/image.md` */
  file: string;
  lang: Lang;
  markdown: string;
  note: ParsedNote;
}

export function loadContent(lang: Lang): ContentFile[] {
  return readdirSync(join(root, lang))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const file = `content/${lang}/${name}`;
      const markdown = readFileSync(join(root, lang, name), 'utf8');
      return { file, lang, markdown, note: parseNote(markdown, { file, grammar: noteGrammar }) };
    });
}

export const cardsOf = (files: ContentFile[]): Card[] => files.flatMap((f) => f.note.cards);

export interface Fence {
  /** `content/en/dockerfile.md:42`: the line of the opening fence. */
  where: string;
  lang: string;
  text: string;
}

/** Every fenced code block of a file, including those inside list items. */
export function fencesOf({ file, markdown }: ContentFile): Fence[] {
  const fences: Fence[] = [];
  let searchFrom = 0;
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'code') {
        const at = markdown.indexOf(token.raw.trimStart(), searchFrom);
        if (at >= 0) searchFrom = at + 1;
        const line = markdown.slice(0, Math.max(at, 0)).split('\n').length;
        fences.push({
          where: `${file}:${line}`,
          lang: (token.lang ?? '').trim().toLowerCase(),
          text: token.text,
        });
      }
      const nested = (token as { tokens?: Token[]; items?: Token[] }).tokens ?? [];
      const items = (token as { items?: Token[] }).items ?? [];
      visit([...items, ...nested]);
    }
  };
  visit(marked.lexer(markdown));
  return fences;
}

/** Inline code spans of a file's prose. */
export function codeSpansOf({ markdown }: ContentFile): string[] {
  const spans: string[] = [];
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'codespan') spans.push(token.text);
      const nested = (token as { tokens?: Token[] }).tokens ?? [];
      const items = (token as { items?: Token[] }).items ?? [];
      visit([...items, ...nested]);
    }
  };
  visit(marked.lexer(markdown));
  return spans;
}

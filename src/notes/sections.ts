import type { Token, Tokens } from 'marked';
import { type Located, locate, plainText } from './markdown.js';

export interface Section {
  /** Heading text, or '' for what comes before the first heading. */
  title: string;
  depth: number;
  line: number;
  /** Titles of the enclosing headings, outermost first. */
  parents: string[];
  /** An `<!-- id: x -->` anchor right before the heading. */
  anchor?: string;
  blocks: Located[];
}

/** What a card id given by a note may be: `<!-- id: … -->` anchors and front matter `id:`. */
export const CARD_ID = /^[a-z0-9][a-z0-9._/-]*$/;

const ANCHOR = new RegExp(`<!--\\s*id:\\s*(${CARD_ID.source.slice(1, -1)})\\s*-->`, 'i');

/** The id of an `<!-- id: x -->` comment token, if it is one. */
export function anchorOf(token: Token): string | undefined {
  if (token.type !== 'html') return undefined;
  return ANCHOR.exec((token as Tokens.HTML).raw)?.[1]?.toLowerCase();
}

/** Cuts the token stream into heading sections; empty headings do not start one. */
export function splitSections(tokens: Token[], body: string, firstLine: number): Section[] {
  const sections: Section[] = [];
  const stack: { depth: number; title: string }[] = [];
  let current: Section = { title: '', depth: 0, line: firstLine, parents: [], blocks: [] };
  let pendingAnchor: string | undefined;
  for (const located of locate(tokens, body, firstLine)) {
    const { token } = located;
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      const title = plainText(heading.tokens).trim();
      if (title === '') continue;
      sections.push(current);
      while (stack.length > 0 && stack[stack.length - 1]!.depth >= heading.depth) stack.pop();
      current = {
        title,
        depth: heading.depth,
        line: located.line,
        parents: stack.map((s) => s.title),
        anchor: pendingAnchor,
        blocks: [],
      };
      stack.push({ depth: heading.depth, title });
      pendingAnchor = undefined;
      continue;
    }
    const anchor = anchorOf(token);
    if (anchor) {
      // An anchor followed by a heading names the heading's card; otherwise the next block's.
      pendingAnchor = anchor;
      current.blocks.push(located);
      continue;
    }
    if (token.type !== 'space') pendingAnchor = undefined;
    current.blocks.push(located);
  }
  sections.push(current);
  return sections.filter((s) => s.blocks.length > 0 || s.title !== '');
}

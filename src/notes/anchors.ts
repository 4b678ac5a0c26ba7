import type { Token, Tokens } from 'marked';

/** What a card id given by a note may be: `<!-- id: … -->` anchors and front matter `id:`. */
export const CARD_ID = /^[a-z0-9][a-z0-9._/-]*$/;

const ANCHOR = new RegExp(`<!--\\s*id:\\s*(${CARD_ID.source.slice(1, -1)})\\s*-->`, 'i');

/** The id of an `<!-- id: x -->` comment token, if it is one. */
export function anchorOf(token: Token): string | undefined {
  if (token.type !== 'html') return undefined;
  return ANCHOR.exec((token as Tokens.HTML).raw)?.[1]?.toLowerCase();
}

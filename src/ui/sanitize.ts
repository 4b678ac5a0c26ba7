// What the UI prints may come from strangers' notes: stripControl (kept with the notes parser, which
// cleans every card with it) and an entity decoder that never yields a control character.

import { CONTROL } from '../notes/control.js';

export { ESCAPE_SEQUENCE, stripControl } from '../notes/control.js';

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  rarr: '→',
  larr: '←',
  middot: '·',
  times: '×',
  copy: '©',
};

/**
 * Decodes the character references that markdown text and highlight.js HTML carry. A reference to a
 * control character decodes to nothing: `&#27;` must not smuggle an ESC past stripControl.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g, (ref, dec, hex, name) => {
    if (name !== undefined) return NAMED[name] ?? ref;
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex, 16);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    const char = String.fromCodePoint(code);
    return char.replace(CONTROL, '');
  });
}

// Note text comes from strangers: nothing in it may reach the terminal as a control sequence
// (colour changes, cursor moves, window titles, OSC 52 clipboard writes, hyperlinks). The parser
// cleans every card field with this, and the UI cleans again whatever it prints.

/**
 * A whole escape sequence, 7-bit (ESC …) or 8-bit (C1 introducer), so that its parameters go too
 * rather than being left behind as visible debris like `[31m`. Global: for replace() and split(), not test().
 */
export const ESCAPE_SEQUENCE = new RegExp(
  [
    // OSC, DCS, SOS, PM, APC: introducer, payload, then BEL or ST (ESC \ or U+009C).
    '(?:\\x1b[\\]PX^_]|[\\x90\\x98\\x9d\\x9e\\x9f])[^\\x07\\x1b\\x9c]*(?:\\x07|\\x9c|\\x1b\\\\)',
    // CSI: parameter bytes, intermediate bytes, final byte.
    '(?:\\x1b\\[|\\x9b)[\\x30-\\x3f]*[\\x20-\\x2f]*[\\x40-\\x7e]',
    // Any other ESC sequence: intermediates and one final byte (ESC c, ESC ( B, ESC 7 …).
    '\\x1b[\\x20-\\x2f]*[\\x30-\\x7e]',
  ].join('|'),
  'g',
);

/** C0 except \t and \n, DEL, and C1: what is left of a broken or unterminated sequence. */
export const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/** Removes escape sequences and control characters; keeps `\n` and `\t`. */
export function stripControl(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

// Text from strangers (notes, file names, the user's own arguments) must not reach the terminal as a
// control sequence: colour changes, cursor moves, window titles, OSC 52 clipboard writes, hyperlinks.
// The notes parser cleans every card field with stripControl, and the UI cleans again what it prints.

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

/** Something the user typed, echoed in a message: no control sequences, one short line, in quotes. */
export function quoteInput(text: string, max = 40): string {
  const clean = stripControl(text).replace(/\s+/g, ' ');
  return `'${clean.length > max ? `${clean.slice(0, max - 1)}…` : clean}'`;
}

/**
 * JSON text with every control character escaped: JSON.stringify leaves DEL and the C1 controls
 * (U+007F–U+009F) raw, and a terminal acts on C1 (U+009B is CSI). U+2028/9 are escaped for
 * JavaScript readers.
 */
export function toJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

const CONTROL_NAMES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text that must stay one line, shown as it is (a file name in a diagnostic): every control
 * character, a newline above all, is written as an escape (`\n`, `\x1b`) rather than acted on.
 */
export function escapeControls(text: string): string {
  return text.replace(
    /[\x00-\x1f\x7f-\x9f]/g,
    (c) => CONTROL_NAMES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
}

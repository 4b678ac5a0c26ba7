// Terminal text by display columns: Hangul and other wide characters take two columns, ANSI styling
// takes none. Every layout decision in src/ui goes through here.
//
// Text of single code points (ASCII, Hangul, CJK: all the built-in decks) is measured here with
// get-east-asian-width. Text with emoji or other multi-code-point clusters goes to string-width
// (src/ui/grapheme-width.ts), loaded synchronously on first need: building its segmenter and emoji
// regexes costs more than the whole start-up budget, so text that does not need it never pays.

import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Chalk, type ChalkInstance } from 'chalk';
import { eastAsianWidth } from 'get-east-asian-width';
import { BUILD_DIR, BUNDLED } from '../cli/build-output.js';
import { ESCAPE_SEQUENCE } from '../text/safety.js';

interface GraphemeWidth {
  stringWidth: (text: string) => number;
  graphemes: (text: string) => string[];
}
let grapheme: GraphemeWidth | undefined;

/** string-width (the lazy bundle beside dist/cli.js, or the package when the sources run) and a segmenter. */
function graphemeWidth(): GraphemeWidth {
  if (!grapheme) {
    const require = createRequire(import.meta.url);
    const stringWidth: (text: string) => number = BUNDLED
      ? require(fileURLToPath(new URL('lazy/grapheme-width.js', BUILD_DIR))).stringWidth
      : require('string-width').default;
    const segmenter = new Intl.Segmenter();
    grapheme = { stringWidth, graphemes: (text) => Array.from(segmenter.segment(text), (s) => s.segment) };
  }
  return grapheme;
}

/** Whether string-width has been loaded (for the start-up test). */
export const graphemeWidthLoaded = () => grapheme !== undefined;

// What makes a cluster of several code points, or an emoji: ZWJ, variation selectors, keycaps,
// astral emoji (skin tones, regional indicators, tags: surrogates D83C–D83E, DB40), the older emoji blocks.
const CLUSTERED = /[\u200d\ufe0e\ufe0f\u20e3\u2600-\u27bf\u2b00-\u2bff]|[\ud83c-\ud83e\udb40]/;
const ASCII = /^[\x20-\x7e]*$/;

/** A chalk for one render, from the caller's flag rather than global TTY detection (deterministic tests). */
export function chalkFor(color: boolean): ChalkInstance {
  // Level 1 (16 colours) is all the palette uses and what every terminal supports.
  return new Chalk({ level: color ? 1 : 0 });
}

// Combining marks, variation selectors, zero-width spaces and joiners, Hangul medial/final jamo.
const ZERO_WIDTH = /^(?:[\p{Mn}\p{Me}\p{Cf}\u1160-\u11ff]|[\ufe00-\ufe0f])$/u;

/** Columns one character occupies: 0, 1 or 2. */
export function charWidth(char: string): number {
  const code = char.codePointAt(0)!;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return 0;
  if (code < 0x300) return 1;
  if (ZERO_WIDTH.test(char)) return 0;
  return eastAsianWidth(code);
}

/** Columns one piece of a line occupies: a code point, or a grapheme cluster of several. */
function pieceWidth(piece: string): number {
  if (piece.length === 1 || (piece.length === 2 && piece.codePointAt(0)! > 0xffff)) {
    if (!CLUSTERED.test(piece)) return charWidth(piece);
  }
  return graphemeWidth().stringWidth(piece);
}

function lineWidth(line: string): number {
  if (ASCII.test(line)) return line.length;
  const visible = line.replace(ESCAPE_SEQUENCE, '');
  if (CLUSTERED.test(visible)) return graphemeWidth().stringWidth(visible.replace(/\t/g, ' '));
  let width = 0;
  for (const char of visible) width += charWidth(char);
  return width;
}

/** Columns the widest line of `text` occupies. */
export function displayWidth(text: string): number {
  // Most cells are one line of plain ASCII: a table of 2,000 decks asks 20,000 times.
  if (ASCII.test(text)) return text.length;
  let widest = 0;
  for (const line of text.split('\n')) widest = Math.max(widest, lineWidth(line));
  return widest;
}

// SGR state, so that a style open at a line break is closed at its end and reopened on the next line.
const SGR = /^\x1b\[([0-9;]*)m$/;
const CLOSES: Record<string, RegExp> = {
  '22': /^(1|2)$/,
  '23': /^3$/,
  '24': /^4$/,
  '27': /^7$/,
  '28': /^8$/,
  '29': /^9$/,
  '39': /^(3[0-8]|9[0-7])(;|$)/,
  '49': /^(4[0-8]|10[0-7])(;|$)/,
};

/** The sequence that closes one open SGR sequence (`\x1b[31m` → `\x1b[39m`). */
function closerOf(open: string): string {
  const params = SGR.exec(open)?.[1] ?? '';
  const close = Object.keys(CLOSES).find((code) => CLOSES[code]!.test(params));
  return `\x1b[${close ?? '0'}m`;
}

function trackStyle(active: string[], sequence: string): void {
  const params = SGR.exec(sequence)?.[1];
  if (params === undefined) return;
  if (params === '' || params === '0') active.length = 0;
  else if (CLOSES[params]) {
    const closes = CLOSES[params];
    for (let i = active.length - 1; i >= 0; i--)
      if (closes.test(SGR.exec(active[i]!)![1]!)) active.splice(i, 1);
  } else active.push(sequence);
}

/** Characters and escape sequences of a line, in order. */
function pieces(line: string): string[] {
  const out: string[] = [];
  let last = 0;
  // One push per character: spreading a long string into push() overflows the call stack.
  const clustered = CLUSTERED.test(line);
  const chars = (from: number, to?: number) => {
    const text = line.slice(from, to);
    if (clustered) for (const cluster of graphemeWidth().graphemes(text)) out.push(cluster);
    else for (const char of text) out.push(char);
  };
  for (const match of line.matchAll(ESCAPE_SEQUENCE)) {
    chars(last, match.index);
    out.push(match[0]);
    last = match.index + match[0].length;
  }
  chars(last);
  return out;
}

const isEscape = (piece: string) => piece.length > 1 && piece.charCodeAt(0) === 0x1b;

/**
 * Wraps at spaces to `width` columns; words longer than a line are cut between characters (never
 * before a combining mark). Styles are closed and reopened around each break.
 */
export function wrapText(text: string, width: number): string {
  // Two columns is the least that can hold any character.
  const limit = Math.max(2, Math.floor(width));
  if (text.length <= limit && ASCII.test(text)) return text.endsWith(' ') ? text.replace(/ +$/, '') : text;
  return text
    .split('\n')
    .map((line) => wrapLine(line, limit))
    .join('\n');
}

// Spaces at the end of a line (before any closing style) are dropped, as at a break.
const trimEnd = (line: string) => line.replace(/ +((?:\x1b\[[0-9;]*m)*)$/, '$1');

function wrapLine(line: string, limit: number): string {
  if (lineWidth(line) <= limit) return trimEnd(line);
  return ASCII.test(line) ? wrapAscii(line, limit) : wrapPieces(line, limit);
}

/**
 * wrapPieces for a line of printable ASCII (no styles, every character one column): the same breaks,
 * found on the string rather than character by character (a card's back renders in a fraction of the
 * time, which `dockstudy card` pays at every start).
 */
function wrapAscii(line: string, limit: number): string {
  const lines: string[] = [];
  let current = '';
  let pendingSpaces = 0;
  // Runs of spaces and words, by indexOf (a regular expression's match objects cost more here).
  for (let from = 0; from < line.length; ) {
    if (line[from] === ' ') {
      pendingSpaces++;
      from++;
      continue;
    }
    const space = line.indexOf(' ', from);
    const to = space < 0 ? line.length : space;
    const run = line.slice(from, to);
    from = to;
    if (current.length > 0 && current.length + pendingSpaces + run.length > limit) {
      lines.push(current);
      current = '';
      pendingSpaces = 0;
    }
    current += ' '.repeat(pendingSpaces);
    pendingSpaces = 0;
    // A word longer than the room left is cut where the line is full.
    for (let at = 0; at < run.length; ) {
      if (current.length >= limit) {
        lines.push(current);
        current = '';
      }
      const room = limit - current.length;
      current += run.slice(at, at + room);
      at += room;
    }
  }
  lines.push(current);
  return lines.map(trimEnd).join('\n');
}

function wrapPieces(line: string, limit: number): string {
  const lines: string[] = [];
  const active: string[] = [];
  let current = '';
  let used = 0;
  let pendingSpace = '';
  const breakLine = () => {
    lines.push(current + [...active].reverse().map(closerOf).join(''));
    current = active.join('');
    used = 0;
  };
  // Words are runs between spaces; escape sequences ride along with the word they touch.
  for (const word of splitWords(pieces(line))) {
    if (word.every((p) => p === ' ')) {
      pendingSpace += ' '.repeat(word.length);
      continue;
    }
    const w = word.reduce((sum, p) => sum + (isEscape(p) ? 0 : pieceWidth(p)), 0);
    if (used > 0 && used + pendingSpace.length + w > limit) {
      breakLine();
      pendingSpace = '';
    }
    if (used + pendingSpace.length > 0) {
      current += pendingSpace;
      used += pendingSpace.length;
    }
    pendingSpace = '';
    for (const piece of word) {
      if (isEscape(piece)) {
        current += piece;
        trackStyle(active, piece);
        continue;
      }
      const cw = pieceWidth(piece);
      if (used + cw > limit && cw > 0) breakLine();
      current += piece;
      used += cw;
    }
  }
  lines.push(current);
  return lines.map(trimEnd).join('\n');
}

function splitWords(all: string[]): string[][] {
  const words: string[][] = [];
  let word: string[] = [];
  let spaces = false;
  for (const piece of all) {
    const isSpace = piece === ' ';
    if (word.length > 0 && isSpace !== spaces && !isEscape(piece)) {
      words.push(word);
      word = [];
    }
    if (!isEscape(piece)) spaces = isSpace;
    word.push(piece);
  }
  if (word.length > 0) words.push(word);
  return words;
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/** Cuts one line to at most `width` columns, ending in `…` when something was cut. Keeps styling intact. */
export function truncate(text: string, width: number): string {
  if (lineWidth(text) <= width) return text;
  if (width <= 0) return '';
  const room = width - 1;
  let out = '';
  let used = 0;
  let cut = false;
  for (const piece of pieces(text)) {
    if (isEscape(piece)) {
      out += piece; // keep every style change, including the closing ones after the cut
      continue;
    }
    if (cut) continue;
    const w = pieceWidth(piece);
    if (used + w > room) {
      cut = true;
      out += '…';
      continue;
    }
    out += piece;
    used += w;
  }
  return out;
}

/** Replaces tabs with spaces to the next multiple of `size` columns, so that code keeps its alignment. */
export function expandTabs(line: string, size = 4): string {
  if (!line.includes('\t')) return line;
  let out = '';
  let column = 0;
  for (const char of line) {
    const piece = char === '\t' ? ' '.repeat(size - (column % size)) : char;
    out += piece;
    column = char === '\n' ? 0 : column + lineWidth(piece);
  }
  return out;
}

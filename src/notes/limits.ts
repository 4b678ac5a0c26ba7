// Bounds on what one note may ask of the parser, so that a hostile or broken note costs a bounded
// time and memory and is reported, never the whole run. The numbers come from real study notes: the
// largest we have seen is ~120 KB, its longest line ~670 characters, and no real note nests quotes or
// lists deeper than 7 levels. Each bound is several times that.

/** Characters in a note: 8× the largest real note. Beyond it, the note is not read at all. */
export const MAX_NOTE_CHARS = 1_000_000;
/** Characters in one line: 15× the longest real line. A longer line (a pasted data: URI) is cut there. */
export const MAX_LINE_CHARS = 10_000;
/** Quote and list levels on one line: 4× the deepest real note; marked's lexer recurses once per level. */
export const MAX_NESTING = 32;

export interface LeftOut {
  /** The first line left out (1-based). */
  line: number;
  count: number;
}

/** The note with over-long lines cut and over-nested lines blanked (line numbers stay the file's). Linear. */
export function boundLines(text: string): { text: string; long?: LeftOut; deep?: LeftOut } {
  let long: LeftOut | undefined;
  let deep: LeftOut | undefined;
  let out: string[] | undefined;
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const tooLong = end - start > MAX_LINE_CHARS;
    const kept = tooLong ? start + MAX_LINE_CHARS : end;
    const tooDeep = nestingOf(text, start, kept) > MAX_NESTING;
    if (tooLong) long = long ? { ...long, count: long.count + 1 } : { line, count: 1 };
    if (tooDeep) deep = deep ? { ...deep, count: deep.count + 1 } : { line, count: 1 };
    if ((tooLong || tooDeep) && !out)
      out = text
        .slice(0, start)
        .split('\n')
        .slice(0, line - 1);
    if (out) out.push(tooDeep ? '' : text.slice(start, kept));
    start = end + 1;
  }
  return { text: out ? out.join('\n') : text, ...(long ? { long } : {}), ...(deep ? { deep } : {}) };
}

/**
 * Container levels a line opens: its `>` and list markers (`-`, `*`, `+`, `1.`, `1)`), plus two
 * columns of indentation per level when it opens any (a list nested by indentation alone).
 */
function nestingOf(text: string, start: number, end: number): number {
  let i = start;
  let indent = 0;
  while (i < end && (text[i] === ' ' || text[i] === '\t')) {
    indent += text[i] === '\t' ? 4 : 1;
    i++;
  }
  let markers = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x3e /* > */) {
      markers++;
      i++;
    } else if ((c === 0x2d || c === 0x2a || c === 0x2b) && /[ \t]/.test(text[i + 1] ?? '')) {
      markers++;
      i += 2;
    } else if (c >= 0x30 && c <= 0x39) {
      let j = i;
      while (j < end && j - i < 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
      if ((text[j] === '.' || text[j] === ')') && /[ \t]/.test(text[j + 1] ?? '')) {
        markers++;
        i = j + 2;
      } else break;
    } else if (c === 0x20 || c === 0x09) i++;
    else break;
  }
  return markers === 0 ? 0 : markers + Math.floor(indent / 2);
}

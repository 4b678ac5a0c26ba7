// Running text cut into sentences, for the readers of flags, commands and code text in prose.
import { countLines } from './markdown.js';

export interface Sentence {
  text: string;
  /** Lines from the block's first. */
  line: number;
}

// A sentence ends at its mark (not that of `e.g.`), at a blank line, at a line break after Korean (whose sentences often
// end without a mark), before a line that starts with a bare flag, and before a capital after no word.
const SENTENCE_END =
  /(?<!\b(?:e\.g|i\.e|etc|vs|cf))[.!?。;](?=\s)|\n\s*\n|(?<=[\uac00-\ud7af)])\n|\n(?=\s*[*_]*-{1,2}[A-Za-z])|(?<=[^\p{L},(])\n(?=\p{Lu})/gu;

/** Only where a sentence surely ends: its mark, a blank line, a line break after Korean. */
const MARKED_END = /(?<!\b(?:e\.g|i\.e|etc|vs|cf))[.!?。](?=\s)|\n\s*\n|(?<=[\uac00-\ud7af])\n/gu;

/**
 * Sentences, split outside inline code (see SENTENCE_END); `marked`: only at MARKED_END, for
 * sentences shown whole (a line break before a flag or a capital ends no sentence there).
 */
export function sentencesOf(text: string, marked = false): Sentence[] {
  const sentences: Sentence[] = [];
  // Positions inside inline code: `.State.Status` ends no sentence.
  const inCode = new Uint8Array(text.length);
  for (const code of text.matchAll(/`[^`\n]*`/g))
    inCode.fill(1, code.index + 1, code.index + code[0].length - 1);
  let start = 0;
  const cut = (end: number) => {
    // A sentence's line is that of its first word, not of the break before it.
    while (start < end && /\s/.test(text[start]!)) start++;
    const piece = text.slice(start, end);
    if (piece.trim() !== '') sentences.push({ text: piece, line: countLines(text.slice(0, start)) });
    start = end;
  };
  for (const match of text.matchAll(marked ? MARKED_END : SENTENCE_END)) {
    if (!inCode[match.index]) cut(match.index + match[0].length);
  }
  cut(text.length);
  return sentences;
}

/** Letters of running text, not of inline code or of an aside in brackets (`(default local)`). */
export const letters = (text: string) =>
  text
    .replace(/`[^`]*`/g, '')
    .replace(/\([^()]*\)/g, '')
    .replace(/[^\p{L}]/gu, '').length;

/** Letters, a Hangul syllable counting two: `이름만` says as much as `names only`. */
export function textWeight(text: string): number {
  const hangul = text.replace(/`[^`]*`|\([^()]*\)/g, '').match(/[\uac00-\ud7af]/g)?.length ?? 0;
  return letters(text) + hangul;
}

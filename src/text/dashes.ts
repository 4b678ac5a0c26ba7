// Word processors and chat apps turn `--rm` into `—rm` and `-d` into `–d`. Notes, typed answers and
// cloze answers all read such a dash the way the writer meant it, by this one rule.

// Hyphen, non-breaking hyphen, figure, en, em and horizontal-bar dashes, and the minus sign.
const DASH_LOOKALIKE = '[\\u2010-\\u2015\\u2212]';

// A dash look-alike at the start of a word and followed by a word character (a lone dash in prose,
// "a — b", stays). One letter then the word's end (or `=`, `,`) is a short flag, else a long one.
const FLAG = `${DASH_LOOKALIKE}(?=\\w)([A-Za-z](?=$|[\\s=,])|)`;
const IN_TEXT = new RegExp(`(^|\\s)${FLAG}`, 'g');
const AT_START = new RegExp(`^()${FLAG}`);
const ANY_DASH = new RegExp(DASH_LOOKALIKE);

const replacement = (_match: string, before: string, letter: string) =>
  letter ? `${before}-${letter}` : `${before}--`;

/** `—rm` → `--rm`, `–d` → `-d`, `—d=1` → `-d=1`, `—it` → `--it`, in every word of `text`. */
export function normalizeDashes(text: string): string {
  // Most text has no such dash; one scan for the character is cheaper than the replace's.
  return ANY_DASH.test(text) ? text.replace(IN_TEXT, replacement) : text;
}

/** The same rule for one shell word: only its first character, so that a quoted value keeps its dashes. */
export function normalizeLeadingDash(word: string): string {
  return word.replace(AT_START, replacement);
}

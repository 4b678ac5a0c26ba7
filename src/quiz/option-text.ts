// The unit a choice option is cut to: a whole sentence (or its first clause), never cut at "e.g."
// or inside parentheses, so every option reads as a complete statement of like shape.

const ABBREVIATIONS = /(?:\be\.g|\bi\.e|\betc|\bvs|\bcf)\.$/i;
const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

// Only brackets and what may end a sentence or a clause change anything in the scans below: they go
// from one of those to the next rather than character by character (a quiz cuts every summary).
const SENTENCE_MARKS = /[([{)\]}.!?。]/g;
const CLAUSE_MARKS = /[([{)\]};]| — /g;
const BRACKETS = /[([{)\]}]/g;

/** Sentences of plain text, split at . ! ? 。 outside brackets and not after e.g./i.e./etc./vs. */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  const closing: string[] = [];
  let start = 0;
  for (const { 0: c, index: i } of text.matchAll(SENTENCE_MARKS)) {
    if (OPENERS[c]) closing.push(OPENERS[c]);
    else if (c === closing.at(-1)) closing.pop();
    else if (
      '.!?。'.includes(c) &&
      closing.length === 0 &&
      (i + 1 === text.length || /\s/.test(text[i + 1]!))
    ) {
      const sentence = text.slice(start, i + 1);
      if (ABBREVIATIONS.test(sentence)) continue;
      sentences.push(sentence.trim());
      start = i + 1;
    }
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter(Boolean);
}

/** The first `;` or ` — ` outside brackets, or -1. */
function clauseEnd(text: string): number {
  let depth = 0;
  for (const { 0: mark, index: i } of text.matchAll(CLAUSE_MARKS)) {
    if (OPENERS[mark]) depth++;
    else if (')]}'.includes(mark)) depth = Math.max(0, depth - 1);
    else if (depth === 0) return i;
  }
  return -1;
}

// A first sentence shorter than this takes the next along; a clause shorter than CLAUSE is kept whole.
const SHORT = 40;
const CLAUSE = 25;

/**
 * A summary cut to one unit: the first sentence, or its first clause when the clause stands on its
 * own; a very short first sentence ("No.") takes the next one along. Undefined when what is left
 * is not a complete statement.
 */
export function optionUnit(summary: string): string | undefined {
  // Asked of every sibling for every card of a quiz: computed once per text.
  if (units.has(summary)) return units.get(summary);
  const unit = cutOptionUnit(summary);
  units.set(summary, unit);
  return unit;
}

const units = new Map<string, string | undefined>();

/** `C. RUN`, `③ ENV`, `(b) …`: the letter of a chosen option, which no other option shows. */
const OPTION_LABEL = /^(?:[A-H][.)]|\([A-Ha-h]\)|[①-⑧])\s+/;

function cutOptionUnit(summary: string): string | undefined {
  const sentences = sentencesOf(summary.replace(/\s+/g, ' ').trim().replace(OPTION_LABEL, ''));
  let unit = sentences[0] ?? '';
  if (unit.length < SHORT && sentences[1]) unit = `${unit} ${sentences[1]}`;
  const end = clauseEnd(unit);
  if (end >= CLAUSE) unit = unit.slice(0, end);
  // Every option ends the same way, so a full stop does not mark the one cut from a longer text.
  // (Not the `.` of a command's build context: `docker build -t app .` keeps it.)
  unit = unit
    .replace(/[\s,;:]+$/, '')
    .replace(/(?<=[^\s.])[.。]$/, '')
    .trim();
  return isComplete(unit) ? unit : undefined;
}

/** Brackets and quotes balanced, and not ending in the middle of an example ("e.g.", "예:"). */
export function isComplete(text: string): boolean {
  if (text.trim() === '') return false;
  if (/(?:\be\.g\.?|\bi\.e\.?|예:|예컨대|\(|,)$/i.test(text.trim())) return false;
  const stack: string[] = [];
  for (const [c] of text.matchAll(BRACKETS)) {
    if (OPENERS[c]) stack.push(OPENERS[c]);
    else if (')]}'.includes(c)) {
      if (stack.pop() !== c) return false;
    }
  }
  if (stack.length > 0) return false;
  return (text.match(/`/g)?.length ?? 0) % 2 === 0;
}

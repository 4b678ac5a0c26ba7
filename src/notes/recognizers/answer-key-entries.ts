// An answer key: the letters that answer a quiz's numbered multiple-choice questions, with what the
// key says of them. Written as marked lines (`**Q1.** ✅ C – …`, `3 → b`), as plain entries under an
// `## Answer key` / `## 정답` heading (`1. **b** — …`, `2) C`), or as a table (`| 번호 | 정답 | 해설 |`).
// The entries wait in the note for answer-key.ts to give each question its answer.
import type { Tokens } from 'marked';
import type { Block, Section } from '../document.js';
import { endsWithQuestionMark, SHOW_ANSWER } from '../questions.js';
import type { AnswerKeyEntry } from '../types.js';
import { tableEntries, unbold } from './answer-key-tables.js';
import { letterOf, linesOf } from './multiple-choice.js';
import { type BlockRecognizer, indexBefore, isContent, type NoteContext } from './recognizer.js';

/** `**Q1.** ✅ C – \`docker swarm init\``: an entry marked as an answer, wherever it is. */
const MARKED_ENTRY =
  /^\s*(?:\*\*|__)?Q?\s*(\d+)\s*[.):]?\s*(?:\*\*|__)?\s*(?:✅|✔️?|→|=>|answer\s*[:：]|정답\s*[:：])\s*\(?([A-Ha-h](?![\p{L}\p{N}])|[①-⑧])\)?\s*(?:[–—:-]\s*)?(.*)$/iu;
/** `1. **b** — …`, `Q2) C`, `3: (a)`, `4. X — …` (true or false): an entry without a mark, read only under an answer-key heading. */
const PLAIN_ENTRY =
  /^\s*(?:\*\*|__)?(?:Q|문제|문항)?\s*(\d+)\s*[.):]?\s*(?:\*\*|__)?\s*[:：-]?\s*(?:\*\*|__)?\(?([A-HOTXa-hotx]|[①-⑧])\)?(?:\*\*|__)?(?![\p{L}\p{N}])\s*[.)]?\s*(?:\*\*|__)?\s*(?:[–—:-]\s*)?(.*)$/iu;
/** `[^12]: **b** — why`: a footnote that answers the question pointing to it (group 1: the label's number). */
const FOOTNOTE_ENTRY =
  /^\s*\[\^[^\]\d\s]*(\d+)[^\]\s]*\]:\s*(?:\*\*|__)?\(?([A-HOTXa-hotx]|[①-⑧])\)?(?:\*\*|__)?(?![\p{L}\p{N}])\s*[.)]?\s*(?:[–—:-]\s*)?(.*)$/u;
/** `**정답**` or `Answers:` on the line above the entries of a key, in the same paragraph. */
const KEY_LABEL =
  /^\s*(?:\*\*|__)?\s*(?:정답|해답|답|answers?|answer key)\s*[:：]?\s*(?:\*\*|__)?\s*[:：]?\s*$/i;
/** A heading over a key: `## Answer key`, `## 정답`, `### 정답 및 해설`, `## Answers (1–25)`, `### 객관식 정답`. */
const KEY_TITLE =
  /^(?:[\p{Emoji_Presentation}\s]*)(?:(?:객관식|주관식|빈칸|O\/?X|퀴즈|문제|multiple[- ]choice|MC|quiz|T\/F|true\/false|fill[- ]in(?:[- ]the[- ]blanks?)?|blanks?|(?:part|파트|section)\s*[\dⅠ-Ⅹ]+)\s*)?(?:answer\s*key|key|answers?(?:\s+and\s+explanations?)?|answer\s*(?:sheet|grid)|정답(?:\s*(?:및|&|과)\s*해설)?|해답|정답표|답안|모범\s*답안)\s*(?:\(.*\))?\s*[:：]?$/iu;
const KEY_HINT = /✅|✔|→|=>|answer|정답/i;
/** Why lint skips a key: its entries are on their questions' cards. */
const KEY_ENTRY = 'an answer-key entry (its question gets the answer)';

/** The line of a paragraph where its key entries begin: the first, or the one after a label. */
/** `**객관식 6~10**` alone on the first line: the part of the quiz the entries below answer. */
const PART_LABEL = /^\s*(?:\*\*|__)[^*_\n]{1,30}(?:\*\*|__)\s*[:：]?\s*$/;
const firstEntry = (lines: string[]) =>
  lines.length > 1 && (KEY_LABEL.test(lines[0]!) || PART_LABEL.test(lines[0]!)) ? 1 : 0;

/** A block that opens like an answer key: `**Q1.** ✅ C – …`, maybe below a `**정답**` label. */
const opensWithEntry = (block: Block | undefined) => {
  if (block?.token.type !== 'paragraph') return false;
  const lines = linesOf(block.token.raw.trim());
  return MARKED_ENTRY.test(lines[firstEntry(lines)]!);
};

/** A section that holds an answer key: entries with marks, or plain ones (or a table) under a key heading. */
export function opensAnswerKey(section: Section): boolean {
  const block = section.blocks.find(isContent);
  if (opensWithEntry(block)) return true;
  if (!block || !isKeySection(section)) return false;
  if (block.token.type === 'table') return tableEntries(block) !== undefined;
  return PLAIN_ENTRY.test(linesOf(block.token.raw.trim())[0]!);
}

/** A section that holds an answer key, by its heading. */
export const isKeySection = (section: Section) => KEY_TITLE.test(section.title.trim());

const entryOf = (match: RegExpExecArray, line: number): AnswerKeyEntry => ({
  number: Number(match[1]),
  letter: letterOf(match[2]!),
  answer: match[3]!.replace(/<br\s*\/?>\s*$/i, '').trim(),
  line,
});

/** The entries of a paragraph or list item, by `entry`, from its first line (after a label) on. */
function lineEntries(block: Block, entry: RegExp, { builder }: NoteContext): AnswerKeyEntry[] | undefined {
  const lines = linesOf(block.token.raw.trim());
  const several = lines.map(entriesOnOneLine);
  const matches = lines.map((l) => entry.exec(l));
  if (!matches[firstEntry(lines)] && !several[firstEntry(lines)]) return undefined;
  const found = matches.flatMap((m, i) => {
    if (several[i]) return several[i]!.map((e) => ({ ...e, line: block.line + i }));
    if (m) return [entryOf(m, block.line + i)];
    // (`3 → **A**` alone below `1 → **B** &nbsp; 2 → **C**`: the key's last entry.)
    const one = KEY_PART.exec(lines[i]!.replace(/<br\s*\/?>\s*$/i, '').trim());
    return one
      ? [
          {
            number: Number(one[1]),
            letter: letterOf(one[2]!),
            answer: one[3]?.trim() ?? '',
            line: block.line + i,
          },
        ]
      : [];
  });
  if (found.length === 0) builder.diagnose(block.line, 'an answer key line that could not be read');
  return found;
}

/** `3 — B &nbsp; 4 — A`, `1-B, 2-C, 3-A`, `1 → b · 2 → C`: a key's entries side by side, nothing else on the line. */
const SIDE_BY_SIDE =
  /(\d+)\s*(?:[.):—–-]+|→|⇒|->|=>)\s*(?:\*\*|__)?\(?([A-HOTXa-hotx]|[①-⑧])\)?(?:\*\*|__)?(?![\p{L}\p{N}])/gu;

/** One entry of a key split at its `·`: `9 B (build: is skipped)`, `3-b`, `4 → c`, `18 → **F** (why)`. */
const KEY_PART =
  /^(\d+)\s*(?:[.):—–-]+|→|⇒|->|=>|\s)\s*(?:\*\*|__)?\(?([A-HOTXa-hotx]|[①-⑧])\)?(?:\*\*|__)?(?![\p{L}\p{N}])\s*(?:\((.*)\))?$/u;
/** `20 → **10**`, `21 \`run\``: the words that fill a numbered blank, in a key split at its `·`. */
const WORDS_PART = /^(\d+)\s*(?:[.)]\s|→|⇒|->|=>|\s)\s*(\S.*)$/u;

function entriesOnOneLine(line: string): Omit<AnswerKeyEntry, 'line'>[] | undefined {
  // (`1 → **B** &nbsp; 2 → **C**<br>`: spaces and breaks of HTML between entries.)
  const text = line.replace(/&nbsp;|<br\s*\/?>/gi, ' ');
  // `5 B · 6 B · 9 B (stack deploy skips build:) · 10 A`: entries between dots, each maybe explained,
  // maybe after a label naming the part they answer (`O/X : 1-X · 2-O`).
  // (`**Answer key:** 1-c · 2-D`: the label in bold.)
  const stripped = text.trim().replace(/^(?:\*\*|__)?[^\d:：*_]{1,12}[:：](?:\*\*|__)?\s*(?=\d)/, '');
  // `빈칸: 1. \`--from\`  2. \`--target\``: numbered words set apart by wide spaces (or one of CJK width).
  const spaced = /(?:\s{2,}|\s*\u3000\s*)\d+\s*[.)]\s/.test(stripped);
  const parts = stripped
    .split(spaced ? /(?:\s{2,}|\s*\u3000\s*)(?=\d+\s*[.)]\s)/ : /\s*[·•;／]\s*|\s+\/\s+/)
    // `12-1-B`: a question numbered under another has no number of its own to answer.
    .filter((p) => !/^\d+-\d+\s*[-.):]\s*[A-Ha-h]$/.test(p));
  // `Part D: 20 \`USER\` · 21 \`run\` · …`: the words that fill numbered blanks, side by side,
  // maybe among letters (`18 → **F** · 20 → **10**`).
  const read = parts.map((p) => {
    const letter = KEY_PART.exec(p);
    if (letter)
      return { number: Number(letter[1]), letter: letterOf(letter[2]!), answer: letter[3]?.trim() ?? '' };
    const words = /[·•;／]/.test(text) || spaced ? WORDS_PART.exec(p) : null;
    return words ? { number: Number(words[1]), letter: '', answer: unbold(words[2]!.trim()) } : undefined;
  });
  if (parts.length >= 2 && read.every(Boolean)) return read as Omit<AnswerKeyEntry, 'line'>[];
  const found = [...stripped.matchAll(SIDE_BY_SIDE)];
  if (found.length < 2 || stripped.replace(SIDE_BY_SIDE, '').replace(/[\s,;|·/*_]+/g, '') !== '')
    return undefined;
  return found.map((m) => ({ number: Number(m[1]), letter: letterOf(m[2]!), answer: '' }));
}

/** `3. test`, `5. \`-m\` / \`--memory\``: the words that fill a numbered blank, one a line. */
const FREE_ENTRY = /^\s*(?:[-*+]\s+)?(\d+)[.)]\s+(\S.*)$/;

function freeEntries(block: Block): AnswerKeyEntry[] | undefined {
  const lines = linesOf(block.token.raw.trim());
  const found = lines.map((l, i) => {
    const m = FREE_ENTRY.exec(l);
    return m ? { number: Number(m[1]), letter: '', answer: m[2]!.trim(), line: block.line + i } : undefined;
  });
  return found.every(Boolean) ? (found as AnswerKeyEntry[]) : undefined;
}

/** `17 → **F** (why)`, `19 → \`inspect\``, `B1 → **F**`: a line of a key, a number (maybe after its part's letter), an arrow, its letter or words. */
const ARROW_ENTRY = /^\s*(?:[A-Z](?=\d))?(\d+)\s*(?:→|⇒|->|=>)\s*(\S.*)$/u;

/** Under a key's heading, lines that each give a number an arrow and its answer, a letter or words. */
function arrowEntries(block: Block): AnswerKeyEntry[] | undefined {
  if (block.token.type !== 'paragraph' && block.token.type !== 'list_item') return undefined;
  const all = linesOf(block.token.raw.trim());
  // (`part 2:` over the lines: the part they answer.)
  const from = all.length > 1 && /^\s*[^\d\s][^\n]{0,19}[:：]\s*$/.test(all[0]!) ? 1 : 0;
  const lines = all.slice(from);
  const found = lines.map((l, i) => {
    const m = ARROW_ENTRY.exec(l.replace(/^\s*[-*+]\s+/, ''));
    if (!m) return undefined;
    const letter = KEY_PART.exec(`${m[1]} ${m[2]!.trim()}`);
    return letter
      ? {
          number: Number(m[1]),
          letter: letterOf(letter[2]!),
          answer: letter[3]?.trim() ?? '',
          line: block.line + from + i,
        }
      : { number: Number(m[1]), letter: '', answer: unbold(m[2]!.trim()), line: block.line + from + i };
  });
  return found.every(Boolean) ? (found as AnswerKeyEntry[]) : undefined;
}

/** `1② 2② 3③ | 4③`, `16 X   17 O`, `13  A,C`: a line of a key's numbers, each with its letter (or letters) or mark. */
const LETTERED_LINE =
  /^(?:\s*\|?\s*\d+\s*(?:[①-⑧]|[A-HOTXa-hotx](?:,[A-Ha-h])*(?![\p{L}\p{N}])))+\s*\|?\s*$/u;
const LETTERED = /(\d+)\s*([①-⑧]|[A-HOTXa-hotx](?:,[A-Ha-h])*(?![\p{L}\p{N}]))/gu;
/** `Q1  B    T1  F    F1  .dockerignore`: the letter of the part a number is of, glued to it. */
const PART_PREFIX = /(^|\s)[A-Za-z](?=\d+\s)/g;

/**
 * A key written in a code block under a key's heading, a line a part, maybe after its label:
 *   [객관식]  1② 2② 3③ | 4③ 5②
 *   [O/X]     16 X   17 O
 *   [빈칸]    19 -q (--quiet)    20 shell
 * Undefined unless every line reads so.
 */
function codeEntries(block: Block): AnswerKeyEntry[] | undefined {
  const text = (block.token as Tokens.Code).text;
  const found: AnswerKeyEntry[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw
      .replace(/^\s*(?:\[[^\]\n]{1,12}\]|[^\d\s:：][^\d:：]{0,11}[:：])\s*/, '')
      .replace(PART_PREFIX, '$1')
      .trimEnd();
    if (line === '') continue;
    // (The code's first line is the fence's.)
    const at = block.line + 1 + i;
    if (LETTERED_LINE.test(line)) {
      for (const m of line.matchAll(LETTERED)) {
        // `A,C`: a "choose two", every letter it names.
        const [letter, ...also] = m[2]!.split(',').map(letterOf);
        found.push({
          number: Number(m[1]),
          letter: letter!,
          ...(also.length > 0 ? { also } : {}),
          answer: '',
          line: at,
        });
      }
      continue;
    }
    const words = line
      .trim()
      .split(/\s{2,}(?=\d+\s)/)
      .map((p) => WORDS_PART.exec(p));
    if (!words.every(Boolean)) return undefined;
    for (const m of words) found.push({ number: Number(m![1]), letter: '', answer: m![2]!.trim(), line: at });
  }
  return found.length >= 2 ? found : undefined;
}

/** The entries of a `<details>` that holds nothing else; undefined if any of its blocks is something else. */
function detailsEntries(inner: Block[], context: NoteContext): AnswerKeyEntry[] | undefined {
  const content = inner.filter(isContent);
  if (content.length === 0) return undefined;
  const found: AnswerKeyEntry[] = [];
  for (const block of content) {
    if (block.token.type !== 'paragraph' && block.token.type !== 'list_item') return undefined;
    const entries = lineEntries(block, PLAIN_ENTRY, context) ?? freeEntries(block);
    if (!entries || entries.length === 0) return undefined;
    found.push(...entries);
  }
  return found;
}

/** A list right below `**Answers:**` or `정답:` alone on its line: the list is a key. */
function labelledList(blocks: Block[], at: number): boolean {
  let first = at;
  while (first > 0 && blocks[first - 1]!.list === blocks[at]!.list) first--;
  let before = first - 1;
  while (before >= 0 && blocks[before]!.token.type === 'space') before--;
  const label = blocks[before];
  return label?.token.type === 'paragraph' && KEY_LABEL.test(label.token.raw.trim());
}

const KEY_REMARK = 'a remark on the answer key';

/**
 * `- Q6: \`on-failure\` only restarts …`, `- 4번: …`, `- OX 2: …`, `- T1 — false: …`: a key section's remark on one
 * question, by its number (group 1: the part it names, 2: the number, 3: the remark).
 */
const QUESTION_REMARK =
  /^\s*(?:\*\*|__)?(?:Q|(O\s*\/?\s*X|T\s*\/\s*F|T(?=\d))\s*)?\s*(\d+)\s*(?:번)?\s*(?:\*\*|__)?\s*[.):：—–-]\s*(?:\*\*|__)?\s*(\S.*)$/i;
/** The remark's line opens by naming its question: `Q6`, `4번`, a part (`OX 2`), or a number and a colon. */
const NAMES_QUESTION =
  /^\s*(?:\*\*|__)?(?:Q|O\s*\/?\s*X|T\s*\/\s*F|T(?=\d))\s*\d|^\s*(?:\*\*|__)?\d+\s*(?:번|(?:\*\*|__)?\s*[:：])/i;

/**
 * Joins each `Q6: …` line of a remark below a key to its entry's answer (the card then says why);
 * false unless every line is one, of a question the key answers above.
 */
function joinRemarks(block: Block, context: NoteContext): boolean {
  if (block.token.type !== 'paragraph' && block.token.type !== 'list_item') return false;
  const above = context.answerKey.filter((e) => e.line < block.line);
  // A line that names no question goes on with the remark above it (its text wrapped).
  const written: string[] = [];
  // (`### Why` › `1. Only instructions that change files …`: an item numbered as its question names it.)
  const raw = block.list?.ordered
    ? block.token.raw.trim().replace(/^(\d+)[.)]\s+/, '$1: ')
    : block.token.raw.trim();
  for (const l of linesOf(raw)) {
    const text = l.replace(/^\s*[-*+]\s+/, '');
    if (written.length > 0 && !NAMES_QUESTION.test(text)) written[written.length - 1] += ` ${text.trim()}`;
    else written.push(text);
  }
  const lines = written.map((text) => (NAMES_QUESTION.test(text) ? QUESTION_REMARK.exec(text) : null));
  // Of the entries of that number, the one of its part: O/X marks for `OX 2`, else a choice's letter.
  const targets = lines.map((m) => {
    if (!m) return undefined;
    const of = above.filter((e) => e.number === Number(m[2]));
    const marks = (e: AnswerKeyEntry) => /^[OXTF]$/.test(e.letter);
    return m[1] ? of.findLast(marks) : (of.findLast((e) => e.letter !== '' && !marks(e)) ?? of.at(-1));
  });
  if (lines.length === 0 || !targets.every(Boolean)) return false;
  for (const [i, entry] of targets.entries())
    entry!.answer = [entry!.answer, lines[i]![3]!.trim()].filter(Boolean).join(' — ');
  return true;
}

/**
 * `> 채점: 1차 19/25`, `(for 4: with CMD …)`: text below the entries of a key section says something
 * of the answers or the score, and no card could ask it without its question.
 */
function keyRemark(section: Section, block: Block, context: NoteContext): boolean {
  // (`## 정답표` › `### 해설`: a key's sub-heading holds its remarks too.)
  const inKey = isKeySection(section) || section.parents.some((t) => KEY_TITLE.test(t.trim()));
  // (`**Answer key:** 1-c · 2-D` in the quiz's own section, a quote right below it: its remark too.)
  const below = context.answerKey.some((e) => e.line < block.line && block.line - e.line <= 2);
  return (inKey || below) && context.answerKey.some((e) => e.line < block.line);
}

/** `> note to self: for 4, if the left side …`: a quoted remark on one question of the key above, by its number. */
const FOR_QUESTION = /\bfor\s+(?:Q|question\s+|#)?(\d+)\b[,:]?\s*/i;

/** Joins a quoted remark that names one question to that question's answer; false when it names none. */
function joinQuotedRemark(block: Block, context: NoteContext): boolean {
  const text = (block.token as Tokens.Blockquote).text.trim();
  const named = [...text.matchAll(new RegExp(FOR_QUESTION.source, 'gi'))];
  const entry =
    named.length === 1 ? context.answerKey.findLast((e) => e.number === Number(named[0]![1])) : undefined;
  if (!entry) return false;
  entry.answer = [entry.answer, text.replace(/\s*\n\s*/g, ' ')].filter(Boolean).join(' — ');
  return true;
}

export const answerKeyEntries: BlockRecognizer = {
  name: 'answer-key',
  types: ['paragraph', 'list_item', 'table', 'html', 'blockquote', 'def', 'code'],
  match(section, at, context) {
    const blocks = section.blocks;
    const block = blocks[at]!;
    if (block.token.type === 'blockquote') {
      if (!keyRemark(section, block, context)) return undefined;
      return { end: at + 1, use: { skip: joinQuotedRemark(block, context) ? KEY_ENTRY : KEY_REMARK } };
    }
    // `<details><summary>정답 보기</summary>` over `1. X — …`: a key folded away.
    if (block.details) {
      // `Answers (Part C)`: the summary says what it hides.
      const summary = block.details.summary.replace(/\s*\([^)]*\)\s*$/, '');
      // (`빈칸 정답`, `Answers (Part C)`: a key's title is a summary that shows answers too.)
      // Right below a question (`**13. … How do you debug it?**`), its numbered steps answer it.
      const before = blocks[indexBefore(blocks, at)];
      const asked =
        before?.token.type === 'paragraph' &&
        endsWithQuestionMark(before.token.raw.trim().replace(/(?:\*\*|__)$/, ''));
      const found =
        !asked && (SHOW_ANSWER.test(summary) || KEY_TITLE.test(summary))
          ? detailsEntries(block.details.blocks, context)
          : undefined;
      if (!found) return undefined;
      context.answerKey.push(...found);
      return { end: at + 1, use: { skip: KEY_ENTRY } };
    }
    if (block.token.type === 'code') {
      // (Code in a key's section only: anywhere else it is code.)
      const found = isKeySection(section) ? codeEntries(block) : undefined;
      if (!found) return undefined;
      context.answerKey.push(...found);
      return { end: at + 1, use: { skip: KEY_ENTRY } };
    }
    if (block.token.type === 'html') return undefined;
    // `[^12]: b` is a link definition to marked; only a footnote that answers is ours.
    const footnotes = FOOTNOTE_ENTRY.test(block.token.raw.trim().split('\n', 1)[0]!);
    if (block.token.type === 'def' && !footnotes) return undefined;
    // `**Answers:**` alone above the key's list: the label goes with the key.
    if (block.token.type === 'paragraph' && KEY_LABEL.test(block.token.raw.trim())) {
      let next = at + 1;
      while (blocks[next]?.token.type === 'space') next++;
      if (blocks[next]?.token.type === 'list_item' && labelledList(blocks, next))
        return { end: at + 1, use: { skip: KEY_ENTRY } };
    }
    const inKey = isKeySection(section) || (block.token.type === 'list_item' && labelledList(blocks, at));
    let entries: AnswerKeyEntry[] | undefined;
    if (block.token.type === 'table') entries = tableEntries(block);
    else if (footnotes) entries = lineEntries(block, FOOTNOTE_ENTRY, context);
    else if (KEY_HINT.test(block.token.raw)) entries = lineEntries(block, MARKED_ENTRY, context);
    if (!entries && inKey && block.token.type !== 'table')
      entries = lineEntries(block, PLAIN_ENTRY, context) ?? freeEntries(block) ?? arrowEntries(block);
    if (!entries) {
      if (!keyRemark(section, block, context)) return undefined;
      const joined = joinRemarks(block, context);
      return { end: at + 1, use: { skip: joined ? KEY_ENTRY : KEY_REMARK } };
    }
    // An explanation quoted below a single entry goes with it.
    let after = at + 1;
    while (blocks[after]?.token.type === 'space') after++;
    const quote = blocks[after]?.token.type === 'blockquote' ? blocks[after] : undefined;
    if (quote && entries.length === 1) {
      const text = (quote.token as Tokens.Blockquote).text.trim();
      entries[0]!.answer = [entries[0]!.answer, text].filter(Boolean).join('\n\n');
    }
    context.answerKey.push(...entries);
    return {
      end: quote && entries.length === 1 ? after + 1 : at + 1,
      use: { skip: KEY_ENTRY },
    };
  },
};

// Multiple choice: a question, then options `A.`–`D.` or `a)`–`d)` (on their own lines, in the same
// paragraph or the next, or as list items), then the answer below (`Answer: C`, `정답: C`, `✅ C`) or
// in an answer key (`**Q1.** ✅ C – …`), in this note or another note of its folder (answer-key.ts).
import type { Tokens } from 'marked';
import type { Block } from '../document.js';
import { plainOf } from '../markdown.js';
import { questionKey } from '../questions.js';
import type { BlockRecognizer, NoteContext } from './recognizer.js';

const OPTION = /^\s*(?:[-*+]\s+)?\(?([A-Ha-h])[.)]\s+(.+?)\s*$/;
const ANSWER =
  /^\s*(?:>\s*)?(?:\*\*|__)?(?:answer|correct answer|정답|답|✅|✔️?)(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?\s*\(?([A-Ha-h])\b\)?(?:\*\*|__)?\s*[.)]?\s*(?:[–—:-]\s*)?([\s\S]*)$/i;
/** `**Q1.** ✅ C – \`docker swarm init\``: one entry of an answer key. */
const KEY_ENTRY =
  /^\s*(?:\*\*|__)?Q?\s*(\d+)\s*[.):]?\s*(?:\*\*|__)?\s*(?:✅|✔️?|→|=>|answer\s*[:：]|정답\s*[:：])\s*\(?([A-Ha-h])\b\)?\s*(?:[–—:-]\s*)?(.*)$/i;
const OPTION_LINE = /(?:^|\n)\s*(?:[-*+]\s+)?\(?[A-Ha-h][.)]\s/;
const KEY_HINT = /✅|✔|→|=>|answer|정답/i;
const NUMBER = /^\s*(?:\*\*|__)?Q?\s*(\d+)\s*[.):]/i;

interface Option {
  letter: string;
  text: string;
}

const linesOf = (raw: string) => raw.split('\n').map((l) => l.replace(/\s+$/, ''));

/** The options among some lines, if at least two in a row, lettered from A. */
function optionsIn(lines: string[], from: number): { options: Option[]; end: number } | undefined {
  const options: Option[] = [];
  let i = from;
  for (; i < lines.length; i++) {
    const match = OPTION.exec(lines[i]!);
    if (!match) break;
    const letter = match[1]!.toUpperCase();
    if (letter !== String.fromCharCode(65 + options.length)) break;
    options.push({ letter, text: match[2]! });
  }
  return options.length >= 2 ? { options, end: i } : undefined;
}

const next = (blocks: Block[], from: number) => {
  let i = from;
  while (i < blocks.length && blocks[i]!.token.type === 'space') i++;
  return i;
};

/** Raw lines of a paragraph or of a run of list items (one option each). */
function blockLines(blocks: Block[], at: number): { lines: string[]; end: number } | undefined {
  const block = blocks[at];
  if (!block) return undefined;
  if (block.token.type === 'paragraph') return { lines: linesOf(block.token.raw.trim()), end: at + 1 };
  if (block.list) {
    let end = at;
    while (end < blocks.length && blocks[end]!.list === block.list) end++;
    return { lines: blocks.slice(at, end).flatMap((b) => linesOf(b.token.raw.trim())), end };
  }
  return undefined;
}

export const multipleChoice: BlockRecognizer = {
  name: 'multiple-choice',
  types: ['paragraph', 'list_item'],
  match(section, at, context) {
    const blocks = section.blocks;
    const first = blocks[at]!;
    let questionLines: string[] = [];
    let end = at + 1;
    // `**Q7.** 아래 Dockerfile에서 …?`, the Dockerfile, then the options: the code is part of the question.
    let shown: Block | undefined;
    if (first.token.type === 'list_item') return listItem(at);
    if (first.token.type !== 'paragraph') return undefined;
    let optionsAt = next(blocks, at + 1);
    if (blocks[optionsAt]?.token.type === 'code' && /[?？]\s*$/.test(first.token.raw.trim())) {
      shown = blocks[optionsAt];
      optionsAt = next(blocks, optionsAt + 1);
    }
    // A cheap first look: options here or in the next block, or an answer-key mark.
    const nextRaw = blocks[optionsAt]?.token.raw ?? '';
    const raw = first.token.raw;
    if (!KEY_HINT.test(raw) && !OPTION_LINE.test(raw) && !OPTION_LINE.test(nextRaw)) return undefined;
    const key = keyEntries(first, context);
    if (key) {
      // An explanation quoted below the entry goes with it.
      const after = next(blocks, at + 1);
      const quote = blocks[after]?.token.type === 'blockquote' ? blocks[after] : undefined;
      if (quote && key.length === 1)
        key[0]!.answer += `\n\n${(quote.token as Tokens.Blockquote).text.trim()}`;
      context.answerKey.push(...key);
      return {
        end: quote ? after + 1 : at + 1,
        use: { skip: 'an answer-key entry (its question gets the answer)' },
      };
    }
    const lines = linesOf(first.token.raw.trim());
    questionLines = lines;
    let found = lines.findIndex((l) => OPTION.test(l));
    let rest: string[] = [];
    if (found > 0) {
      questionLines = lines.slice(0, found);
      const options = optionsIn(lines, found);
      if (!options) return undefined;
      rest = lines.slice(options.end);
      return make(options.options, rest);
    }
    if (found === 0) return undefined;
    // Options in the next paragraph or list (after the question's code, if it shows some).
    const more = blockLines(blocks, optionsAt);
    if (!more) return undefined;
    found = more.lines.findIndex((l) => OPTION.test(l));
    if (found !== 0) return undefined;
    const options = optionsIn(more.lines, 0);
    if (!options) return undefined;
    rest = more.lines.slice(options.end);
    end = more.end;
    return make(options.options, rest);

    /** `1. 질문?` with its options on the item's next lines (or nested), the answer inside or below. */
    function listItem(item: number) {
      const raw = blocks[item]!.token.raw;
      if (!OPTION_LINE.test(raw)) return undefined;
      const marker = /^\s*(\d+)[.)]\s+/.exec(raw);
      if (!marker) return undefined;
      const itemLines = linesOf(raw.slice(marker[0].length).trim());
      const found = itemLines.findIndex((l) => OPTION.test(l));
      const options = found > 0 ? optionsIn(itemLines, found) : undefined;
      if (!options) return undefined;
      // The number stays on the question, as on a paragraph's: an answer key finds it by that.
      questionLines = [`${marker[1]}. ${itemLines[0]!.trim()}`, ...itemLines.slice(1, found)];
      end = item + 1;
      return make(options.options, itemLines.slice(options.end));
    }

    function make(options: Option[], after: string[]) {
      const question = questionLines.join('\n').trim();
      const number = Number(NUMBER.exec(question)?.[1] ?? Number.NaN);
      let answerText = after.join('\n').trim();
      let last = end;
      if (!ANSWER.test(answerText)) {
        // The answer in the block below: a paragraph, a quote or a `<details>`.
        const below = next(blocks, end);
        const block = blocks[below];
        const raw = block?.details
          ? ''
          : block?.token.type === 'blockquote'
            ? (block.token as Tokens.Blockquote).text
            : block?.token.raw;
        const text = block?.details ? block.details.blocks.map((b) => b.token.raw).join('\n') : raw;
        if (text && ANSWER.test(text.trim())) {
          answerText = text.trim();
          last = below + 1;
        } else answerText = '';
      }
      const plainQuestion = plainOf(question);
      const code = shown ? `\n\n${shown.token.raw.trim()}` : '';
      const front = `${question}${code}\n\n${options.map((o) => `${o.letter}. ${o.text}`).join('\n')}`;
      const answer = ANSWER.exec(answerText);
      const chosen = answer ? options.find((o) => o.letter === answer[1]!.toUpperCase()) : undefined;
      const back = chosen
        ? [`**${chosen.letter}.** ${chosen.text}`, answer![2]!.trim()].filter(Boolean).join('\n\n')
        : '';
      const line = first.line;
      const endLine = blocks[last - 1]!.endLine;
      const id = context.builder.add(
        { kind: 'qa', front, back: back || '…' },
        { key: questionKey(plainQuestion), scope: 'deck' },
        { line, endLine, recognizer: 'multiple-choice' },
      );
      if (!chosen) {
        if (Number.isNaN(number))
          context.builder.diagnose(line, `the multiple-choice question '${plainQuestion}' has no answer`);
        else context.openQuestions.push({ cardId: id, number });
      }
      return { end: last, use: 'own' as const };
    }
  },
};

/** `**정답**` or `Answers:` on the line above the entries of a key, in the same paragraph. */
const KEY_LABEL =
  /^\s*(?:\*\*|__)?\s*(?:정답|해답|답|answers?|answer key)\s*[:：]?\s*(?:\*\*|__)?\s*[:：]?\s*$/i;

/** The line of a paragraph where its key entries begin: the first, or the one after a label. */
const firstEntry = (lines: string[]) => (lines.length > 1 && KEY_LABEL.test(lines[0]!) ? 1 : 0);

/** A block that opens like an answer key: `**Q1.** ✅ C – …`, maybe below a `**정답**` label. */
export const opensAnswerKey = (block: Block | undefined) => {
  if (block?.token.type !== 'paragraph') return false;
  const lines = linesOf(block.token.raw.trim());
  return KEY_ENTRY.test(lines[firstEntry(lines)]!);
};

function keyEntries(block: Block, { builder }: NoteContext) {
  const lines = linesOf(block.token.raw.trim());
  const entries = lines.map((l) => KEY_ENTRY.exec(l));
  if (!entries[firstEntry(lines)]) return undefined;
  const found = [];
  for (const [i, entry] of entries.entries()) {
    if (!entry) continue;
    found.push({
      number: Number(entry[1]),
      answer: `**${entry[2]!.toUpperCase()}.** ${entry[3]!.replace(/<br\s*\/?>\s*$/i, '').trim()}`,
      line: block.line + i,
    });
  }
  if (found.length === 0) builder.diagnose(block.line, 'an answer key line that could not be read');
  return found;
}

// Multiple choice: a question (a paragraph, a list item or the heading above), then options `A.`–`D.`
// or `a)`–`d)` (on their own lines or all on one, in the same paragraph or the next, or as list
// items), then the answer below (`Answer: C`, `정답: C`, `✅ C`) or in an answer key, in this note or
// another note of its folder (answer-key-entries.ts reads keys, answer-key.ts joins them).
import type { Tokens } from 'marked';
import type { Block } from '../document.js';
import { plainOf } from '../markdown.js';
import { questionKey, readsAsQuestion, SHOW_ANSWER } from '../questions.js';
import type { OptionText } from '../types.js';
import { chosenBack, writtenChoices } from './choices.js';
import { type BlockRecognizer, isContent, nextBlock } from './recognizer.js';
import { readStatement } from './statements.js';

/** `B. host`, `b) host`, `② host`, `- [x] b) host` (ticked: the answer), `**b) host**`; group 1 is the tick. */
const OPTION = /^\s*(?:[-*+]\s+)?(?:\[([ xX])\]\s+)?(?:\*\*|__)?(?:\(?([A-Ha-h])[.)]|([①-⑧]))\s+(.+?)\s*$/;
const ANSWER =
  /^\s*(?:>\s*)?(?:\*\*|__)?(?:answer|correct answer|ans(?=\s*[:：])|정답|답|✅|✔️?|→|=>|->)(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?\s*\(?([A-Ha-h](?![\p{L}\p{N}])|[①-⑧])\)?(?:\*\*|__)?\s*[.)]?\s*(?:[–—:-]\s*)?([\s\S]*)$/iu;
const OPTION_LINE =
  /(?:^|\n)\s*(?:[-*+]\s+)?(?:\[[ xX]\]\s+)?(?:\*\*|__)?(?:\(?[A-Ha-h][.)]\s|[①-⑧])|\s\(?[aA][.)]\s.*\s\(?[bB][.)]\s/;
const CIRCLED = '①②③④⑤⑥⑦⑧';

/** An option's letter as written (`c`, `C`, `③`), as the letter it stands for (`C`). */
export function letterOf(mark: string): string {
  const circled = CIRCLED.indexOf(mark);
  return circled === -1 ? mark.toUpperCase() : String.fromCharCode(65 + circled);
}
/** Where `A. 2375/tcp   B. 2376/tcp` breaks into its options: two spaces or more before the next letter. */
const NEXT_OPTION = /(?<=\S)(?:\s{2,}|\s+\/\s+)(?=\(?[B-Hb-h][.)]\s)|(?<=\S)\s+(?=[②-⑧])/;
/** `**Q3.**`, `12)`, `7\.` (escaped, so that markdown makes no list of it): a question's number. */
const NUMBER = /^\s*(?:\*\*|__)?(?:Q|Question|문제|문항)?\s*(\d+)\s*\\?[.):]/i;
type Option = OptionText;

/** A block's lines without their trailing space (answer-key-entries.ts reads keys by them too). */
export const linesOf = (raw: string) => raw.split('\n').map((l) => l.replace(/\s+$/, ''));

/** An option's letter where options run on in one line, one space apart: `… a) one b) two c) three`. */
const INLINE_OPTION = /(?<=^|\s)\(?([A-Ha-h])([.)])\s/g;

/**
 * A question and three options or more on one line, single spaces apart: `12. What …? a) … b) … c) …`.
 * Only after a question mark, a colon or a number, and only letters in order, so prose that
 * happens to hold `a)` stays prose.
 */
function inlineOptions(line: string): string[] | undefined {
  const starts: number[] = [];
  let first: RegExpExecArray | undefined;
  for (const m of line.matchAll(INLINE_OPTION)) {
    const base = first ? first[1]!.charCodeAt(0) : m[1] === 'a' ? 97 : 65;
    if (m[1]!.charCodeAt(0) !== base + starts.length || (first && m[2] !== first[2])) continue;
    first ??= m;
    starts.push(m.index);
  }
  if (starts.length < 3) return undefined;
  const asked = line.slice(0, starts[0]).trim();
  if (asked !== '' && !/[?？:：]$/.test(asked) && !NUMBER.test(asked)) return undefined;
  const options = starts.map((at, i) => line.slice(at, starts[i + 1]).trim());
  return asked === '' ? options : [asked, ...options];
}

/** Lines with the options written side by side on one line spread one a line. */
const spread = (lines: string[]) =>
  lines.flatMap((l) =>
    OPTION.test(l) && NEXT_OPTION.test(l) ? l.split(NEXT_OPTION) : (inlineOptions(l) ?? [l]),
  );

/** A block whose first line is an option: the question is above it (a heading, say). */
export const opensWithOptions = (block: Block | undefined) =>
  block?.token.type === 'paragraph' && OPTION.test(block.token.raw.split('\n', 1)[0]!);

/** `**B** — why`, `b) …`: an answer that opens with its letter alone. */
const LETTER_FIRST = /^\s*(?:\*\*|__)?\(?[A-Ha-h]\)?(?:\*\*|__)?(?![\p{L}\p{N}])/u;
/** `<!-- answer: B -->`: an answer hidden in a comment (group 1: what the comment says). */
const HIDDEN_ANSWER = /^\s*<!--\s*([\s\S]*?)\s*-->\s*$/;
/**
 * An option marked as the answer: a check or `(정답)` after it (group 1), or the whole option in
 * bold after its letter (`B. **host**`, group 3; `**B. host**` reads as `B. host**` here, group 2).
 */
const MARKED_OPTION =
  /^(.*?\S)\s*(?:✅|✔️?|☑️?|⭕|←|<-|\((?:정답|answer|correct)\)|\[(?:정답|answer|correct)\])$|^(?!\*\*)(.*?)\*\*$|^\*\*([^*]+)\*\*$/i;
/** `[^12]`: a footnote whose text answers the question (group 1: the label). */
const FOOTNOTE_REF = /\s*\[\^([^\]\s]+)\]\s*$/;

interface Options {
  options: Option[];
  /** The index of the line after the last option. */
  end: number;
  /** The letter of the only option ticked (`- [x] b) …`) or marked (`C. overlay ✅`), when the others are not. */
  ticked?: string;
  /** The label of the footnote after the last option: it answers. */
  footnote?: string;
}

/** The options among some lines, if at least two in a row, lettered from A. */
function optionsIn(lines: string[], from: number): Options | undefined {
  const options: Option[] = [];
  const ticked: string[] = [];
  let i = from;
  let footnote: string | undefined;
  for (; i < lines.length; i++) {
    const match = OPTION.exec(lines[i]!);
    // (`A. \`ADD\` auto-extracts … \`COPY\`` over `   just copies`: an indented line goes on with the option.)
    const last = options.at(-1);
    if (!match && last && /^\s+\S/.test(lines[i]!)) {
      last.text = `${last.text} ${lines[i]!.trim()}`;
      continue;
    }
    if (!match) break;
    const letter = letterOf(match[2] ?? match[3]!);
    if (letter !== String.fromCharCode(65 + options.length)) break;
    let text = match[4]!;
    const ref = FOOTNOTE_REF.exec(text);
    if (ref) {
      footnote = ref[1];
      text = text.slice(0, ref.index);
    }
    // `C. overlay ✅`, `**B. host**`, `b) bridge (정답)`: the option marked as the answer.
    const mark = MARKED_OPTION.exec(text);
    if (mark) text = (mark[1] ?? mark[2] ?? mark[3])!.trim();
    if (match[1] === 'x' || match[1] === 'X' || mark) ticked.push(letter);
    options.push({ letter, text, ...(match[3] ? { label: match[3] } : {}) });
  }
  if (options.length < 2) return undefined;
  return {
    options,
    end: i,
    ...(ticked.length === 1 ? { ticked: ticked[0] } : {}),
    ...(footnote ? { footnote } : {}),
  };
}

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
    let first = blocks[at]!;
    let questionLines: string[] = [];
    let end = at + 1;
    let questionLine = first.line;
    // `**Q7.** 아래 Dockerfile에서 …?`, the Dockerfile, then the options: the code is part of the question.
    let shown: Block | undefined;
    // `**2.** Given this Dockerfile:`, the Dockerfile, then `What runs …?` over the options: one
    // question, numbered by its lead, which comes first on the card with its code.
    let lead: { text: string; asked: number } | undefined;
    const statement = readStatement(section, at, context);
    if (statement) return statement;
    if (first.token.type === 'list_item') return listItem(at);
    if (first.token.type !== 'paragraph') return undefined;
    lead = leadOf(at);
    if (lead) first = blocks[lead.asked]!;
    if (lead) end = lead.asked + 1;
    let optionsAt = nextBlock(blocks, end);
    // (`**12. … what runs?**`: the question in bold ends at its mark too.)
    if (blocks[optionsAt]?.token.type === 'code' && /[?？](?:\*\*|__)?\s*$/.test(first.token.raw.trim())) {
      shown = blocks[optionsAt];
      optionsAt = nextBlock(blocks, optionsAt + 1);
    }
    // A cheap first look: options here or in the next block.
    const nextRaw = blocks[optionsAt]?.token.raw ?? '';
    if (!OPTION_LINE.test(first.token.raw) && !OPTION_LINE.test(nextRaw)) return undefined;
    const lines = spread(linesOf(first.token.raw.trim()));
    questionLines = lines;
    let found = lines.findIndex((l) => OPTION.test(l));
    let rest: string[] = [];
    // `### 4. Which port …?` over its options: the heading asks.
    if (found === 0 && blocks.find(isContent) === first && readsAsQuestion(section.title)) {
      questionLines = [section.title];
      questionLine = section.line;
      const options = optionsIn(lines, 0);
      if (!options) return undefined;
      return make(options, lines.slice(options.end));
    }
    if (found > 0) {
      questionLines = lines.slice(0, found);
      const options = optionsIn(lines, found);
      if (!options) return undefined;
      rest = lines.slice(options.end);
      return make(options, rest);
    }
    if (found === 0) return undefined;
    // Options in the next paragraph or list (after the question's code, if it shows some).
    const more = blockLines(blocks, optionsAt);
    if (!more) return undefined;
    const moreLines = spread(more.lines);
    found = moreLines.findIndex((l) => OPTION.test(l));
    if (found !== 0) return undefined;
    const options = optionsIn(moreLines, 0);
    if (!options) return undefined;
    rest = moreLines.slice(options.end);
    end = more.end;
    return make(options, rest);

    /** A numbered lead ending in a colon, its code, and the paragraph after them that asks. */
    function leadOf(from: number): { text: string; asked: number } | undefined {
      const raw = blocks[from]!.token.raw.trim();
      if (!NUMBER.test(raw) || !/[:：](?:\*\*|__)?$/.test(raw)) return undefined;
      const codeAt = nextBlock(blocks, from + 1);
      const asked = nextBlock(blocks, codeAt + 1);
      const code = blocks[codeAt];
      const next = blocks[asked];
      if (code?.token.type !== 'code' || next?.token.type !== 'paragraph' || NUMBER.test(next.token.raw))
        return undefined;
      return { text: `${raw}\n\n${code.token.raw.trim()}\n\n`, asked };
    }

    /** `1. 질문?` with its options on the item's next lines (or nested), the answer inside or below. */
    function listItem(item: number) {
      const raw = blocks[item]!.token.raw;
      if (!OPTION_LINE.test(raw)) return undefined;
      const marker = /^\s*(\d+)[.)]\s+/.exec(raw);
      if (!marker) return undefined;
      const itemLines = spread(linesOf(raw.slice(marker[0].length).trim()));
      const found = itemLines.findIndex((l) => OPTION.test(l));
      const options = found > 0 ? optionsIn(itemLines, found) : undefined;
      if (!options) return undefined;
      // The number stays on the question, as on a paragraph's: an answer key finds it by that.
      questionLines = [`${marker[1]}. ${itemLines[0]!.trim()}`, ...itemLines.slice(1, found)];
      end = item + 1;
      return make(options, itemLines.slice(options.end));
    }

    function make(found: Options, after: string[]) {
      const { options } = found;
      let question = `${lead?.text ?? ''}${questionLines.join('\n').trim()}`;
      // `…? [^12]`: the footnote that answers, on the question rather than on its last option.
      const ref = FOOTNOTE_REF.exec(question);
      const footnote = found.footnote ?? ref?.[1];
      if (ref) question = question.slice(0, ref.index);
      // A footnote numbered like its question (`[^12]`) is answered as the key entry of that number.
      const number = Number(/\d+/.exec(footnote ?? '')?.[0] ?? NUMBER.exec(question)?.[1] ?? Number.NaN);
      let answerText = after.join('\n').trim();
      let last = end;
      if (!ANSWER.test(answerText)) {
        // The answer in the block below: a paragraph, a quote, a `<details>` or a comment.
        const below = nextBlock(blocks, end);
        const block = blocks[below];
        const raw = block?.details
          ? ''
          : block?.token.type === 'blockquote'
            ? (block.token as Tokens.Blockquote).text
            : block?.token.type === 'html'
              ? (HIDDEN_ANSWER.exec(block.token.raw)?.[1] ?? '')
              : block?.token.raw;
        let text = block?.details ? block.details.blocks.map((b) => b.token.raw).join('\n') : raw;
        // `<details><summary>Show answer</summary>**B** — why</details>`: the letter alone answers.
        if (block?.details && SHOW_ANSWER.test(block.details.summary) && LETTER_FIRST.test(text ?? ''))
          text = `answer: ${text!.trim()}`;
        if (text && ANSWER.test(text.trim())) {
          answerText = text.trim();
          last = below + 1;
        } else answerText = found.ticked ? `answer: ${found.ticked}` : '';
      }
      const plainQuestion = plainOf(question);
      const code = shown ? `\n\n${shown.token.raw.trim()}` : '';
      const front = `${question}${code}\n\n${options.map((o) => `${o.label ?? `${o.letter}.`} ${o.text}`).join('\n')}`;
      const answer = ANSWER.exec(answerText);
      const chosen = answer ? options.find((o) => o.letter === letterOf(answer[1]!)) : undefined;
      const back = chosen ? chosenBack(options, chosen.letter, answer![2]!) : '';
      const line = lead ? blocks[at]!.line : questionLine;
      const endLine = blocks[last - 1]!.endLine;
      const stem = `${question}${code}`;
      const choices = chosen ? writtenChoices(stem, options, chosen.letter) : undefined;
      // No answer, and no number a key could answer it by: no card, only the warning.
      if (!chosen && Number.isNaN(number)) {
        context.builder.diagnose(line, `the multiple-choice question '${plainQuestion}' has no answer`);
        return { end: last, use: { skip: 'a multiple-choice question with no answer' } };
      }
      const id = context.builder.add(
        { kind: 'qa', front, back: back || '…', ...(choices ? { choices } : {}) },
        // (Keyed by what it asks: `Given this Dockerfile:` may lead several questions.)
        { key: questionKey(lead ? plainOf(questionLines.join('\n')) : plainQuestion), scope: 'deck' },
        { line, endLine, recognizer: 'multiple-choice' },
      );
      if (!chosen) context.openQuestions.push({ cardId: id, number, options, stem });
      return { end: last, use: 'own' as const };
    }
  },
};

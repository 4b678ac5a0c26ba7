// Numbered items of a quiz that are no multiple choice: statements to mark true or false (O or X),
// answered by their mark (`… — ~~T~~ / **F**`, `… → **X** (why)`, `… (O)`), by a revealed
// `<details>` right below, or by an answer key; and blanks to fill (`3. … ____ …`), answered by a key.
import type { Block, Section } from '../document.js';
import { plainOf } from '../markdown.js';
import { questionKey, SHOW_ANSWER } from '../questions.js';
import type { OptionText } from '../types.js';
import { chosenBack, writtenChoices } from './choices.js';
import { type Claim, type NoteContext, nextBlock } from './recognizer.js';

/**
 * `1. The instruction that sets the base image is ____.`, `**20.** … ____ …`, `21. … \`(      )\` 옵션을 붙인다.`:
 * one numbered line with a blank in it (underscores, or spaces in parentheses), the number maybe
 * after its part's letter (`**F1.**` of the fill-ins).
 */
const BLANK_ITEM = /^\s*(?:\*\*|__)?[A-Z]?(\d+)[.)](?:\*\*|__)?\s+([^\n]*(?:_{3,}|\(\s{3,}\))[^\n]*)$/;
/** A section of statements to mark: `## Part B — True / False`, `## O/X 퀴즈`. */
const TRUE_FALSE_PART =
  /\btrue\s*(?:\/|or|and)\s*false\b|\bT\s*\/\s*F\b|\bO\s*\/\s*X\b|\bOX\b|참\s*[/·]?\s*거짓/i;
/** `3. Every ENV instruction adds a layer.`: a numbered statement, in such a section. */
const NUMBERED_STATEMENT = /^\s*(\d+)[.)]\s+(\S.*?[.。])\s*$/;
/** `1. \`docker stop\` 은 … ( )`, `13. … **T / F**`: a statement to mark true or false, its number first and a blank last. */
const TRUE_FALSE =
  /^\s*(?:\*\*|__)?(?:Q|문제|문항)?\s*(\d+)\s*[.)](?:\*\*|__)?\s+(\S.*?)\s*(\(\s*\)|\(\s*[OX]\s*[/,]\s*[OX]\s*\)|\(\s*T\s*\/\s*F\s*\)|\[\s*\]|(?:\*\*|__)(?:T\s*\/\s*F|O\s*\/\s*X)(?:\*\*|__))\s*$/i;

/** `**18.** True or false: \`EXPOSE 80\` publishes port 80. ______`, `**T1.** True or false: …`, `B1. T / F — …`: a statement that says it is one, maybe a blank after it. */
const SAID_TRUE_FALSE =
  /^\s*(?:\*\*|__)?(?:[A-Z]|문제|문항)?\s*(\d+)\s*[.)](?:\*\*|__)?\s+(?:\*\*|__)?(true\s+or\s+false|T\s*\/\s*F|O\s*\/\s*X)\s*[:：?]?(?:\*\*|__)?\s*(?:[:：]|\s[—–-])?\s+(\S.*?)\s*(?:_{3,}|\(\s*\))?\s*$/i;

/** `25. \`docker system df\` frees disk space. — ~~T~~ / **F** _(it only reports usage)_`. */
const MARKED_TRUE_FALSE =
  /^\s*(?:[-*+]\s+)?(\d+)[.)]\s+(\S.*?)\s*[—–-]*\s*((?:~~)?(?:\*\*|__)?[TO](?:\*\*|__)?(?:~~)?)\s*\/\s*((?:~~)?(?:\*\*|__)?[FX](?:\*\*|__)?(?:~~)?)\s*(?:_?\((.*)\)_?)?\s*$/;

/**
 * `15. … → **X** (why)`, `17. … (O)`, `18. … (X) — why`, `12. … (T/F) → **False**, why`: a statement
 * and the one mark that answers it (group 3: a `(T/F)` after the statement; 4–6: the mark, as
 * written in parentheses, after an arrow or dash, or in bold; 7: why).
 */
const ONE_MARK =
  /^\s*(?:[-*+]\s+)?(\d+)[.)]\s+(\S.*?)\s*(\(\s*(?:T\s*\/\s*F|O\s*\/\s*X)\s*\)\s*)?(?:\(\s*(?:\*\*|__)?([OXTF])(?:\*\*|__)?\s*\)|(?:→|->|=>|[—–])\s*(?:\*\*|__)?([OXTF]|[Tt]rue|[Ff]alse)(?:\*\*|__)?(?![\p{L}\p{N}])|(?:\*\*|__)([OXTF]|[Tt]rue|[Ff]alse)(?:\*\*|__))\s*(.*)$/u;
/** `X — why`, `**O**. why`, `⭕ why`: the mark a revealed answer opens with (group 2: why). */
const REVEALED_MARK =
  /^(?:\*\*|__)?([OXTF]|⭕|❌|true|false)(?:\*\*|__)?(?![\p{L}\p{N}])\s*[.,:)]?\s*(?:[—–-]\s*)?([\s\S]*)$/iu;

/** `✔`, `O`, `T`, `true`, `참`: a mark that says a statement is true; `✘`, `X`, `F`, … that it is false. */
export const YES_MARK = /^(?:✔️?|✓|✅|⭕|O|T|true|참|맞음)$/i;
export const NO_MARK = /^(?:✘|✗|❌|✖️?|X|F|false|거짓|틀림)$/i;

/** The letter a mark stands for among a statement's two options: `⭕` is O, or T among T and F. */
function letterOfMark(mark: string, tf: boolean): string {
  const yes = YES_MARK.test(mark);
  return tf ? (yes ? 'T' : 'F') : yes ? 'O' : 'X';
}

/** `(rm 해야 사라짐)`, `. 기본으로 …`, `— why`: what a note says after a mark, without what sets it off. */
const explanationOf = (text: string) =>
  text
    .trim()
    .replace(/^[.,:;]\s*/, '')
    .replace(/^[—–-]\s*/, '')
    .replace(/^\((.*)\)$/, '$1')
    .trim();

type Option = OptionText;

/** The two options of a statement to mark true or false, or O or X. */
export const TRUE_FALSE_OPTIONS: readonly Option[] = [
  { letter: 'T', text: 'True' },
  { letter: 'F', text: 'False' },
];
export const O_X_OPTIONS: readonly Option[] = [
  { letter: 'O', text: 'O' },
  { letter: 'X', text: 'X' },
];

/** `T` of `**T1.** …`: the letter of the part a question is numbered in, shown with its number. */
const partOf = (raw: string) => /^\s*(?:\*\*|__)?([A-Z])\d/.exec(raw)?.[1] ?? '';

/** The statement or blank at `at` in `section`, read into its card (open until a key answers it). */
export function readStatement(section: Section, at: number, context: NoteContext): Claim | undefined {
  const blocks = section.blocks;
  const first = blocks[at]!;
  return markedTrueFalse(first) ?? trueFalse(first) ?? blank(first);

  /** A statement to mark, answered: its card, asked as written in a quiz; the claim runs to `end`. */
  function answered(block: Block, number: string, said: string, letter: string, why: string, end: number) {
    const tf = letter === 'T' || letter === 'F';
    const options = tf ? TRUE_FALSE_OPTIONS : O_X_OPTIONS;
    const question = `${number}. ${said}`;
    const choices = writtenChoices(question, options, letter);
    context.builder.add(
      {
        kind: 'qa',
        front: `${question}\n\n${tf ? 'True / False' : 'O / X'}`,
        back: chosenBack(options, letter, why),
        ...(choices ? { choices } : {}),
      },
      { key: questionKey(plainOf(question)), scope: 'deck' },
      { line: block.line, endLine: blocks[end - 1]!.endLine, recognizer: 'multiple-choice' },
    );
    return { end, use: 'own' as const };
  }

  /**
   * A statement whose mark says the answer: `… — ~~T~~ / **F** _(why)_` (struck out, or in bold)
   * anywhere; `… → **X** (why)`, `… (O)`, `… (X) — why` under an O/X or true/false heading.
   */
  function markedTrueFalse(block: Block) {
    const raw = block.token.raw.trim();
    if (raw.includes('\n')) return undefined;
    const marked = MARKED_TRUE_FALSE.exec(raw);
    if (!marked) {
      // (Under an O/X or true/false heading, or written as a statement to mark: `… (T/F) → True`.)
      const one = ONE_MARK.exec(raw);
      if (!one || (!one[3] && !TRUE_FALSE_PART.test(section.title))) return undefined;
      const [, number, said, blank, ...marks] = one;
      const why = marks.pop()!;
      const mark = marks.find(Boolean)!;
      const letter = letterOfMark(mark, /^(?:T|F|true|false)$/i.test(mark) || /T/i.test(blank ?? ''));
      return answered(block, number!, said!, letter, explanationOf(why), at + 1);
    }
    const [, number, said, yes, no, why] = marked;
    const struck = (mark: string) => mark.includes('~~');
    const bold = (mark: string) => /\*\*|__/.test(mark) && !struck(mark);
    const first =
      struck(no!) !== struck(yes!) ? !struck(yes!) : bold(yes!) !== bold(no!) ? bold(yes!) : undefined;
    if (first === undefined) return undefined;
    const options = /T/.test(yes!) ? TRUE_FALSE_OPTIONS : O_X_OPTIONS;
    return answered(block, number!, said!, options[first ? 0 : 1]!.letter, why ?? '', at + 1);
  }

  /** A statement to mark O or X (T or F), answered by a key: an open question with those two options. */
  function trueFalse(block: Block) {
    const raw = block.token.raw.trim();
    // Under `## Part B — True / False`, a numbered statement needs no blank to be one.
    const inPart = TRUE_FALSE_PART.exec(section.title);
    const said = raw.includes('\n') ? null : SAID_TRUE_FALSE.exec(raw);
    const statement = raw.includes('\n')
      ? undefined
      : said
        ? // In TRUE_FALSE's order: the number, the statement, then what says it is one (`True or false`).
          [said[0], said[1]!, said[3]!, said[2]!]
        : (TRUE_FALSE.exec(raw) ??
          (inPart && block.token.type === 'list_item' ? NUMBERED_STATEMENT.exec(raw) : null));
    if (!statement) return undefined;
    // `<details><summary>정답</summary>X — why</details>` right below: the answer, revealed.
    const below = nextBlock(blocks, at + 1);
    const details = blocks[below]?.details;
    const revealed =
      details && SHOW_ANSWER.test(details.summary)
        ? REVEALED_MARK.exec(
            details.blocks
              .map((b) => b.token.raw)
              .join('\n')
              .trim(),
          )
        : null;
    const tf = /T/i.test(statement[3] ?? inPart?.[0] ?? '');
    if (revealed) {
      const letter = letterOfMark(revealed[1]!, tf);
      return answered(block, statement[1]!, statement[2]!, letter, revealed[2]!.trim(), below + 1);
    }
    const options = tf ? TRUE_FALSE_OPTIONS : O_X_OPTIONS;
    const question = `${partOf(raw)}${statement[1]}. ${statement[2]}`;
    const id = context.builder.add(
      { kind: 'qa', front: `${question}\n\n${tf ? 'True / False' : 'O / X'}`, back: '…' },
      { key: questionKey(plainOf(question)), scope: 'deck' },
      { line: block.line, endLine: block.endLine, recognizer: 'multiple-choice' },
    );
    context.openQuestions.push({
      cardId: id,
      number: Number(statement[1]),
      options: [...options],
      stem: question,
    });
    return { end: at + 1, use: 'own' as const };
  }

  /** `3. Pass \`--target ____\` to build one stage.`: a blank to fill, its answer in a key. */
  function blank(block: Block) {
    if (block.token.type !== 'list_item' && block.token.type !== 'paragraph') return undefined;
    const filled = BLANK_ITEM.exec(block.token.raw.trim());
    if (!filled) return undefined;
    const question = `${partOf(block.token.raw)}${filled[1]}. ${filled[2]}`;
    const id = context.builder.add(
      { kind: 'qa', front: question, back: '…' },
      { key: questionKey(plainOf(question)), scope: 'deck' },
      { line: block.line, endLine: block.endLine, recognizer: 'multiple-choice' },
    );
    context.openQuestions.push({ cardId: id, number: Number(filled[1]), options: [] });
    return { end: at + 1, use: 'own' as const };
  }
}

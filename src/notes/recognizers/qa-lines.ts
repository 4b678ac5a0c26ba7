// Questions written as lines:
//   Q: … / A: …            (also `Question:`/`Answer:`, `질문:`/`답:`), in one paragraph or two
//   **What does -d do?**    a bold question, answered by the paragraphs or bullets below it
//   > 포트 연결 ?            a quote whose first line asks, the rest of the quote answers
import type { Tokens } from 'marked';
import { anchorOf } from '../anchors.js';
import type { Block, Section } from '../document.js';
import { blankCode, lex, plainOf, plainText, tidyMarkdown } from '../markdown.js';
import {
  A_LINE,
  ANSWER_HEADING,
  asksByItsWords,
  endsWithQuestionMark,
  isImportanceMark,
  isNumbered,
  Q_LINE,
  questionKey,
} from '../questions.js';
import { asksInCallout } from './callout.js';
import { isPlaceholder, noiseReason } from './noise.js';
import {
  anchorBefore,
  type BlockRecognizer,
  isContent,
  markdownOf,
  type NoteContext,
  nextBlock,
  tokensOf,
} from './recognizer.js';

export const qaLines: BlockRecognizer = {
  name: 'qa-lines',
  types: ['paragraph', 'blockquote', 'list_item'],
  match(section, at, context) {
    const block = section.blocks[at]!;
    if (block.token.type === 'list_item') return containedPairs(section, at, context);
    if (block.token.type === 'blockquote')
      return containedPairs(section, at, context) ?? quoteQuestion(section, at, context);
    if (block.token.type !== 'paragraph') return undefined;
    return (
      practiceTask(section, at, context) ??
      qaPairs(section, at, context) ??
      boldQuestion(section, at, context) ??
      arrowQuestions(section, at, context)
    );
  },
};

/** `Q:` and `A:` lines; an answer runs until the next `Q:`. */
function qaPairs(section: Section, at: number, { builder }: NoteContext) {
  const blocks = section.blocks;
  const block = blocks[at]!;
  const lines = block.token.raw.replace(/\n+$/, '').split('\n');
  if (!Q_LINE.test(lines[0]!)) return undefined;
  // The answer may be the next paragraph.
  let end = at + 1;
  const all: PairLine[] = lines.map((text, i) => ({
    text,
    line: block.line + i,
  }));
  if (!all.some((l) => A_LINE.test(l.text))) {
    const next = nextBlock(blocks, at + 1);
    const below = blocks[next];
    const labelled = below?.token.type === 'paragraph' && A_LINE.test(below.token.raw.split('\n')[0]!);
    // `Q4) What does -f do?` or `**Q3: How …?**` with no `A:`: what follows it answers, on its
    // next lines or in the next paragraph.
    const unlabelled =
      !labelled &&
      !lines.slice(1).some((l) => Q_LINE.test(l)) &&
      endsWithQuestionMark(plainOf(closeEmphasis(Q_LINE.exec(lines[0]!)![1]!.trim())));
    if (unlabelled && lines.length > 1) all[1]!.answers = true;
    else if (labelled || (unlabelled && below?.token.type === 'paragraph' && !Q_LINE.test(below.token.raw))) {
      for (const [i, text] of below!.token.raw.replace(/\n+$/, '').split('\n').entries())
        all.push({
          text,
          line: below!.line + i,
          ...(i === 0 && unlabelled ? { answers: true as const } : {}),
        });
      end = next + 1;
    } else return undefined;
  }
  // `A: They control the timing:` over a list, `**A:**` alone over it, or `A: 클라이언트-서버 구조.`
  // with the list on the very next line: the list is the answer's.
  const last = all.at(-1)!.text;
  const below = blocks[nextBlock(blocks, end)];
  const leadsIn = /[:：]\s*$/.test(last) || A_LINE.exec(last)?.[1]?.trim() === '';
  const runsOn = below?.list !== undefined && below.line === blocks[end - 1]!.endLine + 1;
  if ((leadsIn || runsOn) && all.some((l) => A_LINE.test(l.text))) {
    const list = blocks[nextBlock(blocks, end)]?.list;
    for (
      let next = nextBlock(blocks, end);
      list && blocks[next]?.list === list;
      next = nextBlock(blocks, end)
    ) {
      for (const [i, text] of blocks[next]!.token.raw.replace(/\n+$/, '').split('\n').entries())
        all.push({ text, line: blocks[next]!.line + i });
      end = next + 1;
    }
  }
  // `A: … into a throwaway container and tar it:` over a fence: the code is the answer's.
  const codeAt = nextBlock(blocks, end);
  const code = blocks[codeAt];
  if (
    LEADS_IN.test(all.at(-1)!.text) &&
    code?.token.type === 'code' &&
    all.some((l) => A_LINE.test(l.text))
  ) {
    all.push({ text: '', line: code.line });
    for (const [i, text] of code.token.raw.replace(/\n+$/, '').split('\n').entries())
      all.push({ text, line: code.line + i });
    end = codeAt + 1;
  }
  addPairs(all, blocks[end - 1]!.endLine, builder);
  return { end, use: 'own' as const };
}

/** `**Drill 3:**`, `**Task 2.**`, `**문제 1:**`, `**실습 4)**`: the label of a task to do, in bold. */
const TASK_LABEL =
  /^\s*(?:\*\*|__)(?:drill|task|exercise|lab|practice|challenge|문제|과제|실습|연습)\s*\d+\s*[.):：]?\s*(?:\*\*|__)\s*[:：]?\s*(\S[\s\S]*)$/i;
/** `Why: …`, `이유: …`, `**해설**: …`: a paragraph that says why the answer above is right. */
const WHY_LINE =
  /^\s*(?:\*\*|__)?(?:why|because|reason|note|explanation|이유|해설|설명|참고)(?:\*\*|__)?\s*[:：]/i;

/**
 * A practice task and its answer in code, an exam drill's way: `**Drill 1:** Run nginx as \`web\` …`,
 * the command in a fence below, and maybe a `Why: …` line. The task is the question; the code (and
 * why) the answer.
 */
function practiceTask(section: Section, at: number, { builder }: NoteContext) {
  const { blocks } = section;
  const task = TASK_LABEL.exec(blocks[at]!.token.raw.trim());
  if (!task) return undefined;
  const codeAt = nextBlock(blocks, at + 1);
  if (blocks[codeAt]?.token.type !== 'code') return undefined;
  const answer: Block[] = [];
  let end = codeAt;
  for (let i = codeAt; i < blocks.length; i = nextBlock(blocks, i + 1)) {
    const block = blocks[i]!;
    const fits =
      block.token.type === 'code' || (block.token.type === 'paragraph' && WHY_LINE.test(block.token.raw));
    if (!fits) break;
    answer.push(block);
    end = i + 1;
  }
  // (`… in one line. ❌`: the writer's mark of a drill got wrong is no part of the task.)
  const front = tidyMarkdown(task[1]!.trim().replace(/\s*(?:❌|✅|⭕|⭐|🔥|❗|‼️)+\s*$/u, ''));
  builder.add(
    { kind: 'qa', front, back: markdownOf(answer) },
    { key: questionKey(plainOf(front)), scope: 'deck' },
    { line: blocks[at]!.line, endLine: blocks[end - 1]!.endLine, recognizer: 'qa-lines' },
    tokensOf(answer),
  );
  return { end, use: 'own' as const };
}

/** `What is a context? → a named bundle …`: a question, an arrow, its answer, on one line. */
const ARROW_QUESTION = /^(.*?[?？](?:\*\*|__)?)\s*(?:→|->|=>|⇒)\s*(\S.*)$/;

/**
 * A paragraph of `question? → answer` lines (a quick-reference's way): a card each. A line that does
 * not open with a question goes on with the answer above it.
 */
function arrowQuestions(section: Section, at: number, { builder }: NoteContext) {
  const block = section.blocks[at]!;
  // A cheap first look: an arrow after a question mark.
  if (!/[?？][^\n]*?(?:→|->|=>|⇒)/.test(block.token.raw)) return undefined;
  const lines = block.token.raw.replace(/\n+$/, '').split('\n');
  const masked = lines.map(blankCode);
  if (!ARROW_QUESTION.test(masked[0]!)) return undefined;
  const cards: { front: string; back: string[]; line: number }[] = [];
  for (const [i, line] of lines.entries()) {
    const m = ARROW_QUESTION.exec(masked[i]!);
    // (`Q: does … ? → no …`: the label goes.)
    const asked = m ? line.slice(0, m[1]!.length).trim() : '';
    const question = closeEmphasis(Q_LINE.exec(asked)?.[1]?.trim() || asked);
    if (m && plainOf(question).length >= 3)
      cards.push({
        front: question,
        back: [line.slice(line.length - m[2]!.length).trim()],
        line: block.line + i,
      });
    else if (cards.length > 0) cards.at(-1)!.back.push(line.trim());
    else return undefined;
  }
  for (const [i, card] of cards.entries()) {
    const endLine = (cards[i + 1]?.line ?? block.endLine + 1) - 1;
    builder.add(
      { kind: 'qa', front: card.front, back: card.back.join('\n') },
      { key: questionKey(plainOf(card.front)), scope: 'deck' },
      { line: card.line, endLine, recognizer: 'qa-lines' },
    );
  }
  return { end: at + 1, use: 'own' as const };
}

/** A line of `Q:`/`A:` pairs; `answers` for the unlabelled first line of an answer. */
interface PairLine {
  text: string;
  line: number;
  answers?: true;
}

/** `**Q:** What is a volume? **A:** Storage …`: an answer's label on the question's own line. */
const INLINE_ANSWER =
  /(?<=[?？](?:\*\*|__)?)\s+(?=(?:\*\*|__)?(?:A|Answer|답|답변|정답)(?:\*\*|__)?\s*[:：.])/;

/** The cards of `Q:`/`A:` lines: each question, and the lines up to the next one its answer. */
function addPairs(lines: PairLine[], endLine: number, builder: NoteContext['builder']): void {
  let question: { text: string[]; line: number } | undefined;
  let answer: string[] | undefined;
  const flush = (last: number) => {
    if (!question) return;
    const front = closeEmphasis(question.text.join('\n').trim()).replace(/\s*<br\s*\/?>$/i, '');
    const back = (answer ?? []).join('\n').trim();
    // `A: ...` is an answer still to be written.
    if (back === '' || isPlaceholder(plainOf(back)))
      builder.diagnose(question.line, `the question '${plainOf(front)}' has no answer`);
    else
      builder.add(
        { kind: 'qa', front, back },
        { key: questionKey(plainOf(front)), scope: 'deck' },
        { line: question.line, endLine: last, recognizer: 'qa-lines' },
      );
    question = undefined;
    answer = undefined;
  };
  const spread = lines.flatMap((l): PairLine[] =>
    Q_LINE.test(l.text) && INLINE_ANSWER.test(l.text)
      ? l.text.split(INLINE_ANSWER).map((text) => ({ text, line: l.line }))
      : [l],
  );
  for (const { text, line, answers } of spread) {
    const q = Q_LINE.exec(text);
    const a = A_LINE.exec(text) ?? (answers ? [text, text] : null);
    if (q) {
      flush(line - 1);
      question = { text: [q[1]!], line };
    } else if (a && question && !answer) answer = [a[1]!];
    else if (answer) answer.push(text);
    else question?.text.push(text);
  }
  flush(endLine);
}

/** `- **Q:** What is a volume? **A:** Storage …`, `> **Q.** …? / > **A.** …`: pairs in an item or a quote. */
function containedPairs(section: Section, at: number, { builder }: NoteContext) {
  const block = section.blocks[at]!;
  const text =
    block.token.type === 'list_item'
      ? (block.token as Tokens.ListItem).text
      : (block.token as Tokens.Blockquote).text;
  // (Every list item comes here: its first line is looked at before the text is split.)
  const cut = text.indexOf('\n');
  const first = (cut === -1 ? text : text.slice(0, cut)).trim();
  if (!Q_LINE.test(first)) return undefined;
  const lines = text.replace(/\n+$/, '').split('\n');
  if (!INLINE_ANSWER.test(first) && !lines.slice(1).some((l) => A_LINE.test(l))) return undefined;
  addPairs(
    lines.map((l, i) => ({ text: l.trim(), line: block.line + i })),
    block.endLine,
    builder,
  );
  return { end: at + 1, use: 'own' as const };
}

/**
 * `**Q. Why?**`: the label's regex takes the opening `**` and leaves the closing one on the question.
 * A marker left without its pair goes.
 */
function closeEmphasis(text: string): string {
  for (const marker of ['**', '__']) {
    const count = text.split(marker).length - 1;
    if (count % 2 === 1 && text.endsWith(marker)) return text.slice(0, -marker.length).trimEnd();
  }
  return text;
}

/** `**Answer**`, `**답변** (채택됨)`: a short paragraph that only labels the answer below it. */
function answerLabel(block: Block): boolean {
  if (block.token.type !== 'paragraph' || block.token.raw.length > 60) return false;
  const text = plainText((block.token as Tokens.Paragraph).tokens)
    .replace(/\([^)]*\)/g, '')
    .trim();
  return ANSWER_HEADING.test(text);
}

/** A paragraph that is one bold question, answered by what follows up to a rule or the next question. */
function boldQuestion(section: Section, at: number, { builder }: NoteContext) {
  const blocks = section.blocks;
  const inline = (blocks[at]!.token as Tokens.Paragraph).tokens ?? [];
  // `**…?** 🔥`: a mark of importance after it is no text of its own.
  const meaningful = inline.filter((t) => !(t.type === 'text' && isImportanceMark(t.raw)));
  const raw = blocks[at]!.token.raw;
  // `**11) What does EXPOSE do?**` with its answer on the lines right below, in the same paragraph.
  const firstLine = raw.split('\n', 1)[0]!;
  // `**Q. … 차이?** → answer`: the answer after an arrow or dash on the question's own line.
  const opensBold = meaningful[0]?.type === 'strong' && raw.trimStart().startsWith(meaningful[0].raw);
  const after = opensBold ? raw.trimStart().slice(meaningful[0]!.raw.length) : '';
  // (`**Why not \`--load\` with two platforms?** With the classic store …`: a bold question, then its
  // answer on the same line.)
  const asksInBold = opensBold && endsWithQuestionMark(plainText([meaningful[0]!]).trim());
  const runOn =
    opensBold && meaningful.length > 1 && !ANSWER_BESIDE.test(after) && asksInBold
      ? /^[ \t]+(\S[\s\S]*)$/.exec(after)
      : null;
  const beside = opensBold ? (ANSWER_BESIDE.exec(after) ?? runOn) : null;
  const below = beside
    ? beside[1]!.trim()
    : BOLD_LINE.test(firstLine)
      ? raw.slice(firstLine.length + 1).trim()
      : '';
  // `**Q.** \`docker stop\` 과 \`docker kill\` 의 차이는?` on a line of its own: a bold label, then the question.
  const labelled =
    below === '' &&
    meaningful.length > 1 &&
    meaningful[0]!.type === 'strong' &&
    BOLD_LABEL.test(plainText([meaningful[0]!])) &&
    !raw.trim().includes('\n');
  const asked = below === '' ? meaningful : meaningful.slice(0, 1);
  if (!labelled && (asked.length !== 1 || (asked[0]!.type !== 'strong' && asked[0]!.type !== 'em')))
    return undefined;
  const question = plainText(below === '' ? inline : asked).trim();
  // `**Q. 네트워크 드라이버 종류를 말해보세요.**`: its label asks, whatever mark ends it.
  // (Not `**문제: 포트 충돌**`, an incident's label.)
  // `**14) ARG 와 ENV 차이**`: a numbered question that asks by its words.
  if (!endsWithQuestionMark(question) && !ASKING_LABEL.test(question) && !numberedAsking(question))
    return undefined;
  const answer: Block[] = [];
  let end = at + 1;
  // (An answer that runs on from its question's line is that paragraph: what follows is the note's.)
  for (let i = at + 1; !runOn && i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.token.type === 'space') continue;
    // `---` then `**Answer** (accepted, 900 points)` between the question and its answer.
    if (answer.length === 0 && (block.token.type === 'hr' || answerLabel(block))) {
      end = i + 1;
      continue;
    }
    // Its answer folded below (`<details><summary>Show answer</summary>`): the question's, there.
    if (answer.length === 0 && block.details) return undefined;
    // Tags or links below the answer are the note's, not the answer's.
    if (!isContent(block) || block.details || endsAnswer(block) || noiseReason(block)) break;
    // Bullets that answer, then `The Dockerfile I sketch for it:`: the line leads into what
    // comes next, no more of the answer.
    if (
      answer.at(-1)?.token.type === 'list_item' &&
      block.token.type === 'paragraph' &&
      LEADS_IN.test(block.token.raw)
    )
      break;
    answer.push(block);
    end = i + 1;
  }
  if (answer.length === 0 && below === '') {
    builder.diagnose(blocks[at]!.line, `the question '${question}' has no answer below it`);
    return { end, use: { skip: 'a question with an empty answer' } };
  }
  builder.add(
    {
      kind: 'qa',
      front: questionKey(question),
      back: [tidyMarkdown(below), markdownOf(answer)].filter(Boolean).join('\n\n'),
    },
    { key: questionKey(question), scope: 'deck' },
    { line: blocks[at]!.line, endLine: blocks[end - 1]!.endLine, recognizer: 'qa-lines' },
    below === '' ? tokensOf(answer) : [...lex(below), ...tokensOf(answer)],
  );
  return { end, use: 'own' as const };
}

/** What sets an answer apart on its bold question's line: an arrow, a dash or a colon, then the answer. */
const ANSWER_BESIDE = /^\s*(?:→|->|=>|[—–]|-{1,2}|[:：])\s+(\S[\s\S]*)$/;

/** `14) ARG 와 ENV 차이`, `3. Explain the build cache`: a numbered line that asks without a `?`. */
const numberedAsking = (text: string) => isNumbered(text) && asksByItsWords(text);

/** `**Q.**`, `**Q3:**`, `**질문**`: a question's label in bold, the question after it. */
const BOLD_LABEL = /^(?:Q|Question|질문)\s*\d*\s*[.):：]?$/i;

/** A line wholly in bold (or italics): `**11) What does EXPOSE do?**`. */
const BOLD_LINE = /^\s*(\*\*|__|\*|_)[^\n]+\1\s*$/;

/** `Q.`, `Q3:`, `Question:`, `질문.`: a label that makes what follows a question. */
const ASKING_LABEL = /^(?:Q|Question|질문)\s*\d*\s*[.):：]\s*\S/i;
const CLOZE = /\{\{c\d+::|==[^=\s][^=\n]*==/;
/** A paragraph that ends in a colon: it introduces what follows it. */
const LEADS_IN = /[:：]\s*$/;

/** Where a bold question's answer stops: at the next question of any shape. */
function endsAnswer(block: Block): boolean {
  const { token } = block;
  // `- … {{c1::docker node promote}} 이다`, `==…==`: a cloze is a card of its own, never part of an answer.
  if (CLOZE.test(token.raw.replace(/`[^`\n]*`/g, ''))) return true;
  if (token.type === 'paragraph') {
    const text = plainText((token as Tokens.Paragraph).tokens).trim();
    const first = token.raw.split('\n', 1)[0]!;
    // (`**12) … Why?**` over its answer, in one paragraph: the next question too.)
    const boldAsks =
      BOLD_LINE.test(first) && (endsWithQuestionMark(plainOf(first)) || numberedAsking(plainOf(first)));
    return Q_LINE.test(first) || endsWithQuestionMark(text) || boldAsks;
  }
  // `4) Can you run …?` or `- **Q:** …` with its answer: an item that asks, the next question.
  if (token.type === 'list_item') {
    const head = plainOf(token.raw.split('\n', 1)[0]!.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')).trim();
    return Q_LINE.test(head) || endsWithQuestionMark(head);
  }
  if (token.type === 'blockquote')
    return (
      endsWithQuestionMark(plainOf((token as Tokens.Blockquote).text)) ||
      asksInCallout(token as Tokens.Blockquote)
    );
  return false;
}

/** `> question?` and the rest of the quote as its answer. */
function quoteQuestion(section: Section, at: number, { builder }: NoteContext) {
  const block = section.blocks[at]!;
  const [question, ...answer] = (block.token as Tokens.Blockquote).tokens.filter((t) => t.type !== 'space');
  if (question?.type !== 'paragraph') return undefined;
  const front = plainText((question as Tokens.Paragraph).tokens).trim();
  if (!endsWithQuestionMark(front)) return undefined;
  const back = answer.map((t) => t.raw.trim()).join('\n\n');
  if (back === '') {
    builder.diagnose(block.line, `the question '${front}' has no answer below it in the quote`);
    return { end: at + 1, use: { skip: 'a question with an empty answer' } };
  }
  const anchor = anchorBefore(section, at, (b) => anchorOf(b.token));
  builder.add(
    { kind: 'qa', front, back },
    {
      key: [section.title, front],
      scope: 'deck',
      alternatives: [[section.parents.at(-1) ?? '', section.title, front]],
      explicit: anchor,
    },
    { line: block.line, endLine: block.endLine, recognizer: 'qa-lines' },
  );
  return { end: at + 1, use: 'own' as const };
}

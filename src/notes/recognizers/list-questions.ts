// Questions written as list items, each answered inside its own item:
//   1. **What does `--rm` do?**          - 볼륨은 왜 쓰나?
//      It removes the container on exit.    - 컨테이너가 지워져도 데이터가 남는다
// The question is the item's first line (or its bold or italic start); the rest of the item answers
// it. An item that asks and says nothing more (or only asks more) is skipped, and says so in lint.
import type { Token, Tokens } from 'marked';
import { anchorOf } from '../anchors.js';
import type { Block, Section } from '../document.js';
import { plainOf, plainText, tidyMarkdown } from '../markdown.js';
import {
  A_LINE,
  asksByItsWords,
  endsWithQuestionMark,
  Q_LINE,
  questionKey,
  SHOW_ANSWER,
  withoutCardTags,
} from '../questions.js';
import { asksAlone } from './question-heading.js';
import { type BlockRecognizer, nextBlock } from './recognizer.js';

interface ListQuestion {
  question: string;
  /** '' when nothing below the question answers it. */
  answer: string;
  /** Written in bold or italics: meant as a question for sure. */
  marked: boolean;
  anchor?: string;
}

/** A first line, then a line wholly in bold: the answer an exam sheet gives below its question. */
const BOLD_ANSWER_BELOW = /\n\s*(?:\*\*|__)[^\n]+(?:\*\*|__)\s*$/;

function readListQuestion(item: Tokens.ListItem): ListQuestion | undefined {
  // (A review checklist's `- [x] 태그를 고정했나?`: the box is no part of the question.)
  const [first, ...others] = item.tokens.filter((t) => t.type !== 'checkbox');
  if (!first || (first.type !== 'paragraph' && first.type !== 'text')) return undefined;
  // Most items ask nothing: no question mark (or answer in bold below), no need to read their text.
  if (!/[?？]/.test(first.raw) && !BOLD_ANSWER_BELOW.test(first.raw)) return undefined;
  const inline: Token[] = (first as Tokens.Paragraph).tokens ?? [];
  const head = inline[0];
  const marked = head !== undefined && (head.type === 'strong' || head.type === 'em');
  let question: string;
  let after: string;
  if (marked) {
    // `**Question?** answer…`: the answer may start on the same line, after a dash or colon.
    question = plainText([head]);
    after = inline
      .slice(1)
      .map((t) => t.raw)
      .join('')
      .replace(/^\s*(?:[—–:：]|-{1,2}|→|->)\s+/, '');
  } else {
    const newline = first.raw.indexOf('\n');
    question = plainOf(newline === -1 ? first.raw : first.raw.slice(0, newline));
    after = newline === -1 ? '' : first.raw.slice(newline + 1);
  }
  question = withoutCardTags(question.replace(/\s+/g, ' ').trim());
  // `4. Name the three mount types.` over `**Volumes, bind mounts, tmpfs.**`: it asks by its words.
  // (`태그를 고정했나? (\`latest\` 금지)`: an aside after the question mark.)
  const asks =
    endsWithQuestionMark(question.replace(/\s*\([^()]*\)$/, '')) ||
    (!marked && asksByItsWords(question) && BOLD_ANSWER_BELOW.test(first.raw));
  if (!asks) return undefined;
  const parts = [after, ...others.filter((t) => t.type !== 'space' && !anchorOf(t)).map((t) => t.raw)]
    .map((p) => p.trim())
    .filter(Boolean);
  // `A. …`: the label goes, the answer stays.
  const labelled = parts[0] !== undefined ? A_LINE.exec(parts[0].split('\n', 1)[0]!) : null;
  if (labelled) parts[0] = [labelled[1]!, ...parts[0]!.split('\n').slice(1)].join('\n').trim();
  const answer = parts.filter(Boolean).map(tidyMarkdown).join('\n\n');
  // Only more questions below (an outline of what to look up) answer nothing.
  const lines = answer.split('\n').filter((l) => l.trim() !== '');
  const anchor = others.map(anchorOf).find(Boolean);
  const found = { question, answer: lines.every((l) => endsWithQuestionMark(l)) ? '' : answer, marked };
  return anchor ? Object.assign(found, { anchor }) : found;
}

export const listQuestions: BlockRecognizer = {
  name: 'list-questions',
  types: ['list_item'],
  match(section, at, { builder }) {
    const block = section.blocks[at]!;
    const pair = qaItems(section, at);
    if (pair) {
      builder.add(
        { kind: 'qa', front: pair.question, back: pair.answer },
        { key: questionKey(plainOf(pair.question)), scope: 'deck' },
        { line: block.line, endLine: section.blocks[pair.end - 1]!.endLine, recognizer: 'list-questions' },
      );
      return { end: pair.end, use: 'own' };
    }
    const found = readListQuestion(block.token as Tokens.ListItem);
    if (!found) return undefined;
    if (found.answer === '') {
      // `9) **Volumes vs bind mounts?**` over `<details><summary>answer</summary>`: the details' question.
      const next = nextBlock(section.blocks, at + 1);
      const below = section.blocks[next];
      if (below?.details && (below.details.summary === '' || SHOW_ANSWER.test(below.details.summary)))
        return undefined;
      // `16) What restart policies exist?` alone in its list over a paragraph: the paragraph answers it.
      if (
        below?.token.type === 'paragraph' &&
        asksAlone(block) &&
        !endsWithQuestionMark(below.token.raw.trim())
      ) {
        builder.add(
          { kind: 'qa', front: found.question, back: tidyMarkdown(below.token.raw.trim()) },
          { key: questionKey(found.question), scope: 'deck' },
          { line: block.line, endLine: below.endLine, recognizer: 'list-questions' },
        );
        return { end: next + 1, use: 'own' };
      }
      // A question and nothing else teaches nothing: reported, not made a concept's text.
      if (found.marked)
        builder.diagnose(block.line, `the question '${found.question}' has no answer below it`);
      return { end: at + 1, use: { skip: 'a question with no answer' } };
    }
    builder.add(
      { kind: 'qa', front: found.question, back: found.answer },
      { key: questionKey(found.question), scope: 'deck', explicit: found.anchor },
      { line: block.line, endLine: block.endLine, recognizer: 'list-questions' },
    );
    return { end: at + 1, use: 'own' };
  },
};

/** `- **Q:** What is a dangling image?` then `- **A:** …`: a question item and its answer item. */
function qaItems(
  section: Section,
  at: number,
): { question: string; answer: string; end: number } | undefined {
  const { blocks } = section;
  const item = blocks[at]!;
  // An item's lines without its marker: the first says Q or A, the rest go on with it.
  const lines = (block: Block) =>
    block.token.raw
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
      .trimEnd()
      .split('\n');
  const [head = '', ...more] = lines(item);
  const q = Q_LINE.exec(head);
  if (!q || q[1]!.trim() === '' || more.some((l) => l.trim() !== '')) return undefined;
  let next = at + 1;
  while (blocks[next]?.token.type === 'space') next++;
  const below = blocks[next];
  if (!below || below.list !== item.list || below.token.type !== 'list_item') return undefined;
  const [answerHead = '', ...answerMore] = lines(below);
  const a = A_LINE.exec(answerHead);
  if (!a || a[1]!.trim() === '') return undefined;
  const clean = (text: string) => tidyMarkdown(text.replace(/^(?:\*\*|__)\s*/, '').trim());
  const answer = [a[1]!, ...answerMore.map((l) => l.trim())].join('\n');
  return { question: clean(q[1]!), answer: clean(answer), end: next + 1 };
}

// `## Q1. What is an image?` (or `## 3. Explain …`) with its answer below, under `### Answer`,
// `### 답변`, `### 핵심 답변` or no sub-heading at all: one card per question, the whole answer on
// its back (sub-headings of the answer included). `<details>` questions after the answer are left
// to be read as the questions they are.
import type { Tokens } from 'marked';
import type { Block, Section } from '../document.js';
import {
  A_LINE,
  ANSWER_HEADING,
  endsWithQuestionMark,
  hasQuestionPrefix,
  IMPORTANCE_MARKS,
  isNumbered,
  Q_LINE,
  questionKey,
  readsAsQuestion,
  SHOW_ANSWER,
} from '../questions.js';
import { opensAnswerKey } from './answer-key-entries.js';
import { opensFrontBack } from './front-back.js';
import { opensWithOptions } from './multiple-choice.js';
import { noiseReason } from './noise.js';
import { indexBefore, isContent, markdownOf, type SectionRecognizer, tokensOf } from './recognizer.js';

/** The sections below `sections[at]` (deeper headings), up to the next heading of its level. */
export function subtreeEnd(sections: Section[], at: number): number {
  const depth = sections[at]!.depth;
  let end = at + 1;
  while (end < sections.length && sections[end]!.depth > depth) end++;
  return end;
}

export const questionHeading: SectionRecognizer = {
  name: 'question-heading',
  match(sections, at, { builder }) {
    const section = sections[at]!;
    if (section.depth === 0) return undefined;
    // `## 정답표` over its key, then `### 해설`: a key and its remarks, no question and its answer.
    if (opensAnswerKey(section)) return undefined;
    let end = subtreeEnd(sections, at);
    // `### Front` / `### Back` below an answer are cards of their own, not more of the answer.
    for (let k = at + 1; k < end; k++) {
      if (opensFrontBack(sections, k)) {
        end = k;
        break;
      }
    }
    // `## 연습문제` then `### 정답` holding `**Q1.** ✅ C`: a quiz and its answer key, not one question.
    const answerChild =
      end > at + 1 && ANSWER_HEADING.test(sections[at + 1]!.title) && !opensAnswerKey(sections[at + 1]!);
    // A bare `## 왜 도커?` heading without an answer heading is a section like any other: its
    // commands and flags still make their cards (recognize.ts fronts its concept with the question).
    const numbered = isNumbered(section.title);
    if (!(answerChild || (numbered && readsAsQuestion(section.title) && amongQuestions(sections, at))))
      return undefined;
    // `### 4. Which port …?` over `A. 2375/tcp   B. …`: multiple choice (multiple-choice.ts).
    if (opensWithOptions(section.blocks.find(isContent))) return undefined;

    const parts: string[] = [];
    const all: Block[] = [];
    let last = section.line;
    // `## Q4. Multiple choice` over `Which command …?`: the question is the paragraph, not the label.
    const asked = labelledQuestion(section);
    // `<details>` questions written after the answer are questions of their own, not its text.
    // Written right below this answer (`**3. …?**`, `Q:` lines under `### 2. Image vs container?`),
    // they end it there, and the headings below it are read as their own.
    const own = end > at + 1 ? questionsAfter(section) : undefined;
    if (own) end = at + 1;
    const rest = own ?? questionsAfter(sections[end - 1]!);
    for (const part of sections.slice(at, end)) {
      // `TODO: …` below a question answers nothing (lint lists it as a placeholder).
      const blocks = (rest && part === rest.from ? part.blocks.slice(0, rest.at) : part.blocks).filter(
        (b) => isContent(b) && b !== asked && !noiseReason(b),
      );
      all.push(...blocks);
      last = Math.max(last, blocks.at(-1)?.endLine ?? part.line);
      const text = markdownOf(blocks);
      // The answer's own sub-headings stay as bold lines; `### Answer:` itself is said by the card.
      if (part !== section && !ANSWER_HEADING.test(part.title)) parts.push(`**${part.title}**`);
      if (text) parts.push(text);
    }
    const back = parts.join('\n\n');
    if (back === '') {
      builder.diagnose(section.line, `the question '${section.title}' has no answer below it`);
      return { end };
    }
    const claim = claimWithRest(end, rest);
    builder.add(
      // The numbering orders the bank; on a card of its own it says nothing.
      { kind: 'qa', front: asked ? asked.token.raw.trim() : questionKey(section.title), back },
      {
        key: questionKey(section.title),
        scope: 'deck',
        alternatives: [[section.parents.at(-1) ?? '', section.title]],
        explicit: section.anchor,
        // Numbered questions used to keep their number in the id.
        legacyKey: section.title,
      },
      { line: section.line, endLine: last, recognizer: 'question-heading' },
      tokensOf(all),
    );
    return claim;
  },
};

/** `Q4. Multiple choice`, `문제 3. 객관식`: a heading that numbers a question and names its kind only. */
const QUESTION_LABEL =
  /^(?:q\s*)?\d+[.)]?\s*(?:multiple[ -]choice|quiz|question|exercise|객관식|주관식|문제|퀴즈)\s*[:：]?$/i;

/** Under such a heading, the paragraph that asks (the first block), if it does. */
function labelledQuestion(section: Section): Block | undefined {
  if (!QUESTION_LABEL.test(section.title.trim())) return undefined;
  const first = section.blocks.find(isContent);
  return first?.token.type === 'paragraph' && endsWithQuestionMark(first.token.raw) ? first : undefined;
}

/**
 * Where questions written after an answer begin in its last section: the first `<details>` whose
 * summary asks, the question paragraph right before a "Show answer" one, a bold or `Q.` question
 * line (`**Q. …?**` with its bullets below), or a card of the spaced-repetition shapes. None when
 * nothing of the answer would be left above.
 */
export function questionsAfter(part: Section): { from: Section; at: number } | undefined {
  const { blocks } = part;
  for (let i = 1; i < blocks.length; i++) {
    const at = questionAt(blocks, i);
    if (at !== undefined) return blocks.slice(0, at).some(isContent) ? { from: part, at } : undefined;
  }
  return undefined;
}

const BOLD_QUESTION = new RegExp(
  String.raw`^\s*(?:\*\*|__)[^\n]*[?？]\s*${IMPORTANCE_MARKS}(?:\*\*|__)\s*${IMPORTANCE_MARKS}$`,
  'u',
);

function questionAt(blocks: Block[], i: number): number | undefined {
  const block = blocks[i]!;
  const { details } = block;
  if (details) {
    if (details.summary !== '' && !SHOW_ANSWER.test(details.summary))
      return readsAsQuestion(details.summary) ? i : undefined;
    const before = indexBefore(blocks, i);
    const question = blocks[before];
    // `**Q8. What does EXPOSE do?**` above it: the question, in bold or not (`9) **…?**` an item).
    const asked =
      question?.token.type === 'paragraph'
        ? question.token.raw
        : question?.token.type === 'list_item'
          ? (question.token as Tokens.ListItem).text
          : '';
    return endsWithQuestionMark(asked.trim().replace(/(?:\*\*|__)$/, '')) ? before : undefined;
  }
  // `- **15. What are dangling images?**` over its answer's bullets: a question of a list.
  if (block.token.type === 'list_item') {
    const item = block.token as Tokens.ListItem;
    const [first = '', ...more] = item.text.trim().split('\n');
    if (BOLD_QUESTION.test(first) && more.some((l) => l.trim() !== '')) return i;
    // `16) What restart policies exist?` alone in its list, its answer the paragraph below.
    return asksAlone(block) ? i : undefined;
  }
  if (block.token.type !== 'paragraph') return undefined;
  const raw = block.token.raw.trim();
  const first = raw.split('\n', 1)[0]!;
  // (`**Q14.** Exit code 137 — what it means?`: the prefix in bold is one all the same.)
  const bare = raw.replace(/^(?:\*\*|__)([^*_\n]{1,15}?)(?:\*\*|__)/, '$1');
  const asks = BOLD_QUESTION.test(raw) || (hasQuestionPrefix(bare) && endsWithQuestionMark(raw));
  if (asks && !raw.includes('\n')) return i;
  // `**11) What does EXPOSE do?**` with its answer on the next lines of the paragraph.
  if (BOLD_QUESTION.test(first)) return i;
  // Cards of the spaced-repetition shapes: `Q:` / `A:` lines, `question::answer`, a `?` line, `{{c1::…}}`.
  const card =
    (Q_LINE.test(first) && raw.split('\n').some((l) => A_LINE.test(l))) ||
    SR_CARD.test(raw.replace(/`[^`\n]*`/g, 'x'));
  return card ? i : undefined;
}

const SR_CARD = /^[^\n:]{3,}[^:\s]:{2,3}[^:\s][^\n]*$|^\s*\?\??\s*$|\{\{c\d+::/m;

/** The claim of a question whose last section may go on with more questions (see questionsAfter). */
export function claimWithRest(end: number, rest: { from: Section; at: number } | undefined) {
  return rest ? { end, rest: { ...rest.from, blocks: rest.from.blocks.slice(rest.at) } } : { end };
}

/** A numbered question alone in its list, on one line, that a paragraph below answers: `16) What …?`. */
export function asksAlone(block: Block): boolean {
  const item = block.token as Tokens.ListItem;
  return (
    block.list?.items.length === 1 &&
    !item.text.trim().includes('\n') &&
    /^\s*\d+[.)]\s/.test(block.token.raw) &&
    endsWithQuestionMark(item.text.trim())
  );
}

/**
 * `## 1. Who is root? (users, rootless, user namespaces)` beside `## 2. Capabilities` and `## 3. seccomp`:
 * a numbered heading that asks among numbered headings that do not is a topic of a post, not a
 * question of a bank (its text is read as a section's, a card a fact).
 */
function amongQuestions(sections: Section[], at: number): boolean {
  const section = sections[at]!;
  const parent = section.parents.join('\u0000');
  const siblings = sections.filter(
    (s) => s.depth === section.depth && s.parents.join('\u0000') === parent && isNumbered(s.title),
  );
  if (endsWithQuestionMark(section.title) || siblings.length < 3) return true;
  return siblings.filter((s) => readsAsQuestion(s.title)).length * 2 >= siblings.length;
}

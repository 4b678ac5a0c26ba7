// A follow-up question inside an answer, in a quote: what an interviewer asks next, and its answer:
//   > 꼬리질문: 그럼 맥에서는 리눅스 컨테이너가 어떻게 도나요?
//   > → Docker Desktop이 가벼운 리눅스 VM을 띄우고, 컨테이너는 그 커널 위에서 돈다.
// A question card of its own (the answer's card keeps the quote too). Read last, over the answers
// of the note's questions, so that no other card's id changes.
import type { Tokens } from 'marked';
import type { Block, Section } from './document.js';
import { plainOf } from './markdown.js';
import { A_LINE, endsWithQuestionMark, questionKey } from './questions.js';
import type { NoteContext } from './recognizers/recognizer.js';

/** `꼬리질문:`, `**추가 질문**:`, `Follow-up:` before the question (group 1). */
const FOLLOW_UP =
  /^\s*(?:\*\*|__)?(?:꼬리\s*질문|추가\s*질문|후속\s*질문|follow[- ]?up(?:\s+question)?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(\S.*?)(?:\*\*|__)?\s*$/i;

export function addFollowUps(answers: { section: Section; at: number }[], { builder }: NoteContext): void {
  for (const { section, at } of answers) {
    const block: Block = section.blocks[at]!;
    if (block.token.type !== 'blockquote') continue;
    const [head = '', ...rest] = (block.token as Tokens.Blockquote).text.trim().split('\n');
    const asked = FOLLOW_UP.exec(head);
    if (!asked || !endsWithQuestionMark(plainOf(asked[1]!))) continue;
    // `→ …`, `A: …`, or the quote's next lines as they are.
    const [first = '', ...more] = rest;
    const answer = [A_LINE.exec(first)?.[1] ?? first, ...more].join('\n').trim();
    if (answer === '') continue;
    const question = asked[1]!;
    builder.add(
      { kind: 'qa', front: question, back: answer },
      { key: questionKey(plainOf(question)), scope: 'deck' },
      { line: block.line, endLine: block.endLine, recognizer: 'follow-ups' },
    );
  }
}

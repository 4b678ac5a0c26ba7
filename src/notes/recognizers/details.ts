// `<details><summary>1. What is Docker?</summary> answer </details>`: the summary is the question,
// the inside the answer. A summary that only says "답변 보기" / "Show answer" leaves the question
// outside: the paragraph (or heading) right before the details.
import type { Tokens } from 'marked';
import { plainOf, plainText } from '../markdown.js';
import {
  asksByItsWords,
  endsWithQuestionMark,
  isNumbered,
  questionKey,
  readsAsQuestion,
  SHOW_ANSWER,
} from '../questions.js';
import { isPlaceholder } from './noise.js';
import { type BlockRecognizer, indexBefore, markdownOf, tokensOf } from './recognizer.js';

export const details: BlockRecognizer = {
  name: 'details',
  types: ['html'],
  match(section, at, { builder }) {
    const block = section.blocks[at]!;
    if (!block.details) return undefined;
    const { summary, blocks } = block.details;
    // `<summary>TODO: VPN section</summary>` and nothing inside: still to be written.
    if (isPlaceholder(summary) && markdownOf(blocks) === '')
      return { end: at + 1, use: { skip: 'a placeholder, not yet written' } };
    let question = summary;
    let start = at;
    if (summary === '' || SHOW_ANSWER.test(summary)) {
      // The question is the paragraph before, else the section's heading.
      const i = indexBefore(section.blocks, at);
      const before = i >= 0 ? section.blocks[i]! : undefined;
      if (before?.token.type === 'paragraph') {
        question = plainText((before.token as Tokens.Paragraph).tokens).trim();
        start = i;
      } else if (before?.token.type === 'list_item' && asksAsItem(before.token as Tokens.ListItem)) {
        // `20. 익명 볼륨은 언제 생기나요?` above it: a numbered question reads as a list item.
        question = asksAsItem(before.token as Tokens.ListItem)!;
        start = i;
      } else question = section.title;
      // `replicated vs global mode`: a comparison asks as a question does.
      // (`이미지 크기를 줄이는 방법 3가지 이상 말해보라`: a question by its words, with no mark.)
    } else if (
      !readsAsQuestion(summary) &&
      !isNumbered(summary) &&
      !/\bvs\.?\s/i.test(summary) &&
      !asksByItsWords(summary)
    )
      return undefined;
    if (question === '') return undefined;
    const answer = markdownOf(blocks);
    if (answer === '') {
      builder.diagnose(block.line, `the question '${question}' has no answer inside its <details>`);
      return { start, end: at + 1, use: { skip: 'a question with an empty answer' } };
    }
    builder.add(
      { kind: 'qa', front: question, back: answer },
      { key: questionKey(question), scope: 'deck' },
      { line: section.blocks[start]!.line, endLine: block.endLine, recognizer: 'details' },
      tokensOf(blocks),
    );
    return { start, end: at + 1, use: 'own' };
  },
};

/** The question a list item asks: `20. 익명 볼륨은 언제 생기나요?` as written, or the words of `9) **Volumes vs bind mounts?**`. */
function asksAsItem(item: Tokens.ListItem): string | undefined {
  const written = plainOf(item.raw).trim();
  if (endsWithQuestionMark(written)) return written;
  const words = plainOf(item.text).trim();
  return endsWithQuestionMark(words) ? words : undefined;
}

// Obsidian callouts that hold a question: `> [!question]- What does -d do?` with the answer inside.
import type { Tokens } from 'marked';
import { plainOf } from '../markdown.js';
import { questionKey } from '../questions.js';
import type { BlockRecognizer } from './recognizer.js';

const QUESTION_CALLOUT = /^\[!(?:question|faq|help|quiz|qa|flashcard|card)\][+-]?[ \t]*(.*)$/i;

export const callout: BlockRecognizer = {
  name: 'callout',
  types: ['blockquote'],
  match(section, at, { builder }) {
    const block = section.blocks[at]!;
    if (block.token.type !== 'blockquote') return undefined;
    // The quote's markdown without its `>` marks.
    const inner = (block.token as Tokens.Blockquote).text;
    const [head = '', ...rest] = inner.split('\n');
    const marker = QUESTION_CALLOUT.exec(head.trim());
    if (!marker) return undefined;
    let question = marker[1]!.trim();
    let answer = rest.join('\n').trim();
    if (question === '') {
      // `> [!question]` alone: the first line below is the question.
      const [q = '', ...a] = answer.split('\n');
      question = q.trim();
      answer = a.join('\n').trim();
    }
    if (answer === '') {
      builder.diagnose(block.line, `the question '${plainOf(question)}' has no answer in its callout`);
      return { end: at + 1, use: { skip: 'a question with an empty answer' } };
    }
    builder.add(
      { kind: 'qa', front: question, back: answer },
      { key: questionKey(plainOf(question)), scope: 'deck' },
      { line: block.line, endLine: block.endLine, recognizer: 'callout' },
    );
    return { end: at + 1, use: 'own' };
  },
};

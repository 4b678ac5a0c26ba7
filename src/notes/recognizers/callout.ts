// Obsidian callouts: one that holds a question (`> [!question]- What does -d do?`, the answer inside)
// is a question card; any other with a title (`> [!tip] down -v`) is a card of that title, its body
// the back. A callout with no title stays its section's text.
import type { Tokens } from 'marked';
import type { CardBuilder } from '../card-builder.js';
import { isLabelWord, type Section, speaksOfTheNote } from '../document.js';
import { plainOf } from '../markdown.js';
import { endsWithQuestionMark, questionKey } from '../questions.js';
import type { BlockRecognizer, Claim } from './recognizer.js';

const QUESTION_CALLOUT = /^\[!(?:question|faq|help|quiz|qa|flashcard|card)\][+-]?[ \t]*(.*)$/i;
const TITLED_CALLOUT = /^\[![a-z][\w-]*\][+-]?[ \t]+(\S.*)$/i;

/** `> [!question]- …`, or `> [!tip] Why …?`: a callout that asks (another question's answer ends above it). */
export function asksInCallout(quote: Tokens.Blockquote): boolean {
  const head = quote.text.split('\n', 1)[0]!.trim();
  if (QUESTION_CALLOUT.test(head)) return true;
  const title = TITLED_CALLOUT.exec(head)?.[1];
  return title !== undefined && endsWithQuestionMark(plainOf(title));
}

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
    if (!marker) return titled(section, at, head.trim(), rest.join('\n').trim(), builder);
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

/** `> [!tip] down -v` and its body: a card of the title (a question card when the title asks). */
function titled(
  section: Section,
  at: number,
  head: string,
  body: string,
  builder: CardBuilder,
): Claim | undefined {
  const title = TITLED_CALLOUT.exec(head)?.[1]?.trim();
  // `> [!info] Goal`: a label over its text, which stays the section's.
  if (!title || body === '' || isLabelWord(plainOf(title))) return undefined;
  const block = section.blocks[at]!;
  // `> [!note] Why this page exists`: the writer on the note, not on Docker.
  if (speaksOfTheNote(plainOf(title)))
    return { end: at + 1, use: { skip: 'words about the note, not its topic' } };
  const asks = endsWithQuestionMark(plainOf(title));
  builder.add(
    { kind: asks ? 'qa' : 'concept', front: title, back: body },
    asks
      ? { key: questionKey(plainOf(title)), scope: 'deck' }
      : { key: plainOf(title), scope: 'deck', alternatives: [[section.title, plainOf(title)]] },
    { line: block.line, endLine: block.endLine, recognizer: 'callout' },
  );
  return { end: at + 1, use: 'own' };
}

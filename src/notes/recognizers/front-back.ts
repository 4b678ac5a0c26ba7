// `### Front` … `### Back` … (flashcard templates): the Front section's text is the question, the
// Back section's the answer.

import type { Section } from '../document.js';
import { plainOf } from '../markdown.js';
import { claimWithRest, questionsAfter } from './question-heading.js';
import { isContent, markdownOf, type SectionRecognizer } from './recognizer.js';

const FRONT = /^(?:front|앞|앞면|질문)\s*[:：]?$/i;
const BACK = /^(?:back|뒤|뒷면|답|정답)\s*[:：]?$/i;

/** Whether `sections[at]` opens a `Front` / `Back` pair. */
export function opensFrontBack(sections: readonly Section[], at: number): boolean {
  const front = sections[at]!;
  const back = sections[at + 1];
  return !!back && FRONT.test(front.title) && BACK.test(back.title) && back.depth === front.depth;
}

export const frontBack: SectionRecognizer = {
  name: 'front-back',
  match(sections, at, { builder }) {
    const front = sections[at]!;
    const back = sections[at + 1];
    if (!back || !opensFrontBack(sections, at)) return undefined;
    const question = markdownOf(front.blocks.filter(isContent));
    // The last Back of a file of cards often goes on with questions of another shape.
    const rest = questionsAfter(back);
    const answer = markdownOf((rest ? back.blocks.slice(0, rest.at) : back.blocks).filter(isContent));
    if (question === '' || answer === '') {
      builder.diagnose(
        front.line,
        `a '${front.title}' / '${back.title}' pair with an empty side makes no card`,
      );
      return { end: at + 2 };
    }
    builder.add(
      { kind: 'qa', front: question, back: answer },
      { key: plainOf(question), scope: 'deck', explicit: front.anchor },
      {
        line: front.line,
        endLine: rest ? back.blocks[rest.at - 1]!.endLine : back.endLine,
        recognizer: 'front-back',
      },
    );
    const claim = claimWithRest(at + 2, rest);
    // What follows the last Back belongs to the section the pairs are in: `Back` names no topic.
    const outer = sections.slice(0, at).findLast((s) => s.depth < front.depth);
    if (claim.rest && outer) claim.rest.title = outer.title;
    return claim;
  },
};

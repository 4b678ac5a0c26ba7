// `## Q1. What is an image?` (or `## 3. Explain …`) with its answer below, under `### Answer`,
// `### 답변`, `### 핵심 답변` or no sub-heading at all: one card per question, the whole answer on
// its back (sub-headings of the answer included).
import type { Block, Section } from '../document.js';
import { ANSWER_HEADING, isNumbered, questionKey, readsAsQuestion } from '../questions.js';
import { isContent, markdownOf, type SectionRecognizer, tokensOf } from './recognizer.js';

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
    const end = subtreeEnd(sections, at);
    const answerChild = end > at + 1 && ANSWER_HEADING.test(sections[at + 1]!.title);
    // A bare `## 왜 도커?` heading without an answer heading is a section like any other: its
    // commands and flags still make their cards (recognize.ts fronts its concept with the question).
    const numbered = isNumbered(section.title);
    if (!(answerChild || (numbered && readsAsQuestion(section.title)))) return undefined;

    const parts: string[] = [];
    const all: Block[] = [];
    let last = section.line;
    for (const part of sections.slice(at, end)) {
      const blocks = part.blocks.filter(isContent);
      all.push(...blocks);
      last = Math.max(last, part.endLine);
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
    builder.add(
      { kind: 'qa', front: section.title, back },
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
    return { end };
  },
};

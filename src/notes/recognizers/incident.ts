// A troubleshooting log's entry: a heading (the error, or what went wrong), then what was seen, why,
// and what fixed it, as labels (`**Symptom:** …`, `**원인**`) or as sub-headings (`### Fix`). One
// card of the whole entry: its commands and their output are the story's evidence, not commands to
// learn one by one (a `docker ps -a` card whose back is "**문제**" and an error teaches nothing).
import type { Block } from '../document.js';
import { subtreeEnd } from './question-heading.js';
import { isContent, markdownOf, type SectionRecognizer, tokensOf } from './recognizer.js';

const PART = {
  seen: /^(?:symptoms?|problem|issue|error|what\s+happened|문제|증상|현상|에러|오류)$/i,
  cause: /^(?:causes?|root\s+cause|why|reason|원인|이유)$/i,
  fix: /^(?:fix(?:ed)?|solution|resolution|workaround|how\s+i\s+fixed\s+it|해결(?:\s*방법|책)?|조치|대처)$/i,
};

/** `**Cause:** …`, `**원인**` alone, `원인:`: the label a paragraph opens with, if it is one of the parts. */
function partOf(block: Block): keyof typeof PART | undefined {
  if (block.token.type !== 'paragraph') return undefined;
  const label = /^\s*(?:\*\*|__)?([^*_:：\n]{1,20}?)(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?(?:\s|$)/.exec(
    block.token.raw,
  );
  return label ? partNamed(label[1]!) : undefined;
}

/** Which part a heading or a label names (headings are plain text already; a label's markup is cut off). */
const partNamed = (text: string) => {
  const label = text.trim();
  if (label.length > 20) return undefined;
  return PART_NAMES.find((k) => PART[k].test(label));
};
const PART_NAMES = Object.keys(PART) as (keyof typeof PART)[];

export const incident: SectionRecognizer = {
  name: 'incident',
  match(sections, at, { builder }) {
    const section = sections[at]!;
    if (section.depth === 0 || partNamed(section.title)) return undefined;
    const end = subtreeEnd(sections, at);
    const parts = sections.slice(at, end);
    const found = new Set<string>();
    for (const part of parts) {
      const named = part === section ? undefined : partNamed(part.title);
      if (named) found.add(named);
      else if (part !== section) return undefined;
      for (const block of part.blocks) {
        const labelled = partOf(block);
        if (labelled) found.add(labelled);
      }
    }
    // What was seen, and why or how it was fixed: at least two of the three parts.
    if (found.size < 2 || !(found.has('cause') || found.has('fix'))) return undefined;
    const blocks: Block[] = [];
    const text: string[] = [];
    for (const part of parts) {
      const content = part.blocks.filter(isContent);
      if (part !== section) text.push(`**${part.title}**`);
      if (content.length > 0) text.push(markdownOf(content));
      blocks.push(...content);
    }
    const last = parts.at(-1)!;
    builder.add(
      { kind: 'concept', front: section.title, back: text.join('\n\n') },
      {
        key: section.title,
        scope: 'deck',
        alternatives: [[section.parents.at(-1) ?? '', section.title]],
        explicit: section.anchor,
      },
      { line: section.line, endLine: Math.max(last.endLine, section.line), recognizer: 'incident' },
      tokensOf(blocks),
    );
    return { end, evidence: true };
  },
};

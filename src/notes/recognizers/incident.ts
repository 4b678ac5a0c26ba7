// A troubleshooting log's entry: a heading (the error, or what went wrong), then what was seen, why,
// and what fixed it, as labels (`**Symptom:** …`, `**원인**`) or as sub-headings (`### Fix`). One
// card of the whole entry: its commands and their output are the story's evidence, not commands to
// learn one by one (a `docker ps -a` card whose back is "**문제**" and an error teaches nothing).
import type { Block, Section } from '../document.js';
import { plainOf } from '../markdown.js';
import { subtreeEnd } from './question-heading.js';
import { isContent, markdownOf, type SectionRecognizer, tokensOf } from './recognizer.js';

const PART = {
  seen: /^(?:symptoms?|problem|issue|error|what\s+happened|문제|증상|현상|에러|오류)$/i,
  cause: /^(?:causes?|root\s+cause|why|reason|원인|이유)$/i,
  fix: /^(?:fix(?:ed)?|solution|resolution|workaround|how\s+i\s+fixed\s+it|해결(?:\s*방법|책)?|조치|대처)$/i,
};
/** `**Lesson:**`, `### 배운 점`: what the entry teaches beyond its story, read for cards of its own. */
const LESSON = /^(?:lessons?(?:\s+learned)?|takeaways?|learned|til|배운\s*점|교훈|느낀\s*점)$/i;

/** `**Cause:** …`, `**원인**` alone, `원인:`: the label a paragraph opens with, if it is one of the parts. */
function partOf(block: Block): keyof typeof PART | undefined {
  // (`**문제 2:** …` numbers an exam's task: no part of an entry.)
  if (NUMBERED_LABEL.test(block.token.raw)) return undefined;
  const label = labelOf(block);
  return label === undefined ? undefined : partNamed(label);
}

const NUMBERED_LABEL = /^\s*(?:\*\*|__)?[^*_:：\n\d]{1,20}?\s*\d+\s*[.):：]/;

const LABEL = /^\s*(?:\*\*|__)?([^*_:：\n]{1,20}?)(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?(?:\s|$)/;

/** The label a paragraph opens with (`**Cause:**`, `원인:`), its markup cut off. */
function labelOf(block: Block): string | undefined {
  if (block.token.type !== 'paragraph') return undefined;
  return LABEL.exec(block.token.raw)?.[1];
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
    const lesson = lessonOf(section, parts);
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
    return { end, evidence: true, ...(lesson ? { rest: lesson } : {}) };
  },
};

/**
 * The entry's lesson, as a section of the entry's title: from a `**Lesson:**` label (its own text and
 * the blocks after it) or a `### 배운 점` part, to the end of that part. Its exit codes, flags and
 * commands are facts to learn, where the rest of the entry is the story that led to them.
 */
function lessonOf(section: Section, parts: Section[]): Section | undefined {
  for (const part of parts) {
    if (part !== section && LESSON.test(part.title.trim())) {
      const blocks = part.blocks.filter(isContent);
      return blocks.length > 0 ? heldAs(section, part, blocks) : undefined;
    }
    const at = part.blocks.findIndex((b) => opensLesson(b) !== undefined);
    if (at === -1) continue;
    const label = part.blocks[at]!;
    // `**Lesson:** text…`: the text after the label is the lesson's first block.
    const text =
      opensLesson(label) === 'line'
        ? label.token.raw.split('\n').slice(1).join('\n').trim()
        : label.token.raw.replace(LABEL, '').trim();
    const first: Block[] =
      text === '' ? [] : [{ ...label, token: { ...label.token, raw: text, text } as typeof label.token }];
    const blocks = [...first, ...part.blocks.slice(at + 1).filter(isContent)];
    return blocks.length > 0 ? heldAs(section, part, blocks) : undefined;
  }
  return undefined;
}

/** How a paragraph opens a lesson: as its whole first line (`**배운 점**`), or a label before its text (`**Lesson:** …`). */
function opensLesson(block: Block): 'line' | 'label' | undefined {
  if (block.token.type !== 'paragraph') return undefined;
  const line = plainOf(block.token.raw.split('\n', 1)[0]!)
    .replace(/[:：]\s*$/, '')
    .trim();
  if (LESSON.test(line)) return 'line';
  const label = labelOf(block);
  return label !== undefined && LESSON.test(label) ? 'label' : undefined;
}

/** Some blocks of a part of the entry, read as a section under the entry's title that the entry's card holds. */
const heldAs = (section: Section, part: Section, blocks: Block[]): Section => ({
  ...part,
  title: section.title,
  parents: section.parents,
  blocks,
  held: true,
});

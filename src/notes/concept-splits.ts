// A section's concept card holds the text no other shape took. When that is many facts (the bullets of
// `## Why containers are not VMs`, the sentences of a paragraph on PID 1), a learner cannot tell which
// one the card asks for: each statement then becomes a card of its own, cut where it turns
// (statement-cut.ts), and the section's card keeps what is left, or goes when nothing is.
//   ## Why containers are not VMs
//   A container is a process on the host, isolated by the kernel.      (the section's card)
//   - Containers share the host kernel, so they boot in well under a second.
//       → `Why containers are not VMs › Containers share the host kernel, so [...]`
// Read last, after every other card: the ids of those stay as they were.
import { type Block, isLabelWord } from './document.js';
import { explains } from './concept-cards.js';
import { BLANK, type HeldText, inlineOf, LEANS_ON_BEFORE, MARKER, statesAFact } from './fact-clozes.js';
import { countLines, plainOf } from './markdown.js';
import { endsWithQuestionMark } from './questions.js';
import { type ConceptCard, markdownOf, type NoteContext, rawOf } from './recognizers/recognizer.js';
import { sentencesOf } from './sentences.js';
import { statementCut } from './statement-cut.js';

/** `**Note:** …`, `Tip: …`: a label before what a statement says. */
const LEADING_LABEL = /^(?:\*\*|__)?([^*_:：\n]{1,20}?)[:：](?:\*\*|__)?\s+/;
/** `my test container is …`, `I keep forgetting …`, `내가 …`: the writer's own story, not Docker's. */
const FIRST_PERSON =
  /\b(?:I|I'm|I've|I'd|[Mm]y|[Mm]e|[Ww]e|[Ww]e're|[Oo]ur|[Uu]s)\b|(?:^|\s)(?:나는|내가|제가|저는|우리|내\s)/;
/** Facts a card may hold and still say what it asks: more, and each gets a card of its own. */
const MOST_FACTS = 3;

/** A statement of a concept card's block: a sentence of a paragraph, or a list item's line. */
interface Statement {
  block: Block;
  said: string;
  line: number;
}

/** The statements of a block not held yet; none for code, tables and items with lists inside. */
function statementsOf(block: Block, held: readonly string[]): Statement[] {
  const isHeld = (said: string) => held.some((h) => h.includes(said));
  if (block.token.type === 'list_item') {
    if (!inlineOf(block)) return [];
    const said = rawOf(block).replace(MARKER, '').trim();
    return isHeld(said) ? [] : [{ block, said, line: block.line }];
  }
  if (block.token.type !== 'paragraph') return [];
  // (`;` joins the halves of one.)
  const sentences: Statement[] = [];
  for (const s of sentencesOf(rawOf(block).trim(), true)) {
    const last = sentences.at(-1);
    if (last?.said.endsWith(';')) last.said += ` ${s.text.trim()}`;
    else sentences.push({ block, said: s.text.trim(), line: block.line + s.line });
  }
  return sentences.filter((s) => !isHeld(s.said));
}

export function splitConcepts(concepts: ConceptCard[], held: HeldText, { builder }: NoteContext): void {
  // A block another card was made of alone (a term its paragraph defines, a flag its line explains) is held whole.
  const spans = [...builder.spans];
  for (const { id, blocks } of concepts)
    for (const b of blocks) {
      const alone = (s: (typeof spans)[number]) =>
        s.id !== id &&
        s.line >= b.line &&
        s.endLine <= b.endLine &&
        (b.line === b.endLine || (s.line === b.line && s.endLine === b.endLine));
      if (!held.has(b) && spans.some(alone)) held.set(b, [rawOf(b).replace(MARKER, '').trim()]);
    }
  for (const { id, section, blocks } of concepts) {
    const statements = blocks.flatMap((b) => statementsOf(b, held.get(b) ?? []));
    // (A card some of whose text other cards hold would be left with what no heading asks: the rest goes too.)
    if (statements.length > MOST_FACTS || blocks.some((b) => held.has(b))) {
      // The first sentence of an opening paragraph is what the heading asks: the section's card keeps it.
      const from = blocks[0]?.token.type === 'paragraph' && statements[0]?.block === blocks[0] ? 1 : 0;
      for (const s of statements.slice(from)) addStatement(section.title, s);
    }
    const left = blocks.filter((b) => {
      const texts = held.get(b);
      return !texts || statementsOf(b, texts).length > 0 || (b.token.type !== 'paragraph' && !inlineOf(b));
    });
    if (left.length === blocks.length && !blocks.some((b) => held.has(b))) continue;
    // A paragraph keeps its sentences no card holds.
    const back = markdownOf(left, (b) =>
      b.token.type === 'paragraph' && held.has(b)
        ? statementsOf(b, held.get(b)!)
            .map((s) => s.said)
            .join(' ')
        : rawOf(b),
    );
    builder.rebuild(id, back.trim() !== '' && explains(left) ? back : undefined);
  }

  function addStatement(title: string, { block, said, line }: Statement): void {
    const plain = plainOf(said);
    if (
      endsWithQuestionMark(said) ||
      LEANS_ON_BEFORE.test(plain) ||
      FIRST_PERSON.test(plain) ||
      !statesAFact(said, plain)
    )
      return;
    // (`**Note:** the cache of a step is …`: the label names nothing the front could ask by.)
    const label = LEADING_LABEL.exec(said);
    const stated = label && isLabelWord(label[1]!) ? said.slice(label[0].length) : said;
    const at = statementCut(stated);
    if (at === undefined) return;
    // (An item's wrapped lines are one line on the front.)
    const head = stated.slice(0, at).replace(/\s+/g, ' ').trimEnd();
    const texts = held.get(block);
    if (texts) texts.push(said);
    else held.set(block, [said]);
    builder.add(
      { kind: 'cloze', front: `${title} › ${head} ${BLANK}`, back: said },
      { key: [title, plainOf(head)], scope: 'deck', alternatives: [[title, plain]] },
      { line, endLine: line + countLines(said), recognizer: 'statement' },
    );
  }
}

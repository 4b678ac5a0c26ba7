// A section's concept card holds the text no other shape took. When that is many facts (the bullets of
// `## Why containers are not VMs`, the sentences of a paragraph on PID 1), a learner cannot tell which
// one the card asks for: each statement then becomes a card of its own, cut where it turns
// (statement-cut.ts), and the section's card keeps what is left, or goes when nothing is.
//   ## Why containers are not VMs
//   A container is a process on the host, isolated by the kernel.      (the section's card)
//   - Containers share the host kernel, so they boot in well under a second.
//       → `Why containers are not VMs › Containers share the host kernel, so [...]`
// Read last, after every other card: the ids of those stay as they were.

import type { Tokens } from 'marked';
import { explains, introduces } from './concept-cards.js';
import { type Block, isLabelWord, type Section } from './document.js';
import { BLANK, type HeldText, inlineOf, LEANS_ON_BEFORE, MARKER, statesAFact } from './fact-clozes.js';
import { countLines, plainOf } from './markdown.js';
import { endsWithQuestionMark } from './questions.js';
import { type ConceptCard, markdownOf, type NoteContext, rawOf } from './recognizers/recognizer.js';
import { sentencesOf } from './sentences.js';
import { statementCut } from './statement-cut.js';

/** A cell that stands for no value: `none`, `-`, `없음`. */
const NO_VALUE = /^(?:none|n\/a|null|default|없음|기본|-+)$/i;
/** Rows of a table read a card each, at most: a longer table is a reference to look things up in. */
const MAX_ROWS = 24;
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

export function splitConcepts(
  concepts: ConceptCard[],
  held: HeldText,
  { builder }: NoteContext,
  /** Text of the note's introduction after its opening, which no card holds: each statement a card. */
  introduction?: { section: Section; blocks: Block[] },
): void {
  // A block another card was made of alone (a term its paragraph defines, a flag its line explains) is held whole.
  const spans = [...builder.spans];
  const cardedAlone = (id: string, b: Block) =>
    spans.some(
      (s) =>
        s.id !== id &&
        s.line >= b.line &&
        s.endLine <= b.endLine &&
        (b.line === b.endLine || (s.line === b.line && s.endLine === b.endLine)),
    );
  const sections = concepts.filter((c) => c.code === undefined);
  for (const { id, blocks } of sections)
    for (const b of blocks)
      if (!held.has(b) && cardedAlone(id, b)) held.set(b, [rawOf(b).replace(MARKER, '').trim()]);
  if (introduction)
    for (const s of introduction.blocks.flatMap((b) => statementsOf(b, held.get(b) ?? [])))
      addStatement(introduction.section.title, s);
  // Tables whose rows are cards of their own now: the section's card shows them no more.
  const tabled = new Set<Block>();
  for (const { id, section, blocks } of sections) {
    for (const b of blocks) if (b.token.type === 'table' && addRows(section.title, b)) tabled.add(b);
    const statements = blocks.flatMap((b) => statementsOf(b, held.get(b) ?? []));
    // (A card some of whose text other cards hold would be left with what no heading asks: the rest goes too.)
    if (statements.length > MOST_FACTS || blocks.some((b) => held.has(b))) {
      // The first sentence of an opening paragraph is what the heading asks: the section's card keeps it.
      const from = blocks[0]?.token.type === 'paragraph' && statements[0]?.block === blocks[0] ? 1 : 0;
      for (const s of statements.slice(from)) addStatement(section.title, s);
    }
    const left = blocks.filter((b) => {
      if (tabled.has(b)) return false;
      const texts = held.get(b);
      return !texts || statementsOf(b, texts).length > 0 || (b.token.type !== 'paragraph' && !inlineOf(b));
    });
    if (left.length === blocks.length && !blocks.some((b) => held.has(b))) continue;
    // (`포인트 몇 개:` said what came next; what came next has cards of its own.)
    while (left.length > 0 && introduces(left.at(-1)!)) left.pop();
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
  // A command's card of many statements keeps the first, what the command does, and its flags' and
  // code's lines; each other statement is a card of its own.
  for (const { id, section, blocks, code } of concepts) {
    if (code === undefined) continue;
    // (A block the facts' pass read holds what it says in `held`, sentence by sentence.)
    const all = blocks.filter((b) => held.has(b) || !cardedAlone(id, b)).flatMap((b) => statementsOf(b, []));
    if (all.length <= MOST_FACTS) continue;
    // (The first stays: what the command does. Those other cards hold go with those made here.)
    const rest = all.slice(1);
    const isHeld = (s: Statement) => (held.get(s.block) ?? []).some((h) => h.includes(s.said));
    const made = rest.filter((s) => isHeld(s) || addStatement(section.title, s));
    if (made.length === 0) continue;
    const gone = new Set(made.map((s) => s.said));
    const text = markdownOf(blocks, (b) =>
      b.token.type === 'paragraph'
        ? statementsOf(b, [])
            .filter((s) => !gone.has(s.said))
            .map((s) => s.said)
            .join(' ')
        : made.some((s) => s.block === b && b.token.type === 'list_item')
          ? ''
          : rawOf(b),
    );
    builder.rebuild(id, [text, code].filter((t) => t.trim() !== '').join('\n\n'));
  }

  /**
   * `| PID | 프로세스 ID 번호 공간 | 컨테이너 안에서 내 앱이 PID 1 |`: each row of a table no shape read is
   * a card of what its columns say of the thing its first cell names.
   */
  function addRows(title: string, block: Block): boolean {
    const table = block.token as Tokens.Table;
    if (table.header.length < 2 || table.rows.length < 2 || table.rows.length > MAX_ROWS) return false;
    const heads = table.header.map((h) => h.text.trim());
    const rows = table.rows.map((row) => ({
      name: row[0]?.text.trim() ?? '',
      says: row
        .slice(1)
        .map((cell, k) => [heads[k + 1] ?? '', cell.text.trim()] as const)
        .filter(([, text]) => /[\p{L}\p{N}✅❌⭕]/u.test(text)),
    }));
    // Each row names a thing of its own: not values with no letters (`""`), nor pairings whose first
    // cells repeat (`| \`["app"]\` | none | \`app\` |`), which only the whole table explains.
    const names = rows.map((r) => plainOf(r.name).toLowerCase());
    // (`| compose | plugin |` over `| buildx | plugin |`: a list of kinds, the same said of each.)
    const said = rows.map((r) => r.says.map(([, text]) => text).join('|'));
    if (
      new Set(names).size !== names.length ||
      new Set(said).size !== said.length ||
      rows.some(
        (r) => !/\p{L}{2}/u.test(plainOf(r.name)) || NO_VALUE.test(plainOf(r.name)) || r.says.length === 0,
      )
    )
      return false;
    for (const [i, { name, says }] of rows.entries()) {
      const line = block.line + 2 + i;
      builder.add(
        {
          kind: 'concept',
          front: `${title} › ${name}`,
          back: says
            .map(([head, text]) => (head ? `- **${plainOf(head)}**: ${text}` : `- ${text}`))
            .join('\n'),
        },
        { key: [title, plainOf(name)], scope: 'deck' },
        { line, endLine: line, recognizer: 'table-rows' },
      );
    }
    return true;
  }

  /** Adds the statement's card; false when it is no statement a card can cut. */
  function addStatement(title: string, { block, said, line }: Statement): boolean {
    const plain = plainOf(said);
    if (
      endsWithQuestionMark(said) ||
      LEANS_ON_BEFORE.test(plain) ||
      FIRST_PERSON.test(plain) ||
      !statesAFact(said, plain)
    )
      return false;
    // (`**Note:** the cache of a step is …`: the label names nothing the front could ask by.)
    const label = LEADING_LABEL.exec(said);
    const stated = label && isLabelWord(label[1]!) ? said.slice(label[0].length) : said;
    const at = statementCut(stated);
    if (at === undefined) return false;
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
    return true;
  }
}

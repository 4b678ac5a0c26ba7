// What a recognizer is: it reads one shape of note (a flag table, a question bank, `Q::A` lines…),
// claims the blocks it turns into cards and makes those cards. recognize.ts runs them in a fixed
// precedence over each section's blocks, once.
import type { Token, Tokens } from 'marked';
import type { CardBuilder } from '../card-builder.js';
import type { DockerLine } from '../code-lines.js';
import type { Block, Section } from '../document.js';
import type { NoteGrammar } from '../grammar.js';
import { tidyMarkdown } from '../markdown.js';
import type { AnswerKeyEntry, OptionText } from '../types.js';

/** A multiple-choice card made without its answer: a key gives it by the question's number. */
export interface PendingQuestion {
  cardId: string;
  number: number;
  options: OptionText[];
  /** The question without its options (none for a blank to fill). */
  stem?: string;
}

/** A docker line the grammar knows: its command path (`docker container run`). */
export interface ResolvedLine extends DockerLine {
  path: string;
}

export interface NoteContext {
  grammar: NoteGrammar;
  builder: CardBuilder;
  /** The section's known docker lines (from its code), computed once per section. */
  commandsOf(section: Section): ResolvedLine[];
  /** The command a section's flags belong to: its code's, its heading's, else its parent section's. */
  commandFor(section: Section, line?: number): string | undefined;
  /** The one command the note's code shows, if it shows one only. */
  noteCommand(): string | undefined;
  /** Every command the note shows, in its code or in the command cards made so far. */
  noteCommands(): string[];
  /** The command of this note's group that a subcommand word names (`up` → `docker compose up`). */
  subcommand(word: string, section: Section): string | undefined;
  /** The commands a text names (`docker logs`, `` `docker compose down` ``), in order; undefined for unknown ones. */
  commandsIn(text: string): (string | undefined)[];
  /** The command a short label right above a list of flags, or a paragraph's first line, names. */
  leadIn(section: Section, line: number): string | undefined;
  /** Multiple-choice cards still waiting for their answer (from a key), by question number. */
  openQuestions: PendingQuestion[];
  answerKey: AnswerKeyEntry[];
  /** What command-table rows say of their commands, for the last pass to read flags from. */
  rowTexts: RowText[];
  /** The concept cards of a user's note, with the blocks each was made of (concept-splits.ts). */
  concepts: ConceptCard[];
  /**
   * Set for the last pass over text another card holds (a question's answer): a flag makes a card
   * only when the note has none of it yet, and nothing else is made or reported.
   */
  readonly onlyNewFlags?: boolean;
}

/** A section's concept card and the blocks its back was made of. */
export interface ConceptCard {
  id: string;
  section: Section;
  blocks: Block[];
  /** A command card's code, below its text: the card keeps it, whatever of the text goes. */
  code?: string;
}

/** A command table row's text, and the command its row holds. */
export interface RowText {
  section: Section;
  command: string;
  text: string;
  line: number;
}

/** What a recognizer took: blocks `[start, end)` of the section (`start` defaults to where it matched). */
export interface Claim {
  /** Earlier than the match when the shape begins before it (a question above its `<details>`). */
  start?: number;
  end: number;
  /**
   * `text`: the blocks also stay the section's text (flag bullets are part of their command's back);
   * `own`: they belong to the cards made; `skip`: noise, with the reason lint shows.
   */
  use: 'text' | 'own' | { skip: string };
  /** True when the claim made flag, term or instruction cards: the section is then no concept. */
  taught?: boolean;
}

export interface BlockRecognizer {
  name: string;
  /** The token types it reads: the others are never offered to it. */
  types: readonly string[];
  match(section: Section, at: number, context: NoteContext): Claim | undefined;
}

/** Recognizers that read whole sections (a question heading and its answer headings). */
export interface SectionRecognizer {
  name: string;
  /**
   * Claims sections `[at, end)`; their blocks are used up, but for `rest`: the blocks of a claimed
   * section that are no part of the shape, to be read as a section of their own. `evidence`: the
   * blocks tell a story (a troubleshooting entry), and their flags are no answers to read for cards.
   */
  match(
    sections: Section[],
    at: number,
    context: NoteContext,
  ): { end: number; rest?: Section; evidence?: true } | undefined;
}

/** The blocks of a section that carry text (not blank lines, rules, comments or id anchors). */
/** The first block at or after `from` that is not a blank line (`blocks.length` if none). */
export function nextBlock(blocks: readonly Block[], from: number): number {
  let i = from;
  while (i < blocks.length && blocks[i]!.token.type === 'space') i++;
  return i;
}

export function isContent(block: Block): boolean {
  const { token } = block;
  if (token.type === 'space' || token.type === 'hr') return false;
  return !(token.type === 'html' && !block.details && /^\s*<!--[\s\S]*-->\s*$/.test(token.raw));
}

/** Markdown of some blocks: items of one list stay one list. */
export function markdownOf(blocks: Block[], textOf: (block: Block) => string = rawOf): string {
  const parts: string[] = [];
  let previous: Block | undefined;
  for (const block of blocks) {
    const raw = textOf(block).trim();
    if (raw === '') continue;
    if (previous?.list && previous.list === block.list) parts[parts.length - 1] += `\n${raw}`;
    else parts.push(raw);
    previous = block;
  }
  return parts.join('\n\n');
}

/** The tokens of some blocks, items of one list together again as that list (for summaries). */
export function tokensOf(blocks: Block[]): Token[] {
  const tokens: Token[] = [];
  let list: Tokens.List | undefined;
  for (const block of blocks) {
    if (block.details) {
      tokens.push(...tokensOf(block.details.blocks));
      list = undefined;
    } else if (block.list) {
      if (list && (tokens.at(-1) as Tokens.List | undefined)?.items && list === block.list) {
        (tokens.at(-1) as Tokens.List).items.push(block.token as Tokens.ListItem);
      } else tokens.push({ ...block.list, items: [block.token as Tokens.ListItem] } as Tokens.List);
      list = block.list;
    } else {
      tokens.push(block.token);
      list = undefined;
    }
  }
  return tokens;
}

/** A block's markdown as a card shows it: `<details>` opened up to its inner markdown. */
export function rawOf(block: Block): string {
  if (block.details) return markdownOf(block.details.blocks);
  return block.token.type === 'code' ? block.token.raw : tidyMarkdown(block.token.raw);
}

/** The `<!-- id: … -->` anchor a claim at `at` may carry: the block right before it. */
export function anchorBefore(section: Section, at: number, anchorOf: (b: Block) => string | undefined) {
  const before = indexBefore(section.blocks, at);
  return before < 0 ? undefined : anchorOf(section.blocks[before]!);
}

/** Where the block before `at` is, past blank lines; -1 when there is none. */
export function indexBefore(blocks: readonly Block[], at: number): number {
  let i = at - 1;
  while (i >= 0 && blocks[i]!.token.type === 'space') i--;
  return i;
}

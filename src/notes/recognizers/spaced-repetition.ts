// Spaced-repetition syntax (Obsidian SR, Anki) in paragraphs and list items:
//   Question::Answer        one card
//   Question:::Answer       a card each way
//   a question / `?` / the answer (lines of one paragraph)
//   ==deleted== words       one cloze card per deletion
//   {{c1::deleted}}          one cloze card per number
// Never inside inline code or code blocks (`-p 8080:80`, `[ "$a" == "$b" ]`).
import { normalizeDashes } from '../../text/dashes.js';
import { flagsOf } from '../bullets.js';
import type { Block, Section } from '../document.js';
import { addFlagCard } from '../flag-cards.js';
import { plainOf } from '../markdown.js';
import { type BlockRecognizer, markdownOf, type NoteContext } from './recognizer.js';

/**
 * Inline code masked out, so that `::` or `==` inside it is never read as syntax. An Anki deletion
 * in a longer code stays (`-p 53:53/{{c1::udp}}`); code that is one deletion (`{{c1::…}}`) shows
 * the syntax rather than using it.
 */
const maskCode = (line: string) =>
  line.replace(/(`+)[^`]*?\1/g, (m) =>
    /^`+\s*\{\{c\d+::[^}]*\}\}\s*`+$/.test(m)
      ? '\u0000'.repeat(m.length)
      : m.replace(/\{\{c\d+::[^}]*\}\}|[\s\S]/g, (x) => (x.length > 1 ? x : '\u0000')),
  );

const HIGHLIGHT = /==([^=\s](?:[^=]*?[^=\s])?)==/g;
/** A cheap first look: none of the syntax, no card. */
const SYNTAX = /::|==|\n\s*\?\??\s*\n/;
const HAS_ANKI_CLOZE = /\{\{c\d+::/;
const ANKI_CLOZE = /\{\{c(\d+)::([^}]*?)(?:::([^}]*))?\}\}/g;

interface Made {
  front: string;
  back: string;
  kind: 'qa' | 'cloze';
  key: string | string[];
  /** The key this card had when clozes were read line by line (before sentences). */
  legacyKey?: string | string[];
  line: number;
  /** For a nested item's card: the question of the item it is nested in. */
  under?: string;
}

/** `title:: …`, `tags:: …` above a Logseq page: its properties, not cards. */
const PAGE_PROPERTY =
  /^(?:title|tags|alias|aliases|type|id|collapsed|public|icon|template|created|created-at|updated|updated-at|date|category|categories|status|source|author|filters)::\s/i;

/** A list item's marker, on its first line or on a nested item's. */
const ITEM_MARK = /^\s*(?:[-*+]|\d+[.)])\s+/;

/** The cards a block's lines make with this syntax, or none. */
function cardsOf(block: Block): Made[] {
  const raw = block.token.raw.replace(/\n+$/, '');
  // A nested item (`- \`--internal\`::…` under its command's line) is a line of its own, unmarked.
  const lines =
    block.token.type === 'list_item' ? raw.split('\n').map((l) => l.replace(ITEM_MARK, '')) : raw.split('\n');
  const made: Made[] = [];
  const masked = lines.map(maskCode);
  // A question, a line with `?` (or `??`, both ways) alone, then the answer. The question is the
  // lines right above the `?` that are no cards of their own (`Q::A` lines may come first).
  const mark = masked.findIndex((l) => /^\s*\?\??\s*$/.test(l));
  let single = lines.length;
  if (mark > 0 && mark < lines.length - 1) {
    let start = mark;
    while (start > 0 && !masked[start - 1]!.includes('::')) start--;
    if (start < mark) {
      single = start;
      const question = lines.slice(start, mark).join('\n').trim();
      const answer = lines
        .slice(mark + 1)
        .join('\n')
        .trim();
      const line = block.line + start;
      made.push({ kind: 'qa', front: question, back: answer, key: plainOf(question), line });
      if (masked[mark]!.trim() === '??')
        made.push({ kind: 'qa', front: answer, back: question, key: [plainOf(answer), 'reverse'], line });
    }
  }
  // Lines that are no `::` card: their deletions are read by sentence, across the note's line breaks.
  let prose: number[] = [];
  const flush = () => {
    made.push(
      ...sentenceClozes(
        prose.map((i) => lines[i]!),
        prose.map((i) => masked[i]!),
        block.line + (prose[0] ?? 0),
      ),
    );
    prose = [];
  };
  for (const [i, line] of lines.slice(0, single).entries()) {
    const m = masked[i]!;
    const sep = HAS_ANKI_CLOZE.test(m)
      ? undefined
      : m.includes(':::')
        ? ':::'
        : m.includes('::')
          ? '::'
          : undefined;
    if (sep) {
      const index = m.indexOf(sep);
      const question = line.slice(0, index).trim();
      const answer = line.slice(index + sep.length).trim();
      if (question && answer && !/^:/.test(answer)) {
        made.push({
          kind: 'qa',
          front: question,
          back: answer,
          key: plainOf(question),
          line: block.line + i,
          ...(i > 0 && block.token.type === 'list_item' && masked[0]!.includes('::')
            ? { under: lines[0]!.slice(0, masked[0]!.indexOf('::')) }
            : {}),
        });
        // `COPY --chown:::… e.g. \`COPY --chown=node:node . .\``: a definition that shows its term
        // gives the answer on the reverse card's front; only the forward card then.
        if (sep === ':::' && !shows(answer, question))
          made.push({
            kind: 'qa',
            front: answer,
            back: question,
            key: [plainOf(answer), 'reverse'],
            line: block.line + i,
          });
        flush();
        continue;
      }
    }
    prose.push(i);
  }
  flush();
  return made;
}

/** Whether `text` writes `term` (markup aside, case ignored): `--chown=node:node` shows `COPY --chown`'s flag. */
function shows(text: string, term: string): boolean {
  const plain = (t: string) => plainOf(t).toLowerCase().replace(/\s+/g, ' ').trim();
  const words = plain(term).replace(/=/g, ' ');
  if (words.length < 2) return false;
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\p{L}\\p{N}_-])${escaped}(?![\\p{L}\\p{N}_])`, 'u').test(
    plain(text).replace(/=/g, ' '),
  );
}

/** A sentence ends at `.`, `!`, `?` or `。` before a space or the end (in code-masked text). */
const SENTENCE_END = /[.!?。](?=\s|$)/g;

/**
 * The clozes of a run of lines, one sentence at a time: `… and that layer is\n==deleted==.` asks
 * the whole sentence, not its last line. When a sentence is not one line, the card keeps the key
 * it had when lines were read alone, so that its history follows it.
 */
function sentenceClozes(lines: string[], masked: string[], firstLine: number): Made[] {
  if (lines.length === 0) return [];
  const text = lines.join(' ');
  const mask = masked.join(' ');
  const byLine = lines.flatMap((line, i) => clozes(line, masked[i]!, firstLine + i));
  if (byLine.length === 0) return [];
  const made: Made[] = [];
  let start = 0;
  const ends = [...mask.matchAll(SENTENCE_END)].map((m) => m.index! + 1);
  for (const end of [...ends, text.length]) {
    if (end <= start) continue;
    const lead = /^\s*/.exec(text.slice(start, end))![0].length;
    const line = firstLine + lineAt(lines, start + lead);
    made.push(
      ...clozes(text.slice(start + lead, end).trimEnd(), mask.slice(start + lead, end).trimEnd(), line),
    );
    start = end;
  }
  // The same deletions in the same order: each card's key from line-by-line reading is its legacy key.
  if (made.length === byLine.length) {
    for (const [i, card] of made.entries()) {
      if (JSON.stringify(card.key) !== JSON.stringify(byLine[i]!.key)) card.legacyKey = byLine[i]!.key;
    }
  }
  return made;
}

/** Which of the joined lines holds the character at `offset` (lines joined with one space). */
function lineAt(lines: string[], offset: number): number {
  let end = 0;
  for (const [i, line] of lines.entries()) {
    end += line.length + 1;
    if (offset < end) return i;
  }
  return lines.length - 1;
}

function clozes(line: string, masked: string, at: number): Made[] {
  const made: Made[] = [];
  const shown = (text: string) => text.replace(HIGHLIGHT, '$1').replace(ANKI_CLOZE, '$2');
  const highlights = [...masked.matchAll(HIGHLIGHT)];
  for (const [n, match] of highlights.entries()) {
    const before = line.slice(0, match.index);
    const after = line.slice(match.index + match[0].length);
    const front = `${shown(before)}[...]${shown(after)}`;
    made.push({ kind: 'cloze', front, back: shown(line), key: [plainOf(shown(line)), `${n + 1}`], line: at });
  }
  const groups = new Map<string, RegExpMatchArray[]>();
  for (const match of masked.matchAll(ANKI_CLOZE)) {
    const list = groups.get(match[1]!) ?? [];
    list.push(match);
    groups.set(match[1]!, list);
  }
  for (const [n, matches] of groups) {
    let front = '';
    let cursor = 0;
    for (const match of matches) {
      front += shown(line.slice(cursor, match.index)) + (match[3] ? `[${match[3]}]` : '[...]');
      cursor = match.index! + match[0].length;
    }
    front += shown(line.slice(cursor));
    made.push({ kind: 'cloze', front, back: shown(line), key: [plainOf(shown(line)), `c${n}`], line: at });
  }
  return made;
}

export const spacedRepetition: BlockRecognizer = {
  name: 'spaced-repetition',
  types: ['paragraph', 'list_item'],
  match(section, at, context) {
    const { builder } = context;
    const block = section.blocks[at]!;
    if (block.token.type !== 'paragraph' && block.token.type !== 'list_item') return undefined;
    if (!SYNTAX.test(block.token.raw)) return undefined;
    const lines = block.token.raw.trim().split('\n');
    if (section.title === '' && lines.every((l) => PAGE_PROPERTY.test(l)))
      return { end: at + 1, use: { skip: "a page's properties (dates, tags, status)" } };
    const addAll = (made: Made[], endLine: number) => {
      for (const card of made) {
        // `- \`docker system df\`::…` over `- \`-v\`::…`: the nested flag is that command's.
        if (card.under !== undefined && flagOf(card, section, context)) continue;
        builder.add(
          { kind: card.kind, front: card.front, back: card.back },
          { key: card.key, scope: 'deck', ...(card.legacyKey ? { legacyKey: card.legacyKey } : {}) },
          { line: card.line, endLine, recognizer: 'spaced-repetition' },
        );
      }
    };
    const listed = listAnswered(section, at);
    if (listed) {
      // `Q::A` lines right above the question are cards of their own.
      if (listed.before.length > 0) {
        const raw = listed.before.join('\n');
        const above = { ...block, token: { ...block.token, raw } as typeof block.token };
        addAll(cardsOf(above), block.line + listed.before.length - 1);
      }
      builder.add(
        { kind: 'qa', front: listed.question, back: listed.answer },
        { key: plainOf(listed.question), scope: 'deck' },
        { line: block.line + listed.before.length, endLine: listed.endLine, recognizer: 'spaced-repetition' },
      );
      return { end: listed.end, use: 'own' };
    }
    const made = cardsOf(block);
    if (made.length === 0) return undefined;
    addAll(made, block.endLine);
    return { end: at + 1, use: 'own' };
  },
};

/**
 * `named volume 과 bind mount 차이?` and `?` over a list, a fence or both that follow on the next
 * lines: the card's answer is those blocks, up to the blank line that ends the card (marked ends the
 * paragraph where a list or a fence begins, no blank line between).
 */
const ANSWER_PART = new Set(['list_item', 'code', 'paragraph', 'blockquote', 'table']);

function listAnswered(section: Section, at: number) {
  const { blocks } = section;
  const block = blocks[at]!;
  if (block.token.type !== 'paragraph') return undefined;
  const lines = block.token.raw.trim().split('\n');
  // (One way only: a `??` card's reverse would front the list.)
  if (lines.length < 2 || !/^\s*\?\s*$/.test(lines.at(-1)!) || /^\s*\?\??\s*$/.test(lines.at(-2)!))
    return undefined;
  const first = blocks[at + 1];
  if (first?.token.type !== 'list_item' && first?.token.type !== 'code') return undefined;
  let end = at + 1;
  while (end < blocks.length && ANSWER_PART.has(blocks[end]!.token.type)) end++;
  // The question is the lines right above the `?` that are no `Q::A` cards of their own.
  let from = lines.length - 1;
  while (from > 0 && !maskCode(lines[from - 1]!).includes('::')) from--;
  const question = lines.slice(from, -1).join('\n').trim();
  if (question === '') return undefined;
  return {
    before: lines.slice(0, from),
    question,
    answer: markdownOf(blocks.slice(at + 1, end)),
    end,
    endLine: blocks[end - 1]!.endLine,
  };
}

/** A nested `-v::…` under a `docker …::` line, made the command's flag card; false when it is not one. */
function flagOf(card: Made, section: Section, context: NoteContext): boolean {
  // `--subnet 10.1.0.0/24`: the flag, and the value the note gives it.
  const [name = '', ...value] = normalizeDashes(plainOf(card.front)).split(/\s+/);
  const flags = value.length <= 1 ? flagsOf(name) : undefined;
  const command = flags && context.commandsIn(`\`${plainOf(card.under!)}\``)[0];
  if (!flags || !command) return false;
  return (
    addFlagCard(
      {
        term: plainOf(card.front),
        flags,
        ...(value.length === 1 ? { value: value[0]! } : {}),
        description: card.back,
        line: card.line,
        endLine: card.line,
        recognizer: 'spaced-repetition',
        command,
      },
      section,
      context,
    ) !== undefined
  );
}

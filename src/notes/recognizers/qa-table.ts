// Tables of questions or of words, named by their header:
//   | 질문 | 답 |  /  | Question | Answer |  /  | Front | Back |     a question card per row
//   | 용어 | 설명 |  /  | Term | Meaning |                          a term card per row
//   | policy | restarts when… | over `no`, `always` (values, keys)   a term card per row, named
//                                                                    with the table's topic
// Tables of flags, instructions or commands are other shapes (flag-table, command-table).
import type { Tokens } from 'marked';
import type { Block } from '../document.js';
import { plainOf, tidyMarkdown } from '../markdown.js';
import { questionKey } from '../questions.js';
import { type BlockRecognizer, type NoteContext, nextBlock } from './recognizer.js';
import {
  columnNamed,
  commandColumn,
  flagColumn,
  instructionIn,
  NUMBER_CELL,
  rowLine,
  type TableText,
  tableText,
} from './tables.js';

const QUESTION = /^(?:질문|문제|문항|물음|앞면|question|questions|q|front)$/i;
const ANSWER = /^(?:답|답변|정답|해설|풀이|뒷면|answer|answers|a|back)$/i;
const TERM = /^(?:용어|개념|키워드|단어|term|terms|concept|concepts|keyword|word)$/i;
const MEANING =
  /^(?:(?:한\s*줄|짧은|short|one[- ]line)\s*)?(?:설명|뜻|의미|정의|description|meaning|definition)$/i;

export const qaTable: BlockRecognizer = {
  name: 'qa-table',
  types: ['table', 'paragraph'],
  match(section, at, { builder }) {
    const block = section.blocks[at]!;
    // `**restart policies** (`--restart`)` right above a table of values: the label goes with it.
    if (block.token.type === 'paragraph') {
      const label = labelOf(block);
      const next = label === undefined ? -1 : nextBlock(section.blocks, at + 1);
      const table = section.blocks[next];
      if (label === undefined || table?.token.type !== 'table') return undefined;
      const made = valueRows(table, label, builder);
      return made > 0 ? { end: next + 1, use: 'own', taught: true } : undefined;
    }
    const token = block.token as Tokens.Table;
    const table = tableText(token);
    const question = columnNamed(table.header, QUESTION);
    const answer = columnNamed(table.header, ANSWER);
    const term = columnNamed(table.header, TERM);
    const meaning = columnNamed(table.header, MEANING);
    const asks = question !== -1 && answer !== -1;
    // A column of flags or commands under a `용어` header is still that shape's.
    const defines =
      !asks && term !== -1 && meaning !== -1 && flagColumn(table) !== term && commandColumn(table) !== term;
    if (!asks && !defines) {
      const made = valueRows(block, section.title, builder);
      return made > 0 ? { end: at + 1, use: 'own', taught: true } : undefined;
    }
    const [front, back] = asks ? [question, answer] : [term, meaning];
    let made = 0;
    for (const [r, row] of token.rows.entries()) {
      // Cells as written (code spans kept); keys from their plain text.
      const asked = tidyMarkdown(row[front]?.text.trim() ?? '');
      const said = tidyMarkdown(row[back]?.text.trim() ?? '');
      const line = rowLine(block.line, r);
      // `| 10 | B |`: a number asks nothing (a key whose letters no question here takes).
      if (asked === '' || NUMBER_CELL.test(plainOf(asked))) continue;
      if (said === '') {
        if (asks) builder.diagnose(line, `the question '${plainOf(asked)}' has no answer in its row`);
        continue;
      }
      const origin = { line, endLine: line, recognizer: 'qa-table' };
      if (asks) {
        builder.add(
          { kind: 'qa', front: asked, back: said },
          { key: questionKey(plainOf(asked)), scope: 'deck' },
          origin,
        );
      } else {
        const word = plainOf(asked);
        builder.add(
          { kind: 'term', front: `**${word}**`, back: said, term: word },
          { key: word, scope: 'deck', alternatives: [[word, section.title]] },
          origin,
        );
      }
      made++;
    }
    return made > 0 ? { end: at + 1, use: 'own', taught: true } : undefined;
  },
};

/** A cell that is one value in code: `` `on-failure[:N]` ``, `` `depends_on` ``. */
const isCodeValue = (cell: Tokens.TableCell) =>
  cell.tokens.length === 1 && cell.tokens[0]!.type === 'codespan' && cell.text.length <= 42;

/**
 * `| policy | restarts when… |` over `` `no` ``, `` `always` ``…; `| key | meaning |` over short names;
 * `| | managed by | lives where |` over `volume`, `bind mount`: rows that each define their first
 * cell. Not flags or commands (their own shapes), and never a table whose first cells are sentences.
 */
function valueTable(table: TableText, token: Tokens.Table): boolean {
  const { header, rows } = table;
  if (header.length < 2 || rows.length < 2 || flagColumn(table) === 0 || commandColumn(table) === 0)
    return false;
  const first = rows.map((row) => row[0]?.trim() ?? '');
  // (A row of `""` names no value a card could be keyed by: the table stays in its section's card.)
  if (first.some((cell) => !/[\p{L}\p{N}]/u.test(cell) || NUMBER_CELL.test(cell))) return false;
  // Values in code, a row each.
  if (header.length === 2 && token.rows.every((row) => row[0] && isCodeValue(row[0]))) return true;
  const short = first.every(
    (cell) => cell.length <= 30 && cell.split(/\s+/).length <= 3 && !/[.?!]$/.test(cell),
  );
  if (!short) return false;
  // Names under a header saying what each means, or a comparison whose first header is empty.
  if (
    (header.length === 2 && MEANING.test(header[1]!.trim())) ||
    (header[0]!.trim() === '' && header.length >= 3)
  )
    return true;
  return describesNames(table);
}

/**
 * `| driver | what it is |` / `드라이버 | 언제` over `bridge`, `host`…: whatever the headers say, names
 * in the first column, each once, and sentences beside them, with no flag, command or instruction
 * anywhere (those tables are other shapes', whatever their first column).
 */
function describesNames(table: TableText): boolean {
  const { header, rows } = table;
  if (header[0]!.trim() === '' || flagColumn(table) !== -1 || commandColumn(table) !== -1) return false;
  // (`| ENTRYPOINT | CMD | what runs |` pairs values up: no row defines its first cell.)
  if ([header[0]!, ...rows.map((row) => row[0] ?? '')].some((cell) => instructionIn(cell))) return false;
  if (new Set(rows.map((row) => row[0])).size < rows.length) return false;
  const words = (cell: string | undefined) => (cell ?? '').split(/\s+/).filter(Boolean).length;
  const named = rows.reduce((sum, row) => sum + words(row[0]), 0);
  const said = rows.reduce((sum, row) => sum + row.slice(1).reduce((s, cell) => s + words(cell), 0), 0);
  // Every row says something of its name, and says more than the name.
  return rows.every((row) => row.slice(1).some((cell) => words(cell) > 0)) && said >= 2 * named;
}

/** A bold label alone on its line (`**restart policies** (`--restart`)`), as text; else undefined. */
function labelOf(block: Block): string | undefined {
  const raw = block.token.raw.trim();
  if (!/^(?:\*\*|__)/.test(raw) || raw.includes('\n') || raw.length > 60) return undefined;
  return tidyMarkdown(raw.replace(/[:：]\s*$/, '')).replace(/(\*\*|__)(.+?)\1/g, '$2');
}

/**
 * A table of values or keys, each row saying what its first cell is or does: a term card a row,
 * its front naming the table's topic (a bare `no` would ask nothing), its back each other column
 * under its header. The number of cards made (none when the table is no such table).
 */
function valueRows(block: Block, context: string, builder: NoteContext['builder']): number {
  const token = block.token as Tokens.Table;
  const table = tableText(token);
  if (!valueTable(table, token)) return 0;
  const { header } = table;
  let made = 0;
  for (const [r, row] of token.rows.entries()) {
    const shown = tidyMarkdown(row[0]?.text.trim() ?? '');
    const cells = row.slice(1).map((cell) => tidyMarkdown(cell.text.trim()));
    if (cells.every((c) => c === '')) continue;
    const titled = (cell: string, i: number) => {
      const name = header[i + 1]!.trim();
      return cell === '' ? '' : `${name}${/[…:：]$/.test(name) ? '' : ':'} ${cell}`.trim();
    };
    const said =
      cells.length === 1 && MEANING.test(header[1]!.trim())
        ? cells[0]!
        : cells.map(titled).filter(Boolean).join('\n');
    const word = plainOf(shown);
    const line = rowLine(block.line, r);
    builder.add(
      { kind: 'term', front: `${shown} — ${context}`, back: said, term: word },
      // Keyed with the topic: `env` of a table of mount options takes no later `## ENV`'s id.
      { key: `${word} ${plainOf(context)}`, scope: 'deck' },
      { line, endLine: line, recognizer: 'qa-table' },
    );
    made++;
  }
  return made;
}

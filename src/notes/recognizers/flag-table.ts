// Option tables: `| 옵션 | 설명 |` / `|-d|백그라운드 실행|`, with or without outer pipes, cells like
// `` `-p, --publish` `` or `[`-d`](#detach)`: a flag card per row, for the section's command, or for
// the row's own when a column names it (`| docker build | -t | 이미지 이름 |`). Rows that name a
// Dockerfile instruction (`| FROM | … |`) become instruction cards.
import type { Tokens } from 'marked';
import { normalizeDashes } from '../../text/dashes.js';
import { addFlagCards, describedCommands } from '../flag-cards.js';
import { resolveLine } from './code-commands.js';
import type { BlockRecognizer, NoteContext } from './recognizer.js';
import {
  columnNamed,
  commandColumn,
  flagCell,
  flagColumn,
  instructionIn,
  rowLine,
  SUBCOMMAND_CELL,
  subcommandColumn,
  tableText,
} from './tables.js';

const DESCRIPTION =
  /^(?:설명|description|desc|의미|meaning|기능|역할|내용|what it does(?: here)?|usage|용도)$/i;

/** Columns of what a flag is written with, not what it does: `| Flag | What it limits | Example |`. */
const EXAMPLE = /^(?:examples?|e\.g\.?|예시|예|사용\s*예|default|기본값|기본|values?|값)$/i;

/**
 * With no column named for it, the text of a row is in the column of the most words that is none
 * of the flag's, the command's or an example's (the last column, when the table has no other).
 */
function textColumn(table: ReturnType<typeof tableText>, flag: number, command: number): number {
  const { header, rows } = table;
  const words = (i: number) => rows.reduce((sum, row) => sum + (row[i] ?? '').split(/\s+/).length, 0);
  const candidates = header
    .map((h, i) => ({ h, i }))
    .filter(({ h, i }) => i !== flag && i !== command && !EXAMPLE.test(h.trim()));
  if (candidates.length === 0) return header.length - 1 === flag ? -1 : header.length - 1;
  return candidates.reduce((best, c) => (words(c.i) > words(best.i) ? c : best)).i;
}

export const flagTable: BlockRecognizer = {
  name: 'flag-table',
  types: ['table'],
  match(section, at, context) {
    const block = section.blocks[at]!;
    if (block.token.type !== 'table') return undefined;
    const table = tableText(block.token as Tokens.Table);
    const { header, rows } = table;
    const column = flagColumn(table);
    if (column === -1) return undefined;
    // (A column of `image prune` cells is one of commands too, `docker` left out.)
    const written = commandColumn(table);
    const bare = written === -1 ? subcommandColumn(table) : -1;
    const commands = written === -1 ? bare : written;
    const named = columnNamed(header, DESCRIPTION);
    const described = named !== -1 ? named : textColumn(table, column, commands);
    let taught = false;
    // `| \`CMD [...]\` | \`docker run img\` | … |` with ENTRYPOINT in two rows, under a column headed by a
    // command: what each pairing does when run, which only the whole table says. No instruction cards.
    const instructions = rows.map((row) => instructionIn(normalizeDashes(row[column] ?? '')));
    const given = instructions.filter(Boolean);
    const matrix =
      new Set(given).size < given.length ||
      (described !== -1 && /^\s*(?:`|docker\s)/.test(header[described] ?? ''));
    // `| | --build | … |` below `| docker compose up | -d | … |`: an empty command cell is the row's above.
    let above = '';
    for (const [r, row] of rows.entries()) {
      if (commands !== -1) {
        const cell = (row[commands] ?? '').trim();
        above = (bare !== -1 && SUBCOMMAND_CELL.test(cell) ? `docker ${cell}` : cell) || above;
      }
      const cell = normalizeDashes(row[column] ?? '');
      const description = described === -1 ? '' : (row[described] ?? '');
      const line = rowLine(block.line, r);
      const origin = { line, endLine: line, recognizer: 'flag-table' };
      const instruction = instructions[r];
      if (instruction) {
        if (context.onlyNewFlags || matrix) continue;
        const key = `dockerfile-${instruction.toLowerCase()}`;
        if (description === '') continue;
        context.builder.add(
          { kind: 'instruction', front: `\`${instruction}\``, back: description, term: instruction },
          { key, scope: 'global', alternatives: [[key, section.title]] },
          origin,
        );
        taught = true;
        continue;
      }
      const read = flagCell(cell);
      if (!read) continue;
      const flag = { term: read.term, flags: read.flags, description, ...origin };
      // A row may name several commands (`docker system prune, docker image prune`): a card for each;
      // `-f (image prune)` names its own, after the flag.
      const paths =
        commands !== -1
          ? rowCommands(above, line, context)
          : describedCommands(
              read.command ? { ...flag, description: `(${read.command})` } : flag,
              section,
              context,
            );
      taught = addFlagCards(flag, paths, section, context) || taught;
    }
    return taught ? { end: at + 1, use: 'text', taught } : undefined;
  },
};

/**
 * The commands of a row's command cell, one or several (`docker system prune, docker image prune`);
 * a command that is unknown (and reported) teaches no flag.
 */
function rowCommands(cell: string, line: number, context: NoteContext): string[] {
  const paths = normalizeDashes(cell)
    .split(/\s*[,;/·]\s*(?=(?:\$\s*)?docker\s)/)
    .flatMap((one) => {
      const words = one
        .replace(/^\$\s*/, '')
        .split(/\s+/)
        .slice(1);
      return resolveLine({ words, line }, context.grammar, context.builder).map((r) => r.path);
    });
  return [...new Set(paths)];
}

// What the table recognizers share: a table's cells as plain text.
import type { Tokens } from 'marked';
import { normalizeDashes } from '../../text/dashes.js';
import { flagsOf, isInstruction } from '../bullets.js';
import { plainText } from '../markdown.js';

export interface TableText {
  header: string[];
  rows: string[][];
}

const read = new WeakMap<Tokens.Table, TableText>();

/** The table's cells as plain text (cached: two recognizers read each table). */
export function tableText(table: Tokens.Table): TableText {
  let text = read.get(table);
  if (!text) {
    text = readTable(table);
    read.set(table, text);
  }
  return text;
}

function readTable(table: Tokens.Table): TableText {
  return {
    header: table.header.map((c) => plainText(c.tokens).trim()),
    // `<br>` in a cell breaks its line (a hard break in the card's markdown); other space collapses.
    rows: table.rows.map((row) => row.map((c) => cellText(plainText(c.tokens)))),
  };
}

const cellText = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('  \n');

/** `7`, `Q7.`, `12)`: a cell that holds a question's number (group 1), and nothing else. */
export const NUMBER_CELL = /^Q?\s*(\d+)\s*[.)]?$/i;

/** The line of each row: the header, the delimiter row, then one line a row. */
export const rowLine = (tableLine: number, row: number) => tableLine + 2 + row;

/** A column that explains the rows' answers: `| 해설 |`, `| 한줄 해설 |`, `| Why |`. */
export const WHY_HEADER =
  /^(?:(?:한\s*줄|짧은|short|brief)\s*)?(?:해설|설명|풀이|이유|비고|explanation|reason|why|notes?|comments?)$/i;

/** The column whose header names one of `names`, else -1. */
export function columnNamed(header: string[], names: RegExp): number {
  return header.findIndex((h) => names.test(h.trim()));
}

export const DOCKER_CELL = /^(?:\$\s*)?docker\s+\S/;

/** The column where at least half the rows that fill it hold a `docker …` command, else -1 (an empty cell repeats the one above). */
export function commandColumn({ header, rows }: TableText): number {
  if (rows.length === 0) return -1;
  return header.findIndex((_, c) => {
    const filled = rows.filter((r) => (r[c] ?? '').trim() !== '');
    const commands = filled.filter((r) => DOCKER_CELL.test(r[c]!)).length;
    return commands > 0 && commands * 2 >= filled.length;
  });
}

/** `| 옵션 | 대상 명령 | 의미 |` over `| -a | image prune | … |`: a column of commands written without `docker`. */
const COMMAND_HEADER = /^(?:(?:대상\s*)?명령(?:어)?|commands?|cmd|subcommands?|하위\s*명령)$/i;
/** `image prune`: a cell of such a column that names a command. */
export const SUBCOMMAND_CELL = /^[a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*){0,2}$/;

/** The column, headed as commands, of docker's subcommands without `docker` (`image prune`), else -1. */
export function subcommandColumn({ header, rows }: TableText): number {
  return header.findIndex((h, c) => {
    if (!COMMAND_HEADER.test(h.trim())) return false;
    const filled = rows.filter((r) => (r[c] ?? '').trim() !== '');
    return (
      filled.length > 0 && filled.filter((r) => SUBCOMMAND_CELL.test(r[c]!.trim())).length * 2 > filled.length
    );
  });
}

/** `-f, --force (image prune)`: the command a flag cell names after its flags, in brackets. */
const COMMAND_ASIDE = /^(.*?\S)\s*\(((?:docker\s+)?[a-z][a-z0-9 /-]*)\)$/;

/** A flag cell's flags as written (`term`), and the command it names in brackets after them, if any. */
export function flagCell(cell: string): { term: string; flags: string[]; command?: string } | undefined {
  const normal = normalizeDashes(cell.trim());
  const flags = flagsOf(normal);
  if (flags) return { term: normal, flags };
  const aside = COMMAND_ASIDE.exec(normal);
  const named = aside && flagsOf(aside[1]!);
  return named ? { term: aside![1]!, flags: named, command: aside![2]! } : undefined;
}

/** The flags a cell names (`-p, --publish`, `-f (image prune)`), dashes made ASCII; undefined if it names something else. */
export const flagsIn = (cell: string) => flagCell(cell)?.flags;

/** `FROM`, or `FROM python:3.12-slim` with its arguments: the instruction a cell names. */
export function instructionIn(cell: string): string | undefined {
  const word = /^([A-Z]+)(?:\s|$)/.exec(cell.trim())?.[1];
  return word && isInstruction(word) ? word : undefined;
}

/** A header over Dockerfile instructions written with their arguments (`FROM python:3.12-slim`). */
const INSTRUCTION_HEADER = /^(?:instructions?|명령어|지시어|명령|dockerfile)$/i;

/** The column where most rows hold flags or Dockerfile instructions, else -1. */
export function flagColumn({ header, rows }: TableText): number {
  return header.findIndex((h, c) => {
    const withArguments = INSTRUCTION_HEADER.test(h.trim());
    const named = (cell: string) =>
      flagsIn(cell) || isInstruction(cell.trim()) || (withArguments && instructionIn(cell));
    return rows.length > 0 && rows.filter((r) => named(r[c] ?? '')).length * 2 > rows.length;
  });
}

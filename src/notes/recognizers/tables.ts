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

/** The line of each row: the header, the delimiter row, then one line a row. */
export const rowLine = (tableLine: number, row: number) => tableLine + 2 + row;

/** The column whose header names one of `names`, else -1. */
export function columnNamed(header: string[], names: RegExp): number {
  return header.findIndex((h) => names.test(h.trim()));
}

export const DOCKER_CELL = /^(?:\$\s*)?docker\s+\S/;

/** The column where at least half the rows hold a `docker …` command, else -1. */
export function commandColumn({ header, rows }: TableText): number {
  if (rows.length === 0) return -1;
  return header.findIndex(
    (_, c) => rows.filter((r) => DOCKER_CELL.test(r[c] ?? '')).length * 2 >= rows.length,
  );
}

/** The flags a cell names (`-p, --publish`), dashes made ASCII; undefined if it names something else. */
export const flagsIn = (cell: string) => flagsOf(normalizeDashes(cell));

/** The column where most rows hold flags or Dockerfile instructions, else -1. */
export function flagColumn({ header, rows }: TableText): number {
  return header.findIndex(
    (_, c) =>
      rows.length > 0 &&
      rows.filter((r) => flagsIn(r[c] ?? '') || isInstruction(r[c] ?? '')).length * 2 > rows.length,
  );
}

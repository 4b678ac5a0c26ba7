// Boxed tables whose columns line up by display width, so Korean cells (two columns a syllable) align.

import { ESCAPE_SEQUENCE } from '../text/safety.js';
import { chalkFor, displayWidth, padEnd, padStart, wrapText } from './text.js';

export type Align = 'left' | 'right' | 'center';

export interface TableOptions {
  color: boolean;
  /** Per column; a missing entry means: right if every body cell is a number, else left. */
  align?: readonly (Align | null | undefined)[];
  /** Total width to fit in; the widest columns are narrowed and their cells wrapped. */
  width?: number;
}

const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*%?$/;
/** Columns are not narrowed below this, so that a cramped table still reads as words. */
const MIN_COLUMN = 6;

/**
 * Cells are laid out as given, styling included, so text from notes must have been through
 * stripControl first (renderMarkdown's cells have).
 */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  opts: TableOptions,
): string {
  const c = chalkFor(opts.color);
  const count = Math.max(headers.length, ...rows.map((row) => row.length));
  if (count === 0) return '';
  const cell = (row: readonly string[], i: number) => row[i] ?? '';
  const columns = Array.from({ length: count }, (_, i) => i);

  const aligns = columns.map(
    (i) => opts.align?.[i] ?? (isNumeric(rows.map((row) => cell(row, i))) ? 'right' : 'left'),
  );
  const widths = columns.map((i) => {
    // A loop, not Math.max(...cells): a table of 100,000 rows would overflow the stack.
    let widest = 1;
    for (const row of [headers, ...rows]) widest = Math.max(widest, displayWidth(cell(row, i)));
    return widest;
  });
  if (opts.width !== undefined) narrow(widths, opts.width);

  // Each row becomes one or more lines: cells wrap inside their column. Most rows (a table of 2,000
  // decks) fit on one line, which is made without splitting each cell into lines.
  const [open, between, close] = [c.dim('│ '), c.dim(' │ '), c.dim(' │')];
  const layout = (row: readonly string[], style: (s: string) => string) => {
    const wrapped = columns.map((i) => wrapText(cell(row, i), widths[i]!));
    if (!wrapped.some((text) => text.includes('\n')))
      return [
        open + columns.map((i) => style(align(wrapped[i]!, widths[i]!, aligns[i]!))).join(between) + close,
      ];
    const cells = wrapped.map((text) => text.split('\n'));
    const height = Math.max(...cells.map((lines) => lines.length));
    return Array.from({ length: height }, (_, line) => {
      const parts = columns.map((i) => style(align(cells[i]![line] ?? '', widths[i]!, aligns[i]!)));
      return open + parts.join(between) + close;
    });
  };
  const rule = (left: string, middle: string, right: string) =>
    c.dim(left + widths.map((w) => '─'.repeat(w + 2)).join(middle) + right);

  const body = rows.map((row) => layout(row, (s) => s));
  // Without lines between them, rows that wrap would run into each other.
  const separate = body.some((lines) => lines.length > 1);
  const out = [rule('┌', '┬', '┐')];
  if (headers.length > 0) out.push(...layout(headers, (s) => c.bold(s)), rule('├', '┼', '┤'));
  body.forEach((lines, i) => {
    if (separate && i > 0) out.push(rule('├', '┼', '┤'));
    out.push(...lines);
  });
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

function isNumeric(cells: readonly string[]): boolean {
  const filled = cells.map((s) => s.replace(ESCAPE_SEQUENCE, '').trim()).filter((s) => s !== '');
  return filled.length > 0 && filled.every((s) => NUMBER.test(s));
}

/** Takes one column at a time from the widest column until the table fits (or nothing can give). */
function narrow(widths: number[], total: number): void {
  // Borders and padding: "│ " before each column, " │" after the last.
  let excess = widths.reduce((sum, w) => sum + w + 3, 1) - total;
  while (excess > 0) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= MIN_COLUMN) return;
    widths[widest]! -= 1;
    excess -= 1;
  }
}

function align(text: string, width: number, how: Align): string {
  if (how === 'right') return padStart(text, width);
  if (how === 'left') return padEnd(text, width);
  const left = Math.floor((width - displayWidth(text)) / 2);
  return padEnd(' '.repeat(Math.max(0, left)) + text, width);
}

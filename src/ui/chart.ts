// Vertical bar charts from unicode eighth blocks, e.g. reviews per day (30 days) or cards due per day
// (14 days). Values are counts: negatives and non-finite values count as zero.

import { chalkFor, displayWidth, padEnd, padStart } from './text.js';

const RISING = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

export interface BarChartOptions {
  color: boolean;
  /** Rows of bars (default 8). */
  height?: number;
  /** Columns available (default 80). */
  width?: number;
}

/**
 * Renders `values` as bars rising from a labelled axis, with `labels` (one per value) under them
 * as room allows; an empty list renders as the empty string.
 */
export function barChart(
  values: readonly number[],
  labels: readonly string[],
  opts: BarChartOptions,
): string {
  if (values.length === 0) return '';
  const counts = values.map(count);
  const c = chalkFor(opts.color);
  const height = Math.max(1, Math.floor(opts.height ?? 8));
  // All zero: keep a 0..1 scale so the chart still has its axes and flat, empty bars.
  const max = Math.max(1, ...counts);
  const top = format(max);
  const axisWidth = top.length;
  // A gap between bars when they fit beside the axis ("12 ┤ "), else bars side by side.
  const gap = counts.length * 2 - 1 <= (opts.width ?? 80) - axisWidth - 3 ? ' ' : '';
  const eighths = counts.map((v) => (v === 0 ? 0 : Math.max(1, Math.round((v / max) * height * 8))));

  const lines: string[] = [];
  for (let row = height - 1; row >= 0; row--) {
    const bars = eighths
      .map((e) => block(e - row * 8) || ' ')
      .join(gap)
      .trimEnd();
    const axis = row === height - 1 ? `${top} ┤` : `${' '.repeat(axisWidth)} │`;
    lines.push(`${c.dim(axis)}${bars ? ` ${c.cyan(bars)}` : ''}`);
  }
  const span = counts.length * (1 + gap.length) - gap.length;
  lines.push(c.dim(`${padStart('0', axisWidth)} └${'─'.repeat(span + 1)}`));
  const under = labelLine(labels.slice(0, counts.length), 1 + gap.length);
  if (under) lines.push(`${' '.repeat(axisWidth + 3)}${under}`);
  return lines.join('\n');
}

/** Labels under their bars, as many as fit with a space between them, starting from the first. */
function labelLine(labels: readonly string[], pitch: number): string {
  const widest = Math.max(0, ...labels.map(displayWidth));
  if (widest === 0) return '';
  const step = Math.ceil((widest + 1) / pitch);
  let line = '';
  for (let i = 0; i < labels.length; i += step) line = padEnd(line, i * pitch) + labels[i];
  return line.trimEnd();
}

/** The block for `eighths` (clamped to 0..8) of a cell; '' for none. */
function block(eighths: number): string {
  return eighths <= 0 ? '' : RISING[Math.min(8, eighths) - 1]!;
}

function count(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

function format(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

// Bar lengths for a chart, leaving drawing (characters, colour) to the UI.

/**
 * Each value scaled to at most `width` cells, the largest filling it. Any value above
 * zero gets at least one cell so a quiet day still shows.
 */
export function barLengths(values: readonly number[], width: number): number[] {
  const max = Math.max(0, ...values);
  if (max === 0) return values.map(() => 0);
  return values.map((value) => (value > 0 ? Math.max(1, Math.round((value / max) * width)) : 0));
}

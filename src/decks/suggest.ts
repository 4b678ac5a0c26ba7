import { distance } from 'fastest-levenshtein';

/** The closest candidates to a mistyped id, best first (at most `limit`). */
export function didYouMean(input: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = input.toLowerCase();
  const scored: { id: string; score: number }[] = [];
  for (const id of candidates) {
    const d = distance(needle, id);
    // Allow about one typo per four characters; a shared prefix word also counts as close.
    const close =
      d <= Math.max(2, Math.floor(needle.length / 4)) || (needle.length >= 3 && id.includes(needle));
    if (close) scored.push({ id, score: id.includes(needle) ? d / 2 : d });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((s) => s.id);
}

// "Did you mean …?" for every name a user can mistype: commands, flags, card and deck ids.

/**
 * Edits from `a` to `b`: insertions, deletions, substitutions and swaps of two neighbours (`rnu` is one
 * edit from `run`, as people mistype). The optimal-string-alignment distance, on UTF-16 units.
 */
export function editDistance(a: string, b: string): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidates close to `typed`, closest first (at most `limit`). Close means within about one
 * typo per four characters (at least two; one for words of two letters or fewer, where everything
 * is a typo of everything), or containing what was typed (three letters or more).
 */
export function closestNames(typed: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = typed.toLowerCase();
  const allowed = needle.length <= 2 ? 1 : Math.max(2, Math.floor(needle.length / 4));
  const scored: { name: string; score: number }[] = [];
  for (const name of candidates) {
    const lower = name.toLowerCase();
    const d = editDistance(needle, lower);
    const contains = needle.length >= 3 && lower.includes(needle);
    if (d <= allowed || contains) scored.push({ name, score: contains ? d / 2 : d });
  }
  // Code-point order breaks ties: stable everywhere, and localeCompare's first call costs ICU set-up.
  return scored
    .sort((a, b) => a.score - b.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, limit)
    .map((s) => s.name);
}

/** The one closest candidate, or undefined when nothing is close. */
export function closestName(typed: string, candidates: Iterable<string>): string | undefined {
  return closestNames(typed, candidates, 1)[0];
}

/** The hint to append to an error message: ' (did you mean --publish?)', or '' when nothing is close. */
export function didYouMeanSuffix(typed: string, candidates: Iterable<string>): string {
  const hint = closestName(typed, candidates);
  return hint ? ` (did you mean ${hint}?)` : '';
}

import { distance } from 'fastest-levenshtein';

/** The nearest candidate within a couple of typos, for "did you mean …?" hints. */
export function suggest(typed: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = distance(typed, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Two-letter words need a tighter bound or everything looks like a typo of everything.
  const allowed = typed.length <= 2 ? 1 : 2;
  return bestDistance <= allowed ? best : undefined;
}

/** The hint to append to an error message: ' (did you mean --publish?)', or '' when nothing is close. */
export function didYouMeanSuffix(typed: string, candidates: Iterable<string>): string {
  const hint = suggest(typed, candidates);
  return hint ? ` (did you mean ${hint}?)` : '';
}

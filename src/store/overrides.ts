// The quiz answers the learner overrode ("I was right" after a wrong verdict): where the grader may
// be wrong. A partial index holds only those rows, so finding them never scans the whole log.

import { guarded } from './errors.js';
import type { Store } from './open.js';

export interface OverriddenAnswer {
  cardId: string;
  /** What the learner gave, as typed (or the option chosen). */
  answer: string;
  reviewedMs: number;
}

const OVERRIDES_SQL = `
SELECT card_id AS cardId, answer_text AS answer, reviewed_ms AS reviewedMs
FROM review_log INDEXED BY review_log_overridden
WHERE overridden = 1 AND (@ids IS NULL OR card_id IN (SELECT value FROM json_each(@ids)))
ORDER BY reviewed_ms, id`;

/** Every overridden answer, oldest first; only those to `cardIds` when given. */
export function loadOverriddenAnswers(store: Store, cardIds?: readonly string[]): OverriddenAnswer[] {
  const ids = cardIds ? JSON.stringify(cardIds) : null;
  return guarded(store.path, () =>
    store.db.prepare<[{ ids: string | null }], OverriddenAnswer>(OVERRIDES_SQL).all({ ids }),
  );
}

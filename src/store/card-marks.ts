// Suspended, buried, flagged and tagged cards (table card_mark, migration v3), and what the review
// screen reads of the answer log: this learner's usual answer time and where today's new cards went.

import { type CardMarks, hasNoMarks } from '../srs/index.js';
import type { AnswerSource } from './answers.js';
import { guarded } from './errors.js';
import type { Store } from './open.js';

interface CardMarkRow {
  card_id: string;
  suspended: number;
  buried_until_ms: number | null;
  flagged: number;
  tags: string;
}

function rowToMarks(row: CardMarkRow): CardMarks {
  return {
    suspended: row.suspended === 1,
    ...(row.buried_until_ms === null ? {} : { buriedUntilMs: row.buried_until_ms }),
    flagged: row.flagged === 1,
    tags: row.tags.split(' ').filter(Boolean),
  };
}

/** Every card's marks, by card id; cards without any are absent. */
export function loadMarks(store: Store): Map<string, CardMarks> {
  return guarded(store.path, () => {
    const rows = store.db.prepare<[], CardMarkRow>('SELECT * FROM card_mark').all();
    return new Map(rows.map((row) => [row.card_id, rowToMarks(row)]));
  });
}

/** The marks of these cards only, by card id. */
export function loadMarksOf(store: Store, cardIds: readonly string[]): Map<string, CardMarks> {
  return guarded(store.path, () => {
    const one = store.db.prepare<[string], CardMarkRow>('SELECT * FROM card_mark WHERE card_id = ?');
    return new Map(cardIds.flatMap((id) => one.get(id) ?? []).map((row) => [row.card_id, rowToMarks(row)]));
  });
}

/** Stores a card's marks as they are now; no marks at all removes its row. */
export function saveMarks(store: Store, cardId: string, marks: CardMarks, nowMs: number): void {
  const empty = hasNoMarks(marks);
  guarded(store.path, () => {
    if (empty) {
      store.db.prepare('DELETE FROM card_mark WHERE card_id = ?').run(cardId);
      return;
    }
    store.db
      .prepare(
        `INSERT INTO card_mark (card_id, suspended, buried_until_ms, flagged, tags, updated_ms)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (card_id) DO UPDATE SET suspended = excluded.suspended,
           buried_until_ms = excluded.buried_until_ms, flagged = excluded.flagged,
           tags = excluded.tags, updated_ms = excluded.updated_ms`,
      )
      .run(
        cardId,
        marks.suspended ? 1 : 0,
        marks.buriedUntilMs ?? null,
        marks.flagged ? 1 : 0,
        marks.tags.join(' '),
        nowMs,
      );
  });
}

/**
 * The middle answer time of this learner's last `count` answers (ms), or undefined with none. The
 * median, so that a card left on screen during a coffee break does not inflate the estimate.
 */
export function typicalAnswerMs(store: Store, count = 200): number | undefined {
  return guarded(store.path, () => {
    const times = store.db
      .prepare<[number], number>('SELECT duration_ms FROM review_log ORDER BY id DESC LIMIT ?')
      .pluck()
      .all(count)
      .sort((a, b) => a - b);
    return times.length ? times[Math.floor(times.length / 2)] : undefined;
  });
}

/** New cards first answered at or after `sinceMs`, by where they were answered. */
export function newIntroducedBySource(store: Store, sinceMs: number): Partial<Record<AnswerSource, number>> {
  return guarded(store.path, () => {
    const rows = store.db
      .prepare<[number], { source: AnswerSource; n: number }>(
        'SELECT source, count(*) AS n FROM review_log WHERE reviewed_ms >= ? AND state_before = 0 GROUP BY source',
      )
      .all(sinceMs);
    return Object.fromEntries(rows.map((row) => [row.source, row.n]));
  });
}

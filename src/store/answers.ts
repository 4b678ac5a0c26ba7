// Committing an answer and taking it back. Each is one transaction: the log row and
// the card's state change together or not at all.

import type { FsrsCard, Grade, ReviewLog } from '../srs/index.js';
import { type CardStateRow, cardToRow, rowToCard, UPSERT_CARD_STATE_SQL } from './card-row.js';
import { guarded } from './errors.js';
import type { Store } from './open.js';

/** Which command the answer was given in. */
export type AnswerSource = 'review' | 'quiz' | 'card';

export interface AnswerInput {
  cardId: string;
  /** The chosen preview: `previewAnswers(...)[grade]` (extra fields are ignored). */
  answer: { card: FsrsCard; log: ReviewLog };
  /** Time the learner took to answer. */
  durationMs: number;
  source: AnswerSource;
  now: Date;
}

export interface UndoneAnswer {
  logId: number;
  cardId: string;
  rating: Grade;
  /** The card's state again, or undefined when the card is new again. */
  restored: FsrsCard | undefined;
}

const INSERT_LOG_SQL = `
INSERT INTO review_log (card_id, reviewed_ms, rating, state_before, state_after, due_before_ms,
  due_after_ms, stability_after, difficulty_after, elapsed_days, scheduled_days, duration_ms, source,
  card_before)
VALUES (@card_id, @reviewed_ms, @rating, @state_before, @state_after, @due_before_ms,
  @due_after_ms, @stability_after, @difficulty_after, @elapsed_days, @scheduled_days, @duration_ms,
  @source, @card_before)`;

const SELECT_STATE_SQL = 'SELECT * FROM card_state WHERE card_id = ?';

/** Appends the answer to review_log and stores the card's new state. Returns the log id. */
export function recordAnswer(store: Store, input: AnswerInput): number {
  const { db } = store;
  const { cardId, answer, now } = input;
  return guarded(store.path, () =>
    db
      .transaction(() => {
        const before = db.prepare<[string], CardStateRow>(SELECT_STATE_SQL).get(cardId);
        const after = cardToRow(cardId, answer.card, now.getTime());
        db.prepare(UPSERT_CARD_STATE_SQL).run(after);
        const result = db.prepare(INSERT_LOG_SQL).run({
          card_id: cardId,
          reviewed_ms: now.getTime(),
          rating: answer.log.rating,
          state_before: before?.state ?? 0,
          state_after: after.state,
          due_before_ms: before?.due_ms ?? null,
          due_after_ms: after.due_ms,
          stability_after: after.stability,
          difficulty_after: after.difficulty,
          elapsed_days: answer.log.elapsed_days,
          scheduled_days: after.scheduled_days,
          duration_ms: Math.max(0, Math.round(input.durationMs)),
          source: input.source,
          card_before: before ? JSON.stringify(before) : null,
        });
        return Number(result.lastInsertRowid);
      })
      // IMMEDIATE takes the write lock up front, so a concurrent writer waits (busy
      // timeout) instead of failing when this read turns into a write.
      .immediate(),
  );
}

// By id, not time: ids follow commit order, which is the order card_before chains in.
const SELECT_LAST_LOG_SQL =
  'SELECT id, card_id, rating, card_before FROM review_log WHERE card_id = ? ORDER BY id DESC LIMIT 1';

interface LastLogRow {
  id: number;
  card_id: string;
  rating: Grade;
  card_before: string | null;
}

/**
 * Takes back the last answer for `cardId`: the card's state goes back to exactly what it
 * was and the log row is deleted. Returns undefined when there is nothing to undo.
 */
export function undoLast(store: Store, cardId: string): UndoneAnswer | undefined {
  const { db } = store;
  return guarded(store.path, () =>
    db
      .transaction((): UndoneAnswer | undefined => {
        const last = db.prepare<[string], LastLogRow>(SELECT_LAST_LOG_SQL).get(cardId);
        if (!last) return undefined;
        db.prepare('DELETE FROM review_log WHERE id = ?').run(last.id);
        const before = last.card_before === null ? undefined : (JSON.parse(last.card_before) as CardStateRow);
        if (before) db.prepare(UPSERT_CARD_STATE_SQL).run(before);
        else db.prepare('DELETE FROM card_state WHERE card_id = ?').run(last.card_id);
        return {
          logId: last.id,
          cardId: last.card_id,
          rating: last.rating,
          restored: before && rowToCard(before),
        };
      })
      .immediate(),
  );
}

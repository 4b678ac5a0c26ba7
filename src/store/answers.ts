// Committing an answer and taking it back. Each is one transaction: the log row and
// the card's state change together or not at all.

import type { Card, Grade, RecordLogItem } from '../srs/index.js';
import { type CardStateRow, cardToRow, rowToCard, UPSERT_CARD_STATE_SQL } from './card-row.js';
import { guarded } from './errors.js';
import type { Store } from './open.js';

/** Which command the answer was given in. */
export type AnswerSource = 'review' | 'quiz' | 'card';

/** An answer the learner gave, as the study stage computed it. */
export interface AnswerInput {
  cardId: string;
  /**
   * The card's state the answer was computed from (undefined: never answered). The store commits the
   * answer only if this is still the stored state; otherwise another session answered meanwhile.
   */
  from: Card | undefined;
  /** The chosen preview: `previewAnswers(from, ...)[grade]` (extra fields are ignored). */
  answer: RecordLogItem;
  /** The same grade computed again from the state another session stored, inside the transaction. */
  rebase(stored: Card | undefined): RecordLogItem;
  /** Time the learner took to answer. */
  durationMs: number;
  source: AnswerSource;
  now: Date;
  /** A quiz answer: the text the learner gave, and whether they overrode a wrong verdict. */
  quizAnswer?: QuizAnswerText;
}

export interface QuizAnswerText {
  text: string;
  /** Graded wrong, but the learner said "I was right": recorded as right. */
  overridden: boolean;
}

export interface RecordedAnswer {
  logId: number;
  /** The card's new state: `answer.card`, or the rebased one. */
  card: Card;
  /** Another session had answered first: this answer was computed again from its state. */
  rebased: boolean;
}

export interface UndoneAnswer {
  logId: number;
  cardId: string;
  rating: Grade;
  /** The card's state again, or undefined when the card is new again. */
  restored: Card | undefined;
}

/** Why an answer cannot be taken back: it is gone, or the card was answered again after it. */
export type UndoRefusal = 'gone' | 'answered-since';

const INSERT_LOG_SQL = `
INSERT INTO review_log (card_id, reviewed_ms, rating, state_before, state_after, due_before_ms,
  due_after_ms, stability_after, difficulty_after, elapsed_days, scheduled_days, duration_ms, source,
  card_before, answer_text, overridden)
VALUES (@card_id, @reviewed_ms, @rating, @state_before, @state_after, @due_before_ms,
  @due_after_ms, @stability_after, @difficulty_after, @elapsed_days, @scheduled_days, @duration_ms,
  @source, @card_before, @answer_text, @overridden)`;

const SELECT_STATE_SQL = 'SELECT * FROM card_state WHERE card_id = ?';

/** The scheduling fields of two states agree (when each was written does not matter). */
function sameState(stored: CardStateRow | undefined, expected: CardStateRow | undefined): boolean {
  if (!stored || !expected) return stored === expected;
  return (Object.keys(stored) as (keyof CardStateRow)[]).every(
    (key) => key === 'updated_ms' || stored[key] === expected[key],
  );
}

/**
 * Appends the answer to review_log and stores the card's new state, compare-before-commit: the
 * stored state is read in the same IMMEDIATE transaction, and if it is no longer the one the answer
 * was computed from, the answer is computed again from it (`rebase`) rather than written over it.
 */
export function recordAnswer(store: Store, input: AnswerInput): RecordedAnswer {
  const { db } = store;
  const { cardId, now } = input;
  return guarded(store.path, () =>
    db
      .transaction((): RecordedAnswer => {
        const before = db.prepare<[string], CardStateRow>(SELECT_STATE_SQL).get(cardId);
        const expected = input.from && cardToRow(cardId, input.from, 0);
        const rebased = !sameState(before, expected);
        const answer = rebased ? input.rebase(before && rowToCard(before)) : input.answer;
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
          answer_text: input.quizAnswer?.text ?? null,
          overridden: input.quizAnswer ? Number(input.quizAnswer.overridden) : null,
        });
        return { logId: Number(result.lastInsertRowid), card: answer.card, rebased };
      })
      // IMMEDIATE takes the write lock before the read, so no other process can answer between the
      // comparison and the write (a concurrent writer waits out the busy timeout instead).
      .immediate(),
  );
}

const SELECT_LOG_SQL = 'SELECT id, card_id, rating, card_before FROM review_log WHERE id = ?';
// By id, not time: ids follow commit order, which is the order card_before chains in.
const SELECT_LAST_ID_SQL = 'SELECT max(id) FROM review_log WHERE card_id = ?';

interface LogRow {
  id: number;
  card_id: string;
  rating: Grade;
  card_before: string | null;
}

/**
 * Takes back the answer logged as `logId` (one this session gave): the card's state goes back to
 * exactly what it was and the row is deleted, but only while it is still the card's last answer.
 * An answer another session gave after it makes this one history: refused, nothing changes.
 */
export function undoAnswer(store: Store, logId: number): UndoneAnswer | { refused: UndoRefusal } {
  const { db } = store;
  return guarded(store.path, () =>
    db
      .transaction((): UndoneAnswer | { refused: UndoRefusal } => {
        const row = db.prepare<[number], LogRow>(SELECT_LOG_SQL).get(logId);
        if (!row) return { refused: 'gone' };
        const last = db.prepare<[string], number>(SELECT_LAST_ID_SQL).pluck().get(row.card_id);
        if (last !== row.id) return { refused: 'answered-since' };
        db.prepare('DELETE FROM review_log WHERE id = ?').run(row.id);
        const before = row.card_before === null ? undefined : (JSON.parse(row.card_before) as CardStateRow);
        if (before) db.prepare(UPSERT_CARD_STATE_SQL).run(before);
        else db.prepare('DELETE FROM card_state WHERE card_id = ?').run(row.card_id);
        return {
          logId: row.id,
          cardId: row.card_id,
          rating: row.rating,
          restored: before && rowToCard(before),
        };
      })
      .immediate(),
  );
}

// A ts-fsrs Card as a card_state row and back, losslessly: dates become epoch ms,
// numbers are stored as they are.

import type { Card, State } from '../srs/index.js';

export interface CardStateRow {
  card_id: string;
  due_ms: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review_ms: number | null;
  updated_ms: number;
}

export function cardToRow(cardId: string, card: Card, updatedMs: number): CardStateRow {
  return {
    card_id: cardId,
    due_ms: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review_ms: card.last_review ? card.last_review.getTime() : null,
    updated_ms: updatedMs,
  };
}

export function rowToCard(row: CardStateRow): Card {
  return {
    due: new Date(row.due_ms),
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsed_days,
    scheduled_days: row.scheduled_days,
    learning_steps: row.learning_steps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as State,
    last_review: row.last_review_ms === null ? undefined : new Date(row.last_review_ms),
  };
}

/** Insert or replace a whole row; named parameters match the column names. */
export const UPSERT_CARD_STATE_SQL = `
INSERT INTO card_state (card_id, due_ms, stability, difficulty, elapsed_days, scheduled_days,
  learning_steps, reps, lapses, state, last_review_ms, updated_ms)
VALUES (@card_id, @due_ms, @stability, @difficulty, @elapsed_days, @scheduled_days,
  @learning_steps, @reps, @lapses, @state, @last_review_ms, @updated_ms)
ON CONFLICT (card_id) DO UPDATE SET
  due_ms = excluded.due_ms, stability = excluded.stability, difficulty = excluded.difficulty,
  elapsed_days = excluded.elapsed_days, scheduled_days = excluded.scheduled_days,
  learning_steps = excluded.learning_steps, reps = excluded.reps, lapses = excluded.lapses,
  state = excluded.state, last_review_ms = excluded.last_review_ms, updated_ms = excluded.updated_ms`;

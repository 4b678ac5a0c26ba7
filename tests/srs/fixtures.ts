// Hand-made card states for queue and session tests.

import { type Card, createEmptyCard, type State } from '../../src/srs/index.js';

export const NOW = new Date('2026-03-01T10:00:00Z');
export const MINUTE = 60_000;
export const DAY = 86_400_000;

/** A card in `state`, due `dueInMs` from NOW (negative = overdue). */
export function cardDue(state: State, dueInMs: number): Card {
  return {
    ...createEmptyCard(NOW),
    state,
    due: new Date(NOW.getTime() + dueInMs),
    stability: 5,
    difficulty: 5,
    reps: 3,
    last_review: new Date(NOW.getTime() - DAY),
  };
}

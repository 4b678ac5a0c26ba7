// Reading card states: all of them, or only those due by a time (indexed on due_ms).

import type { Card, QueueState, State } from '../srs/index.js';
import { type CardStateRow, rowToCard } from './card-row.js';
import { guarded } from './errors.js';
import type { Store } from './open.js';

function toMap(rows: CardStateRow[]): Map<string, Card> {
  return new Map(rows.map((row) => [row.card_id, rowToCard(row)]));
}

/** Every stored card state by card id, including cards no longer in any note. */
export function loadStates(store: Store): Map<string, Card> {
  return guarded(store.path, () =>
    toMap(store.db.prepare<[], CardStateRow>('SELECT * FROM card_state').all()),
  );
}

/** The stored states of these cards only, by card id (a few point reads, not the whole table). */
export function loadStatesOf(store: Store, cardIds: readonly string[]): Map<string, Card> {
  return guarded(store.path, () => {
    const one = store.db.prepare<[string], CardStateRow>('SELECT * FROM card_state WHERE card_id = ?');
    return toMap(cardIds.flatMap((id) => one.get(id) ?? []));
  });
}

/**
 * What a queue orders by (state and due time) of the cards due before `untilMs`, by card id. Not
 * whole Cards: `decks` and `review --due` read this for every due card, 10,000 of them in a big store.
 */
export function loadDueBefore(store: Store, untilMs: number): Map<string, QueueState> {
  return guarded(store.path, () => {
    const rows = store.db
      .prepare<[number], { card_id: string; state: number; due_ms: number }>(
        'SELECT card_id, state, due_ms FROM card_state WHERE due_ms < ?',
      )
      .all(untilMs);
    return new Map(
      rows.map((row) => [row.card_id, { state: row.state as State, due: new Date(row.due_ms) }]),
    );
  });
}

/** Ids of every card that has been answered at least once (read from the primary key alone). */
export function loadKnownCardIds(store: Store): Set<string> {
  return guarded(
    store.path,
    () => new Set(store.db.prepare<[], string>('SELECT card_id FROM card_state').pluck().all()),
  );
}

/**
 * How many new cards had their first answer at or after `sinceMs`. A card is new only
 * until its first answer (undo deletes that row again), so counting rows counts cards,
 * and the review_log_by_time index answers it alone.
 */
export function countNewIntroducedSince(store: Store, sinceMs: number): number {
  return guarded(
    store.path,
    () =>
      store.db
        .prepare<[number], number>(
          'SELECT count(*) FROM review_log WHERE reviewed_ms >= ? AND state_before = 0',
        )
        .pluck()
        .get(sinceMs) ?? 0,
  );
}

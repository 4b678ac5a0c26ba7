// The card facts (card-facts.ts) of some cards, as the learner's store has them.

import type { Card, CardMarks } from '../srs/index.js';
import { loadMarks, loadMarksOf, loadStates, loadStatesOf, withStore } from '../store/index.js';
import { type CardFacts, factsOf } from './card-facts.js';

/** The facts of each of `cardIds`, read-only (a learner with no store has only new cards). */
export function readCardFacts(
  storeFile: string,
  cardIds: readonly string[],
  now: Date,
): Map<string, CardFacts> {
  // A few cards (`card`) are read one by one; a listing of many reads the tables whole.
  const few = cardIds.length <= 64;
  return withStore(storeFile, 'read', (store) => {
    const states = store ? (few ? loadStatesOf(store, cardIds) : loadStates(store)) : new Map<string, Card>();
    const marks = store
      ? few
        ? loadMarksOf(store, cardIds)
        : loadMarks(store)
      : new Map<string, CardMarks>();
    return new Map(cardIds.map((id) => [id, factsOf(states.get(id), marks.get(id), now)]));
  });
}

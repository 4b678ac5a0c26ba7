// What is due, read from the store: the review queue, the states a quiz orders its cards by, and the
// counts `dockstudy decks` shows. Read-only: none of these creates the store.

import type { CardRef, Registry } from '../decks/registry.js';
import {
  buildQueue,
  type Card,
  type CardMarks,
  DEFAULT_SRS_CONFIG,
  dayEnd,
  dayStart,
  isHidden,
  localUtcOffsetMinutes,
  type QueueState,
  type StudyQueue,
} from '../srs/index.js';
import {
  countNewIntroducedSince,
  getConfig,
  loadDueBefore,
  loadKnownCardIds,
  loadMarks,
  loadStates,
  type Store,
  withStore,
} from '../store/index.js';

export interface QueueOptions {
  cardIds: readonly string[];
  now: Date;
  dueOnly?: boolean;
  /** Overrides the day's new-card allowance (review --new N). */
  newLimit?: number;
  /** Learning cards due within this much of `now` count as due (a review's start). */
  learnAheadMs?: number;
}

/** What a queue is built from: stored states, the day's new-card allowance and what is used of it. */
interface QueueSource {
  states: ReadonlyMap<string, QueueState>;
  /** Ids with a stored state, when `states` holds only the due ones. */
  known?: ReadonlySet<string>;
  newPerDay: number;
  newSeenToday: number;
  /** Suspended and buried cards, left out. */
  hidden?: ReadonlySet<string>;
}

export function newSeenToday(store: Store, now: Date): number {
  return countNewIntroducedSince(store, dayStart(now, localUtcOffsetMinutes(now)).getTime());
}

/** Only the states that matter today (an indexed query), read once for any number of queues. */
function dueSource(store: Store | undefined, now: Date): QueueSource {
  if (!store) return { states: new Map(), newPerDay: DEFAULT_SRS_CONFIG.newPerDay, newSeenToday: 0 };
  return {
    states: loadDueBefore(store, dayEnd(now, localUtcOffsetMinutes(now)).getTime()),
    known: loadKnownCardIds(store),
    newPerDay: getConfig(store).newPerDay,
    newSeenToday: newSeenToday(store, now),
    hidden: hiddenCards(loadMarks(store), now),
  };
}

/** The cards suspended or buried at `now`. */
export function hiddenCards(marks: ReadonlyMap<string, CardMarks>, now: Date): Set<string> {
  const hidden = new Set<string>();
  for (const [id, m] of marks) if (isHidden(m, now)) hidden.add(id);
  return hidden;
}

export function queueOf(source: QueueSource, options: QueueOptions): StudyQueue {
  return buildQueue({
    cardIds: options.cardIds,
    now: options.now,
    utcOffsetMinutes: localUtcOffsetMinutes(options.now),
    dueOnly: options.dueOnly,
    states: source.states,
    ...(source.known ? { known: source.known } : {}),
    // --new N replaces the day's allowance for this session.
    config: { newPerDay: options.newLimit ?? source.newPerDay },
    newSeenToday: options.newLimit === undefined ? source.newSeenToday : 0,
    ...(source.hidden ? { hidden: source.hidden } : {}),
    ...(options.learnAheadMs ? { learnAheadMs: options.learnAheadMs } : {}),
  });
}

/** Today's queue, read-only (review --due --json). */
export function readQueue(storeFile: string, options: QueueOptions): StudyQueue {
  return withStore(storeFile, 'read', (store) => queueOf(dueSource(store, options.now), options));
}

/** Every stored card state, read-only; empty without a store. */
export function readStates(storeFile: string): Map<string, Card> {
  return withStore(storeFile, 'read', (store) => (store ? loadStates(store) : new Map()));
}

/** Cards never studied and cards due now, for each deck (`dockstudy decks`). */
export function deckCounts(
  storeFile: string,
  registry: Registry<CardRef>,
  now: Date,
): Map<string, { new: number; due: number }> {
  return withStore(storeFile, 'read', (store) => {
    // One queue of every card, its ids counted by deck: with no limit on new cards, decks do not
    // share an allowance, so each deck's counts are those of a queue of its own (2,000 decks: one
    // queue, not 2,000).
    const deckOf = new Map<string, string>();
    const counts = new Map<string, { new: number; due: number }>();
    for (const deck of registry.decks) {
      counts.set(deck.id, { new: 0, due: 0 });
      for (const card of deck.cards) deckOf.set(card.id, deck.id);
    }
    const queue = queueOf(dueSource(store, now), {
      cardIds: [...deckOf.keys()],
      now,
      newLimit: Number.MAX_SAFE_INTEGER,
    });
    for (const id of queue.new) counts.get(deckOf.get(id)!)!.new++;
    for (const id of [...queue.learning, ...queue.review]) counts.get(deckOf.get(id)!)!.due++;
    return counts;
  });
}

/** When the first of these cards comes due after `now` (ms), or undefined. */
export function nextDueAfter(
  states: ReadonlyMap<string, Card>,
  cardIds: readonly string[],
  now: number,
): number | undefined {
  let next: number | undefined;
  for (const id of cardIds) {
    const due = states.get(id)?.due.getTime();
    if (due !== undefined && due > now && (next === undefined || due < next)) next = due;
  }
  return next;
}

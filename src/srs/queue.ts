// What to study now: due learning cards, then due reviews, then today's new cards.

import { type Card, State } from 'ts-fsrs';
import type { SrsConfig } from './config.js';
import { dayEnd } from './day.js';

/** Card ids in the order they should be shown, by kind. */
export interface StudyQueue {
  learning: string[];
  review: string[];
  new: string[];
}

/** What a queue needs of a card's state: whether it is new, learning or review, and when it is due. */
export type QueueState = Pick<Card, 'state' | 'due'>;

export interface QueueInput {
  /** The cards in scope, in deck order. */
  cardIds: readonly string[];
  /**
   * Stored card states: all of them (store loadStates), or only those due by the end of
   * the study day (loadDueBefore(store, dayEnd(now))) together with `known`.
   */
  states: ReadonlyMap<string, QueueState>;
  /** Ids that have a stored state (loadKnownCardIds); defaults to the keys of `states`. */
  known?: ReadonlySet<string>;
  now: Date;
  config: Pick<SrsConfig, 'newPerDay'>;
  /** New cards already introduced this study day (the store counts them). */
  newSeenToday: number;
  /** Cards kept out whatever their state: suspended or buried (see marks.ts). */
  hidden?: ReadonlySet<string>;
  /** Learning cards due within this much of `now` count as due (Anki's learn-ahead at the start). */
  learnAheadMs?: number;
  /** Leave new cards out. */
  dueOnly?: boolean;
  /** Minutes east of UTC for the study day; the local zone when omitted. */
  utcOffsetMinutes?: number;
}

export function isLearning(card: Pick<Card, 'state'>): boolean {
  return card.state === State.Learning || card.state === State.Relearning;
}

/**
 * Learning steps are minutes long, so a learning card is due at its exact time.
 * Review intervals are whole days, so, as in Anki, a review card is due for the whole
 * study day it falls on: the day's workload is known when the day starts.
 */
export function isDue(card: QueueState, now: Date, dayEndMs: number, learnAheadMs = 0): boolean {
  if (isLearning(card)) return card.due.getTime() <= now.getTime() + learnAheadMs;
  if (card.state === State.Review) return card.due.getTime() < dayEndMs;
  return false;
}

function byDue(states: ReadonlyMap<string, QueueState>) {
  // Array#sort is stable, so equal due times keep deck order.
  return (a: string, b: string) => states.get(a)!.due.getTime() - states.get(b)!.due.getTime();
}

export function buildQueue(input: QueueInput): StudyQueue {
  const { states, now } = input;
  const dayEndMs = dayEnd(now, input.utcOffsetMinutes).getTime();
  const allowance = input.dueOnly ? 0 : Math.max(0, input.config.newPerDay - input.newSeenToday);
  const queue: StudyQueue = { learning: [], review: [], new: [] };

  const known = input.known ?? states;
  for (const id of new Set(input.cardIds)) {
    if (input.hidden?.has(id)) continue;
    const card = states.get(id);
    if (card ? card.state === State.New : !known.has(id)) {
      if (queue.new.length < allowance) queue.new.push(id);
    } else if (card && isDue(card, now, dayEndMs, input.learnAheadMs)) {
      (isLearning(card) ? queue.learning : queue.review).push(id);
    }
  }
  queue.learning.sort(byDue(states));
  queue.review.sort(byDue(states)); // most overdue first
  return queue;
}

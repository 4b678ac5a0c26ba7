// Walking a study queue within one session. A card answered into a learning step
// comes back in the same session once its step is due, or a little early when
// nothing else is left (Anki's learn-ahead limit).

import { type Card, State } from 'ts-fsrs';
import { isLearning, type StudyQueue } from './queue.js';

/** How early a learning card may be shown when nothing else is left (Anki's default). */
export const LEARN_AHEAD_MS = 20 * 60_000;

function earliestLearning(queue: StudyQueue, states: ReadonlyMap<string, Card>, untilMs: number) {
  let best: { id: string; due: number } | undefined;
  for (const id of queue.learning) {
    const due = states.get(id)?.due.getTime();
    if (due !== undefined && due <= untilMs && (!best || due < best.due)) best = { id, due };
  }
  return best?.id;
}

/**
 * The card to show next, or undefined when the session is over for now (any
 * learning cards left are due later than the learn-ahead limit).
 * Order: learning cards due now, reviews, new cards, then learning cards due soon.
 */
export function nextInSession(
  queue: StudyQueue,
  states: ReadonlyMap<string, Card>,
  now: Date,
  learnAheadMs: number = LEARN_AHEAD_MS,
): string | undefined {
  return (
    earliestLearning(queue, states, now.getTime()) ??
    queue.review[0] ??
    queue.new[0] ??
    earliestLearning(queue, states, now.getTime() + learnAheadMs)
  );
}

/**
 * The queue after `cardId` was answered into `answered`: the card leaves its list and,
 * if it is now in a (re)learning step, waits in `learning` to come back.
 * The caller also puts `answered` into its states map.
 */
export function afterAnswer(queue: StudyQueue, cardId: string, answered: Card): StudyQueue {
  const others = (ids: string[]) => ids.filter((id) => id !== cardId);
  const learning = others(queue.learning);
  if (isLearning(answered)) learning.push(cardId);
  return { learning, review: others(queue.review), new: others(queue.new) };
}

/** The queue after an answer to `cardId` was undone: the card waits again as `restored` says. */
export function returnToQueue(queue: StudyQueue, cardId: string, restored: Card | undefined): StudyQueue {
  const others = (ids: string[]) => ids.filter((id) => id !== cardId);
  const next = { learning: others(queue.learning), review: others(queue.review), new: others(queue.new) };
  if (!restored || restored.state === State.New) next.new.unshift(cardId);
  else if (isLearning(restored)) next.learning.push(cardId);
  else next.review.unshift(cardId);
  return next;
}

// What hides a card from study besides its schedule: suspended (until the learner lifts it), buried
// (until the next study day starts), and the leech rule that suspends a card that keeps lapsing.

import type { Card } from 'ts-fsrs';
import { dayEnd } from './day.js';

export interface CardMarks {
  suspended: boolean;
  /** Hidden until this instant (the start of the next study day when buried). */
  buriedUntilMs?: number;
  flagged: boolean;
  /** e.g. `leech` */
  tags: string[];
}

export const NO_MARKS: Readonly<CardMarks> = Object.freeze({ suspended: false, flagged: false, tags: [] });

export const LEECH_TAG = 'leech';

export function isBuried(marks: CardMarks | undefined, now: Date): boolean {
  return marks?.buriedUntilMs !== undefined && marks.buriedUntilMs > now.getTime();
}

/** Kept out of every queue: suspended, or buried and not yet at the next day. */
export function isHidden(marks: CardMarks | undefined, now: Date): boolean {
  return Boolean(marks?.suspended) || isBuried(marks, now);
}

export function hasNoMarks(marks: CardMarks): boolean {
  return !marks.suspended && marks.buriedUntilMs === undefined && !marks.flagged && marks.tags.length === 0;
}

/** Buried until tomorrow: the next study day's start (04:00 local). */
export function buryUntil(now: Date, utcOffsetMinutes?: number): number {
  return dayEnd(now, utcOffsetMinutes).getTime();
}

/**
 * A card that has just lapsed for the threshold-th time becomes a leech: tagged and suspended, as in
 * Anki. `before` is the state the answer started from, so that a card lapsing again later (after the
 * learner lifted the suspension) is caught at each further multiple of half the threshold.
 */
export function becomesLeech(before: Card | undefined, after: Card, threshold: number): boolean {
  const lapses = after.lapses;
  if (lapses <= (before?.lapses ?? 0) || lapses < threshold) return false;
  const step = Math.max(1, Math.ceil(threshold / 2));
  return (lapses - threshold) % step === 0;
}

export function withLeech(marks: CardMarks): CardMarks {
  const tags = marks.tags.includes(LEECH_TAG) ? marks.tags : [...marks.tags, LEECH_TAG];
  return { ...marks, suspended: true, tags };
}

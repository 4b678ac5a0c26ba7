// Two-step answering, as in Anki: preview the next state for every grade, show the
// intervals on the buttons, then the caller commits the one the learner picked.

import {
  type Card,
  createEmptyCard,
  type FSRS,
  fsrs,
  type Grade,
  Grades,
  generatorParameters,
  type RecordLogItem,
} from 'ts-fsrs';
import type { SrsConfig } from './config.js';

/** ts-fsrs's card and log for one grade, with the time until the card comes back. */
export interface AnswerPreview extends RecordLogItem {
  /** Time from `now` until the card is due again (src/ui words it for the buttons). */
  intervalMs: number;
}

export type AnswerPreviews = Record<Grade, AnswerPreview>;

/**
 * How fast memories fade in the FSRS model we schedule with (FSRS-6's last weight, w[20]): Anki
 * keeps it with each card, beside stability and difficulty, to reckon retrievability the same way.
 */
export const FSRS_DECAY: number = generatorParameters().w[20] ?? 0.5;

// One FSRS instance per desired retention; they hold no per-card state.
const schedulers = new Map<number, FSRS>();

function schedulerFor(retention: number): FSRS {
  let scheduler = schedulers.get(retention);
  if (!scheduler) {
    scheduler = fsrs(generatorParameters({ request_retention: retention }));
    schedulers.set(retention, scheduler);
  }
  return scheduler;
}

/**
 * The next state for each grade. `card` is undefined for a card never answered.
 * ts-fsrs default weights and learning steps (1m, 10m; relearning 10m), no fuzz.
 */
export function previewAnswers(
  card: Card | undefined,
  now: Date,
  config: Pick<SrsConfig, 'retention'>,
): AnswerPreviews {
  // A clock set back (or DOCKSTUDY_NOW in the past) must not make ts-fsrs throw on a
  // negative elapsed time: answer as if at the last review instead.
  const lastReview = card?.last_review;
  const at = lastReview && lastReview.getTime() > now.getTime() ? lastReview : now;
  const preview = schedulerFor(config.retention).repeat(card ?? createEmptyCard(at), at);
  const entry = (grade: Grade): AnswerPreview => {
    const item = preview[grade];
    const intervalMs = item.card.due.getTime() - now.getTime();
    return { card: item.card, log: item.log, intervalMs };
  };
  return Object.fromEntries(Grades.map((grade) => [grade, entry(grade)])) as AnswerPreviews;
}

/** Each grade's next interval in ms, in button order: Again, Hard, Good, Easy. */
export function intervalsOf(previews: AnswerPreviews): number[] {
  return Grades.map((grade) => previews[grade].intervalMs);
}

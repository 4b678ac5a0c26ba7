// Schedules between dockstudy (FSRS states, a review log) and Anki (cards' type/queue/due/ivl and
// revlog). Out: each card's place in Anki's queues and its answers as revlog rows, so that Anki
// continues where dockstudy left off. In: Anki's revlog replayed through FSRS, answer by answer, so
// that dockstudy continues from the same history.

import { type Card, FSRS_DECAY, type Grade, previewAnswers, State } from '../srs/index.js';
import {
  type AnkiCardRow,
  type AnkiRevlogRow,
  type CardHistory,
  type CardStateRow,
  cardToRow,
  type ReviewRecord,
  rowToCard,
} from '../store/index.js';

// Anki's card types and queues: new 0, learning 1, review 2, relearning 3 (the queue of learning
// and relearning cards due today is 1).
const ANKI_TYPE: Record<number, number> = {
  [State.New]: 0,
  [State.Learning]: 1,
  [State.Review]: 2,
  [State.Relearning]: 3,
};

/** Anki's ease factor (permille) for a card that has left learning: its starting ease. */
const STARTING_EASE = 2500;

export type AnkiSchedule = Pick<
  AnkiCardRow,
  'type' | 'queue' | 'due' | 'ivl' | 'factor' | 'reps' | 'lapses' | 'left' | 'data'
>;

/**
 * Where a card goes in Anki's queues. New cards are due by position; learning cards by epoch
 * second; review cards by Anki's day number (`ankiDay`: days since the collection's creation, each
 * starting at the rollover hour). `data` carries FSRS's memory state as Anki keeps it: stability in
 * days, difficulty 1–10, the model's decay, and the last review in epoch seconds.
 */
export function ankiSchedule(
  state: CardStateRow | undefined,
  position: number,
  ankiDay: (ms: number) => number,
): AnkiSchedule {
  if (!state || state.state === State.New)
    return { type: 0, queue: 0, due: position, ivl: 0, factor: 0, reps: 0, lapses: 0, left: 0, data: '{}' };
  const type = ANKI_TYPE[state.state] ?? 0;
  const review = state.state === State.Review;
  const memory = JSON.stringify({
    s: round(state.stability, 4),
    d: round(state.difficulty, 3),
    decay: round(FSRS_DECAY, 3),
    ...(state.last_review_ms === null ? {} : { lrt: Math.floor(state.last_review_ms / 1000) }),
  });
  return {
    type,
    queue: review ? 2 : 1,
    due: review ? ankiDay(state.due_ms) : Math.floor(state.due_ms / 1000),
    ivl: review || state.state === State.Relearning ? Math.max(1, state.scheduled_days) : 0,
    factor: type === 1 ? 0 : STARTING_EASE,
    reps: state.reps,
    lapses: state.lapses,
    // Steps left: one, today; Anki recomputes the rest from its own steps.
    left: review ? 0 : 1001,
    data: memory,
  };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** A revlog interval: days when a day or more, else negative seconds (learning steps). */
function revlogInterval(review: ReviewRecord): number {
  if (review.scheduled_days >= 1) return review.scheduled_days;
  return -Math.max(1, Math.round((review.due_after_ms - review.reviewed_ms) / 1000));
}

// Anki's revlog types: learn 0, review 1, relearn 2 (by the state the card was answered in).
const REVLOG_TYPE: Record<number, number> = { 0: 0, 1: 0, 2: 1, 3: 2 };

/**
 * A card's answers as revlog rows. Revlog ids are the answer times in ms and must be unique in the
 * whole collection: `taken` holds the ids used so far, and a clash moves on by a millisecond.
 */
export function ankiRevlog(
  reviews: readonly ReviewRecord[],
  cid: number,
  taken: Set<number>,
): AnkiRevlogRow[] {
  let lastIvl = 0;
  return reviews.map((review) => {
    let id = review.reviewed_ms;
    while (taken.has(id)) id++;
    taken.add(id);
    const ivl = revlogInterval(review);
    const row: AnkiRevlogRow = {
      id,
      cid,
      usn: -1,
      ease: review.rating,
      ivl,
      lastIvl,
      // With FSRS, Anki's revlog keeps the difficulty after the answer here, as 100–1100.
      factor: Math.round(((review.difficulty_after - 1) / 9 + 0.1) * 1000),
      // Anki counts at most a minute per answer.
      time: Math.min(review.duration_ms, 60_000),
      type: REVLOG_TYPE[review.state_before] ?? 0,
    };
    lastIvl = ivl;
    return row;
  });
}

// Revlog rows that are not answers: manual rescheduling (4) and Anki's own reschedules (5), and
// any row whose ease is not a grade.
const isAnswer = (row: AnkiRevlogRow) => row.ease >= 1 && row.ease <= 4 && row.type >= 0 && row.type <= 3;

/**
 * Anki's answers to one card replayed through FSRS at their own times: the review log dockstudy
 * would have written, and the state the card ends in. A card never answered has no state.
 */
export function replayRevlog(
  cardId: string,
  revlog: readonly AnkiRevlogRow[],
  retention: number,
): CardHistory {
  const reviews: ReviewRecord[] = [];
  let card: Card | undefined;
  let row: CardStateRow | undefined;
  for (const entry of [...revlog].filter(isAnswer).sort((a, b) => a.id - b.id)) {
    const now = new Date(entry.id);
    const next = previewAnswers(card, now, { retention })[entry.ease as Grade];
    const after = cardToRow(cardId, next.card, entry.id);
    reviews.push({
      reviewed_ms: entry.id,
      rating: entry.ease,
      state_before: row?.state ?? State.New,
      state_after: after.state,
      due_before_ms: row?.due_ms ?? null,
      due_after_ms: after.due_ms,
      stability_after: after.stability,
      difficulty_after: after.difficulty,
      elapsed_days: next.log.elapsed_days,
      scheduled_days: after.scheduled_days,
      duration_ms: Math.max(0, Math.round(entry.time)),
      source: 'review',
      card_before: row ?? null,
    });
    row = after;
    card = rowToCard(after);
  }
  return row ? { state: row, reviews } : { reviews };
}

// The numbers behind `dockstudy stats`, from what the store hands over. Pure: `now` and
// the time zone come in as arguments; the result is plain JSON.

import { type Card, dayKeyOfNumber, State, studyDayNumber } from '../srs/index.js';
import type { ReviewHistory } from '../store/index.js';
import { studyStreak } from './streak.js';
import { FORECAST_DAYS, HISTORY_DAYS } from './window.js';

export interface StatsInput {
  /** The cards in scope (deck order not needed). A card without a state is new. */
  cardIds: readonly string[];
  /** Stored card states (loadStates). */
  states: ReadonlyMap<string, Card>;
  /** loadReviewHistory(store, statsHistoryQuery(now, utcOffsetMinutes)). */
  history: ReviewHistory;
}

export interface CardCounts {
  total: number;
  new: number;
  learning: number;
  review: number;
  relearning: number;
}

export interface Stats {
  /** The study day the figures are for, 'YYYY-MM-DD'. */
  today: string;
  cards: CardCounts;
  reviewsToday: number;
  /** Every recorded answer, all time. */
  reviews: number;
  /** Share of answers to review-state cards that were not Again; rate is null with no such answers. */
  retention: { days: number; answers: number; passed: number; rate: number | null };
  /** Consecutive study days ending today or yesterday. */
  streak: number;
  /** The last HISTORY_DAYS study days, oldest first, ending today. */
  reviewsPerDay: { day: string; reviews: number }[];
  /** The next FORECAST_DAYS study days from today; today includes overdue cards. */
  duePerDay: { day: string; due: number }[];
}

const STATE_NAMES = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
} as const satisfies Record<State, keyof CardCounts>;

function countCards(cardIds: ReadonlySet<string>, states: ReadonlyMap<string, Card>): CardCounts {
  const counts: CardCounts = { total: cardIds.size, new: 0, learning: 0, review: 0, relearning: 0 };
  for (const id of cardIds) counts[STATE_NAMES[states.get(id)?.state ?? State.New]] += 1;
  return counts;
}

function forecast(
  cardIds: ReadonlySet<string>,
  states: ReadonlyMap<string, Card>,
  today: number,
  utcOffsetMinutes: number,
): number[] {
  const due = new Array<number>(FORECAST_DAYS).fill(0);
  for (const id of cardIds) {
    const card = states.get(id);
    if (!card || card.state === State.New) continue;
    const offset = Math.max(0, studyDayNumber(card.due, utcOffsetMinutes) - today);
    if (offset < FORECAST_DAYS) due[offset] = (due[offset] ?? 0) + 1;
  }
  return due;
}

export function computeStats(input: StatsInput, now: Date, utcOffsetMinutes: number): Stats {
  const today = studyDayNumber(now, utcOffsetMinutes);
  const cardIds = new Set(input.cardIds);
  const firstDay = today - (HISTORY_DAYS - 1);
  const window = input.history.days.filter((d) => d.day >= firstDay && d.day <= today);
  const reviewsOn = new Map(window.map((d) => [d.day, d.reviews]));
  const answers = window.reduce((sum, d) => sum + d.reviewStateAnswers, 0);
  const passed = answers - window.reduce((sum, d) => sum + d.reviewStateAgain, 0);

  return {
    today: dayKeyOfNumber(today),
    cards: countCards(cardIds, input.states),
    reviewsToday: reviewsOn.get(today) ?? 0,
    reviews: input.history.totalReviews,
    retention: { days: HISTORY_DAYS, answers, passed, rate: answers === 0 ? null : passed / answers },
    streak: studyStreak(input.history.studyDays, today),
    reviewsPerDay: Array.from({ length: HISTORY_DAYS }, (_, i) => ({
      day: dayKeyOfNumber(firstDay + i),
      reviews: reviewsOn.get(firstDay + i) ?? 0,
    })),
    duePerDay: forecast(cardIds, input.states, today, utcOffsetMinutes).map((due, i) => ({
      day: dayKeyOfNumber(today + i),
      due,
    })),
  };
}

import { describe, expect, test } from 'vitest';
import { type Card, createEmptyCard, State, studyDayNumber } from '../../src/srs/index.js';
import { computeStats, HISTORY_DAYS, statsHistoryQuery } from '../../src/stats/index.js';
import type { ReviewHistory } from '../../src/store/index.js';

const NOW = new Date('2026-03-01T10:00:00Z');
const TZ = 0;
const DAY = 86_400_000;
const TODAY = studyDayNumber(NOW, TZ);

function card(state: State, dueInDays: number): Card {
  return { ...createEmptyCard(NOW), state, due: new Date(NOW.getTime() + dueInDays * DAY) };
}

const states = new Map<string, Card>([
  ['l1', card(State.Learning, 0.01)],
  ['r-overdue', card(State.Review, -3)],
  ['r-today', card(State.Review, 0.5)], // 22:00Z, before 04:00 tomorrow
  ['r-tomorrow', card(State.Review, 1)],
  ['r-later', card(State.Review, 13)],
  ['r-far', card(State.Review, 14)],
  ['rl', card(State.Relearning, 0)],
  ['orphan', card(State.Review, 2)], // no longer in any note: not counted
]);
const cardIds = ['n1', 'n2', 'l1', 'r-overdue', 'r-today', 'r-tomorrow', 'r-later', 'r-far', 'rl'];

const history: ReviewHistory = {
  totalReviews: 1234,
  days: [
    { day: TODAY - 40, reviews: 99, reviewStateAnswers: 99, reviewStateAgain: 99 }, // outside the window
    { day: TODAY - 29, reviews: 10, reviewStateAnswers: 8, reviewStateAgain: 2 },
    { day: TODAY - 1, reviews: 5, reviewStateAnswers: 4, reviewStateAgain: 0 },
    { day: TODAY, reviews: 7, reviewStateAnswers: 4, reviewStateAgain: 1 },
  ],
  studyDays: [TODAY, TODAY - 1, TODAY - 2, TODAY - 4, TODAY - 29, TODAY - 40],
};

describe('computeStats', () => {
  const stats = computeStats({ cardIds, states, history }, NOW, TZ);

  test('cards by state, new being deck cards without a state', () => {
    expect(stats.cards).toEqual({ total: 9, new: 2, learning: 1, review: 5, relearning: 1 });
  });

  test('answers today and in total', () => {
    expect(stats.today).toBe('2026-03-01');
    expect(stats.reviewsToday).toBe(7);
    expect(stats.reviews).toBe(1234);
  });

  test('true retention over the last 30 days', () => {
    expect(stats.retention).toEqual({ days: 30, answers: 16, passed: 13, rate: 13 / 16 });
  });

  test('streak counts back from today', () => {
    expect(stats.streak).toBe(3);
  });

  test('reviews per day: 30 days, oldest first, ending today', () => {
    expect(stats.reviewsPerDay).toHaveLength(HISTORY_DAYS);
    expect(stats.reviewsPerDay[0]).toEqual({ day: '2026-01-31', reviews: 10 });
    expect(stats.reviewsPerDay.at(-2)).toEqual({ day: '2026-02-28', reviews: 5 });
    expect(stats.reviewsPerDay.at(-1)).toEqual({ day: '2026-03-01', reviews: 7 });
    expect(stats.reviewsPerDay.reduce((sum, d) => sum + d.reviews, 0)).toBe(22);
  });

  test('due per day: 14 days from today, overdue counted today', () => {
    expect(stats.duePerDay).toHaveLength(14);
    expect(stats.duePerDay[0]).toEqual({ day: '2026-03-01', due: 4 }); // l1, r-overdue, r-today, rl
    expect(stats.duePerDay[1]).toEqual({ day: '2026-03-02', due: 1 });
    expect(stats.duePerDay[13]).toEqual({ day: '2026-03-14', due: 1 }); // r-later; r-far is day 14
    expect(stats.duePerDay.reduce((sum, d) => sum + d.due, 0)).toBe(6);
  });

  test('a plain JSON-able object', () => {
    expect(JSON.parse(JSON.stringify(stats))).toEqual(stats);
  });

  test('nothing studied yet', () => {
    const empty = computeStats(
      { cardIds: ['a', 'b'], states: new Map(), history: { totalReviews: 0, days: [], studyDays: [] } },
      NOW,
      TZ,
    );
    expect(empty).toMatchObject({
      cards: { total: 2, new: 2, learning: 0, review: 0, relearning: 0 },
      reviewsToday: 0,
      reviews: 0,
      retention: { answers: 0, passed: 0, rate: null },
      streak: 0,
    });
    expect(empty.duePerDay.every((d) => d.due === 0)).toBe(true);
  });

  test('the time zone moves "today"', () => {
    // 10:00Z is 01:00 the next morning at +900: still the 1st's study day; at +1080 it is 04:00 on the 2nd.
    expect(computeStats({ cardIds, states, history }, NOW, 900).today).toBe('2026-03-01');
    expect(computeStats({ cardIds, states, history }, NOW, 1080).today).toBe('2026-03-02');
  });
});

test('statsHistoryQuery asks for the 30 study days ending today', () => {
  expect(statsHistoryQuery(NOW, 60)).toEqual({
    sinceMs: new Date('2026-01-31T03:00:00Z').getTime(),
    utcOffsetMinutes: 60,
  });
});

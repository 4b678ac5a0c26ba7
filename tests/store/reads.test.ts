import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Rating, studyDayNumber } from '../../src/srs/index.js';
import { computeStats, statsHistoryQuery } from '../../src/stats/index.js';
import {
  closeStore,
  loadKnownCardIds,
  loadMarks,
  loadMarksOf,
  loadReviewHistory,
  loadDueBefore,
  loadStates,
  loadStatesOf,
  openStore,
  type Store,
  saveMarks,
} from '../../src/store/index.js';
import { answer, NOW, tempDir } from './helpers.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(NOW.getTime() + ms);

function open(): Store {
  return openStore(join(tempDir(), 'dockstudy.db'));
}

describe('card state reads', () => {
  test('all states, what is due before a time, and known ids', () => {
    const store = open();
    answer(store, 'learning', Rating.Good, NOW); // due NOW + 10m
    answer(store, 'review', Rating.Easy, NOW); // due NOW + 8d
    expect([...loadStates(store).keys()].sort()).toEqual(['learning', 'review']);
    expect([...loadDueBefore(store, at(11 * 60_000).getTime()).keys()]).toEqual(['learning']);
    expect([...loadDueBefore(store, at(9 * DAY).getTime()).keys()].sort()).toEqual(['learning', 'review']);
    expect(loadDueBefore(store, NOW.getTime()).size).toBe(0);
    // A queue's due reads keep the state and the due time only, the same as the whole card's.
    const whole = loadStates(store).get('review')!;
    expect(loadDueBefore(store, at(9 * DAY).getTime()).get('review')).toEqual({
      state: whole.state,
      due: whole.due,
    });
    expect(loadKnownCardIds(store)).toEqual(new Set(['learning', 'review']));
    // The named cards only, the same states as the whole table's; an unknown id has none.
    const some = loadStatesOf(store, ['review', 'never-seen']);
    expect([...some.keys()]).toEqual(['review']);
    expect(some.get('review')).toEqual(loadStates(store).get('review'));
    closeStore(store);
  });
});

describe('card mark reads', () => {
  test('the marks of the named cards only, as the whole table has them', () => {
    const store = open();
    saveMarks(store, 'a', { suspended: true, flagged: false, tags: [] }, NOW.getTime());
    saveMarks(store, 'b', { suspended: false, flagged: true, tags: ['leech'] }, NOW.getTime());
    const some = loadMarksOf(store, ['b', 'c']);
    expect([...some.keys()]).toEqual(['b']);
    expect(some.get('b')).toEqual(loadMarks(store).get('b'));
    closeStore(store);
  });
});

describe('loadReviewHistory', () => {
  test('sums answers per study day in the given zone, and lists every study day', () => {
    const store = open();
    const tz = 60; // CET: study days start at 03:00Z
    // NOW is 2026-03-01T10:00Z. Review-state answers need a card in review: 'r' graduates with Easy.
    answer(store, 'r', Rating.Easy, at(-20 * DAY)); // 02-09: new answer
    answer(store, 'x', Rating.Good, at(-3 * DAY)); // 02-26
    answer(store, 'r', Rating.Again, at(-12 * DAY)); // 02-17: review answer, Again
    answer(store, 'r', Rating.Good, at(-12 * DAY + 20 * 60_000)); // 02-17: relearning answer
    answer(store, 'y', Rating.Good, at(-7 * HOUR)); // 03:00Z = 04:00 CET on 03-01: today
    answer(store, 'z', Rating.Good, at(-7 * HOUR - 60_000)); // 02:59Z = 03:59 CET: still 02-28

    const today = studyDayNumber(NOW, tz);
    const history = loadReviewHistory(store, { sinceMs: at(-15 * DAY).getTime(), utcOffsetMinutes: tz });
    expect(history.totalReviews).toBe(6);
    expect(history.days).toEqual([
      { day: today - 12, reviews: 2, reviewStateAnswers: 1, reviewStateAgain: 1 },
      { day: today - 3, reviews: 1, reviewStateAnswers: 0, reviewStateAgain: 0 },
      { day: today - 1, reviews: 1, reviewStateAnswers: 0, reviewStateAgain: 0 },
      { day: today, reviews: 1, reviewStateAnswers: 0, reviewStateAgain: 0 },
    ]);
    expect(history.studyDays).toEqual([today, today - 1, today - 3, today - 12, today - 20]);
    closeStore(store);
  });

  test('limited to some cards (one deck): the same figures over their answers only', () => {
    const store = open();
    answer(store, 'a', Rating.Good, at(-3 * DAY));
    answer(store, 'b', Rating.Good, at(-2 * DAY));
    answer(store, 'a', Rating.Good, at(-1 * DAY));
    const today = studyDayNumber(NOW, 0);
    const history = loadReviewHistory(store, { sinceMs: 0, utcOffsetMinutes: 0, cardIds: ['a', 'c'] });
    expect(history.totalReviews).toBe(2);
    expect(history.days.map((d) => [d.day, d.reviews])).toEqual([
      [today - 3, 1],
      [today - 1, 1],
    ]);
    expect(history.studyDays).toEqual([today - 1, today - 3]);
    expect(loadReviewHistory(store, { sinceMs: 0, utcOffsetMinutes: 0, cardIds: [] }).totalReviews).toBe(0);
    closeStore(store);
  });

  test('an empty log', () => {
    const store = open();
    expect(loadReviewHistory(store, { sinceMs: 0, utcOffsetMinutes: 0 })).toEqual({
      totalReviews: 0,
      days: [],
      studyDays: [],
    });
    closeStore(store);
  });
});

describe('feeding the statistics', () => {
  test('what the store returns is what computeStats needs', () => {
    const store = open();
    const tz = -300;
    answer(store, 'a', Rating.Good, at(-2 * DAY));
    answer(store, 'b', Rating.Good, at(-DAY));
    answer(store, 'a', Rating.Good, NOW);
    answer(store, 'c', Rating.Again, NOW);
    const stats = computeStats(
      {
        cardIds: ['a', 'b', 'c', 'd'],
        states: loadStates(store),
        history: loadReviewHistory(store, statsHistoryQuery(NOW, tz)),
      },
      NOW,
      tz,
    );
    // NOW is 05:00 in New York on 03-01: the study day is 03-01.
    expect(stats).toMatchObject({
      today: '2026-03-01',
      cards: { total: 4, new: 1, learning: 2, review: 1, relearning: 0 },
      reviewsToday: 2,
      reviews: 4,
      streak: 3,
    });
    expect(stats.reviewsPerDay.slice(-3).map((d) => d.reviews)).toEqual([1, 1, 2]);
    closeStore(store);
  });
});

describe('answers dated before 1970', () => {
  test('the study days are counted by floor, and the query ends', () => {
    const store = open();
    const early = [Date.UTC(1969, 11, 31, 12), Date.UTC(1969, 11, 30, 12), -1, Date.UTC(1950, 0, 1)];
    for (const [i, ms] of early.entries()) answer(store, `old-${i}`, Rating.Good, new Date(ms));
    answer(store, 'now', Rating.Good, NOW);
    const history = loadReviewHistory(store, { sinceMs: Date.UTC(1940, 0, 1), utcOffsetMinutes: 0 });
    const expected = [NOW.getTime(), ...early].map((ms) => studyDayNumber(ms, 0));
    expect(history.studyDays).toEqual([...new Set(expected)].sort((a, b) => b - a));
    expect(history.days.map((d) => d.day)).toEqual([...new Set(expected)].sort((a, b) => a - b));
    expect(history.totalReviews).toBe(5);
    closeStore(store);
  });
});

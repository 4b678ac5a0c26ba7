import { describe, expect, test } from 'vitest';
import { Grades, previewAnswers, Rating, State } from '../../src/srs/index.js';
import { DAY, MINUTE, NOW } from './fixtures.js';

const config = { retention: 0.9 };

describe('previewAnswers', () => {
  test('a new card: learning steps 1m / 6m / 10m, Easy graduates', () => {
    const preview = previewAnswers(undefined, NOW, config);
    expect(Grades.map((g) => preview[g].intervalMs)).toEqual([MINUTE, 6 * MINUTE, 10 * MINUTE, 8 * DAY]);
    expect(preview[Rating.Again].card.state).toBe(State.Learning);
    expect(preview[Rating.Good].card.state).toBe(State.Learning);
    expect(preview[Rating.Easy].card.state).toBe(State.Review);
    expect(preview[Rating.Good].card.due.getTime()).toBe(NOW.getTime() + 10 * MINUTE);
    expect(preview[Rating.Good].intervalMs).toBe(10 * MINUTE);
    // The log describes the card as it was: new, answered now.
    expect(preview[Rating.Good].log.state).toBe(State.New);
    expect(preview[Rating.Good].log.rating).toBe(Rating.Good);
    expect(preview[Rating.Good].log.review).toEqual(NOW);
  });

  test('following Good through learning into review', () => {
    const learning = previewAnswers(undefined, NOW, config)[Rating.Good].card;
    const second = previewAnswers(learning, learning.due, config);
    expect(Grades.map((g) => second[g].intervalMs)).toEqual([MINUTE, 6 * MINUTE, 2 * DAY, 4 * DAY]);
    const review = second[Rating.Good].card;
    expect(review.state).toBe(State.Review);

    const third = previewAnswers(review, review.due, config);
    expect(Grades.map((g) => third[g].intervalMs)).toEqual([10 * MINUTE, 8 * DAY, 11 * DAY, 19 * DAY]);
    expect(third[Rating.Again].card.state).toBe(State.Relearning);
    expect(third[Rating.Again].card.lapses).toBe(1);
  });

  test('a higher desired retention schedules sooner', () => {
    const learning = previewAnswers(undefined, NOW, config)[Rating.Good].card;
    const review = previewAnswers(learning, learning.due, config)[Rating.Good].card;
    const at90 = previewAnswers(review, review.due, { retention: 0.9 })[Rating.Good].intervalMs;
    const at97 = previewAnswers(review, review.due, { retention: 0.97 })[Rating.Good].intervalMs;
    expect(at97).toBeLessThan(at90);
    expect(at97).toBe(3 * DAY);
  });

  test('the same input gives the same output (no fuzz, no clock)', () => {
    expect(previewAnswers(undefined, NOW, config)).toEqual(previewAnswers(undefined, NOW, config));
  });

  test('the given card is not changed', () => {
    const card = previewAnswers(undefined, NOW, config)[Rating.Good].card;
    const copy = structuredClone(card);
    previewAnswers(card, new Date(NOW.getTime() + DAY), config);
    expect(card).toEqual(copy);
  });

  test('a clock set before the last review does not throw', () => {
    const card = previewAnswers(undefined, NOW, config)[Rating.Easy].card;
    const earlier = new Date(NOW.getTime() - 3 * DAY);
    const preview = previewAnswers(card, earlier, config);
    expect(preview[Rating.Good].card.state).toBe(State.Review);
  });
});

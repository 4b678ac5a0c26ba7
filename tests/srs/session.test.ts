import { describe, expect, test } from 'vitest';
import {
  afterAnswer,
  buildQueue,
  type Card,
  LEARN_AHEAD_MS,
  nextInSession,
  previewAnswers,
  Rating,
  returnToQueue,
  State,
  type StudyQueue,
} from '../../src/srs/index.js';
import { cardDue, DAY, MINUTE, NOW } from './fixtures.js';

const at = (ms: number) => new Date(NOW.getTime() + ms);

describe('nextInSession', () => {
  test('order: learning due now, reviews, new, then learning due within the learn-ahead', () => {
    const states = new Map<string, Card>([
      ['soon', cardDue(State.Learning, 15 * MINUTE)],
      ['now', cardDue(State.Learning, -MINUTE)],
      ['rev', cardDue(State.Review, -DAY)],
    ]);
    let queue: StudyQueue = { learning: ['soon', 'now'], review: ['rev'], new: ['fresh'] };
    expect(nextInSession(queue, states, NOW)).toBe('now');
    queue = { ...queue, learning: ['soon'] };
    expect(nextInSession(queue, states, NOW)).toBe('rev');
    queue = { ...queue, review: [] };
    expect(nextInSession(queue, states, NOW)).toBe('fresh');
    queue = { ...queue, new: [] };
    expect(nextInSession(queue, states, NOW)).toBe('soon'); // 15m ahead, within 20m
    expect(nextInSession(queue, states, NOW, 10 * MINUTE)).toBeUndefined();
  });

  test('a learning card beyond the learn-ahead ends the session for now', () => {
    const states = new Map([['later', cardDue(State.Learning, LEARN_AHEAD_MS + MINUTE)]]);
    expect(nextInSession({ learning: ['later'], review: [], new: [] }, states, NOW)).toBeUndefined();
  });

  test('an empty queue has nothing next', () => {
    expect(nextInSession({ learning: [], review: [], new: [] }, new Map(), NOW)).toBeUndefined();
  });
});

describe('a session, answered card by card', () => {
  test('a new card answered Good comes back in the same session, then graduates', () => {
    const config = { retention: 0.9 };
    const states = new Map<string, Card>();
    let queue = buildQueue({
      cardIds: ['a', 'b'],
      states,
      now: NOW,
      config: { newPerDay: 10 },
      newSeenToday: 0,
      utcOffsetMinutes: 0,
    });
    const shown: string[] = [];
    let now = NOW;
    // Answer Good to whatever comes next, one minute apart, until the session ends.
    for (let id = nextInSession(queue, states, now); id; id = nextInSession(queue, states, now)) {
      shown.push(id);
      const answered = previewAnswers(states.get(id), now, config)[Rating.Good].card;
      states.set(id, answered);
      queue = afterAnswer(queue, id, answered);
      now = at(shown.length * MINUTE);
    }
    // a, b (new) then a and b again from their 10m learning step (learn-ahead), then done.
    expect(shown).toEqual(['a', 'b', 'a', 'b']);
    expect(states.get('a')?.state).toBe(State.Review);
    expect(queue).toEqual({ learning: [], review: [], new: [] });
  });

  test('a review card answered Again relearns within the session', () => {
    const card = cardDue(State.Review, -DAY);
    const lapsed = previewAnswers(card, NOW, { retention: 0.9 })[Rating.Again].card;
    expect(lapsed.state).toBe(State.Relearning);
    const queue = afterAnswer({ learning: [], review: ['r'], new: [] }, 'r', lapsed);
    expect(queue).toEqual({ learning: ['r'], review: [], new: [] });
    expect(nextInSession(queue, new Map([['r', lapsed]]), NOW)).toBe('r'); // 10m: within learn-ahead
  });
});

describe('returnToQueue', () => {
  const queue = { learning: ['l1'], review: ['r1', 'r2'], new: ['n1', 'n2'] };

  test('a card new again goes first among the new ones', () => {
    const after = returnToQueue({ ...queue, review: ['r1', 'r2'] }, 'x', undefined);
    expect(after).toEqual({ learning: ['l1'], review: ['r1', 'r2'], new: ['x', 'n1', 'n2'] });
    expect(returnToQueue(queue, 'x', cardDue(State.New, 0)).new[0]).toBe('x');
  });

  test('a card back in a learning step waits among the learning ones', () => {
    const after = returnToQueue(queue, 'x', cardDue(State.Relearning, 10 * MINUTE));
    expect(after).toEqual({ learning: ['l1', 'x'], review: ['r1', 'r2'], new: ['n1', 'n2'] });
    expect(returnToQueue(queue, 'x', cardDue(State.Learning, MINUTE)).learning).toEqual(['l1', 'x']);
  });

  test('a review card goes first among the reviews', () => {
    expect(returnToQueue(queue, 'x', cardDue(State.Review, -DAY)).review).toEqual(['x', 'r1', 'r2']);
  });

  test('the card leaves the list it was in, and the other lists are untouched', () => {
    // Answered into learning, then undone back to a review card: one place only.
    const answered = { learning: ['l1', 'r1'], review: ['r2'], new: ['n1', 'n2'] };
    expect(returnToQueue(answered, 'r1', cardDue(State.Review, -DAY))).toEqual({
      learning: ['l1'],
      review: ['r1', 'r2'],
      new: ['n1', 'n2'],
    });
    expect(queue).toEqual({ learning: ['l1'], review: ['r1', 'r2'], new: ['n1', 'n2'] });
  });
});

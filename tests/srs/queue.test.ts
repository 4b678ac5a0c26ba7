import { describe, expect, test } from 'vitest';
import { buildQueue, type Card, State } from '../../src/srs/index.js';
import { cardDue, DAY, MINUTE, NOW } from './fixtures.js';

const states = new Map<string, Card>([
  ['learn-late', cardDue(State.Learning, 5 * MINUTE)], // not due yet
  ['learn-due', cardDue(State.Learning, -2 * MINUTE)],
  ['relearn-due', cardDue(State.Relearning, -10 * MINUTE)],
  ['review-1d-over', cardDue(State.Review, -DAY)],
  ['review-5d-over', cardDue(State.Review, -5 * DAY)],
  ['review-later-today', cardDue(State.Review, 6 * 3_600_000)], // 16:00, day ends 04:00 tomorrow
  ['review-tomorrow', cardDue(State.Review, 19 * 3_600_000)], // 05:00 tomorrow
]);
const deck = [
  'new-a',
  'learn-late',
  'review-1d-over',
  'new-b',
  'learn-due',
  'review-later-today',
  'new-c',
  'relearn-due',
  'review-5d-over',
  'review-tomorrow',
  'new-d',
];
const base = {
  cardIds: deck,
  states,
  now: NOW,
  config: { newPerDay: 3 },
  newSeenToday: 0,
  utcOffsetMinutes: 0,
};

describe('buildQueue', () => {
  test('due learning first (earliest first), then reviews most overdue first, then new in deck order', () => {
    expect(buildQueue(base)).toEqual({
      learning: ['relearn-due', 'learn-due'],
      review: ['review-5d-over', 'review-1d-over', 'review-later-today'],
      new: ['new-a', 'new-b', 'new-c'],
    });
  });

  test('new cards are limited by what is left of the day allowance', () => {
    expect(buildQueue({ ...base, newSeenToday: 2 }).new).toEqual(['new-a']);
    expect(buildQueue({ ...base, newSeenToday: 3 }).new).toEqual([]);
    expect(buildQueue({ ...base, newSeenToday: 10 }).new).toEqual([]);
    expect(buildQueue({ ...base, config: { newPerDay: 0 } }).new).toEqual([]);
  });

  test('dueOnly leaves new cards out', () => {
    const queue = buildQueue({ ...base, dueOnly: true });
    expect(queue.new).toEqual([]);
    expect(queue.review).toHaveLength(3);
  });

  test('review due is per study day: the zone decides what "today" holds', () => {
    // At +600 (Sydney) NOW is 20:00 local; the day ends at 18:00Z, before 'review-tomorrow' (05:00Z+1)
    // but after 'review-later-today' (16:00Z).
    expect(buildQueue({ ...base, utcOffsetMinutes: 600 }).review).toContain('review-later-today');
    // At -300 NOW is 05:00 local; the day ends at 09:00Z tomorrow, so 05:00Z tomorrow is today.
    expect(buildQueue({ ...base, utcOffsetMinutes: -300 }).review).toContain('review-tomorrow');
  });

  test('only cards in scope, each once', () => {
    const queue = buildQueue({ ...base, cardIds: ['review-1d-over', 'review-1d-over', 'new-x'] });
    expect(queue).toEqual({ learning: [], review: ['review-1d-over'], new: ['new-x'] });
  });

  test('with only the states due today loaded, `known` keeps the other answered cards out of new', () => {
    const dayEnd = new Date('2026-03-02T04:00:00Z').getTime();
    const dueToday = new Map([...states].filter(([, card]) => card.due.getTime() < dayEnd));
    expect(dueToday.has('review-tomorrow')).toBe(false);
    expect(buildQueue({ ...base, states: dueToday, known: new Set(states.keys()) })).toEqual(
      buildQueue(base),
    );
    // Without `known`, a card missing from `states` counts as new.
    expect(buildQueue({ ...base, states: dueToday, config: { newPerDay: 10 } }).new).toContain(
      'review-tomorrow',
    );
  });

  test('equal due times keep deck order', () => {
    const same = new Map([
      ['b', cardDue(State.Review, -DAY)],
      ['a', cardDue(State.Review, -DAY)],
    ]);
    expect(buildQueue({ ...base, cardIds: ['b', 'a'], states: same }).review).toEqual(['b', 'a']);
  });
});

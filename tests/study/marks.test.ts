// Leeches, learn-ahead and the undo of marks, through the answering stage on a real store.
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type Grade, LEECH_TAG, Rating } from '../../src/srs/index.js';
import { closeStore, openStore, setConfig } from '../../src/store/index.js';
import { type Answering, openAnswering } from '../../src/study/index.js';
import { NOW, tempDir } from '../store/helpers.js';

const DAY = 86_400_000;

function answer(answering: Answering, id: string, grade: Grade, at: number) {
  const now = new Date(at);
  return answering.commit(answering.preview(id, now), grade, { now, durationMs: 1000, source: 'review' });
}

/** Lapses a card `times` times: into review with Easy, then Again / Good in turn, days apart. */
function lapse(answering: Answering, id: string, times: number) {
  let at = NOW.getTime();
  answer(answering, id, Rating.Easy, at);
  const results = [];
  for (let i = 0; i < times; i++) {
    at = Math.max(at + 30 * DAY, answering.states.get(id)!.due.getTime());
    results.push(answer(answering, id, Rating.Again, at));
    at += 20 * 60_000;
    answer(answering, id, Rating.Good, at);
  }
  return results;
}

describe('leeches', () => {
  test('the threshold-th lapse tags the card leech and suspends it; undo lifts both', () => {
    const file = join(tempDir(), 'dockstudy.db');
    const store = openStore(file);
    setConfig(store, { leechThreshold: 3 });
    closeStore(store);
    const answering = openAnswering(file);
    const lapses = lapse(answering, 'a', 3);
    expect(lapses.map((l) => l.leech)).toEqual([false, false, true]);
    expect(answering.marks.get('a')).toMatchObject({ suspended: true, tags: [LEECH_TAG] });
    expect(answering.queue({ cardIds: ['a'], now: new Date(NOW.getTime() + 400 * DAY) }).review).toEqual([]);
    // The Good after the leech lapse, then the lapse itself.
    expect(answering.undo().kind).toBe('undone');
    expect(answering.undo()).toMatchObject({ kind: 'undone', grade: Rating.Again });
    expect(answering.marks.get('a')).toMatchObject({ suspended: false, tags: [] });
    answering.close();
  });

  test('the default threshold is 8', () => {
    const answering = openAnswering(join(tempDir(), 'dockstudy.db'));
    expect(answering.config.leechThreshold).toBe(8);
    const lapses = lapse(answering, 'a', 8);
    expect(lapses.findIndex((l) => l.leech)).toBe(7);
    answering.close();
  });
});

describe('learn-ahead at the start', () => {
  test('a learning card due within 20 minutes is in the queue when asked for', () => {
    const answering = openAnswering(join(tempDir(), 'dockstudy.db'));
    answer(answering, 'a', Rating.Good, NOW.getTime()); // 10 minutes away
    const now = new Date(NOW.getTime() + 60_000);
    expect(answering.queue({ cardIds: ['a'], now }).learning).toEqual([]);
    expect(answering.queue({ cardIds: ['a'], now, learnAheadMs: 20 * 60_000 }).learning).toEqual(['a']);
    answering.close();
  });
});

describe('marks', () => {
  test('flag toggles; undo takes marks back newest first, answers included', () => {
    const answering = openAnswering(join(tempDir(), 'dockstudy.db'));
    answering.mark('a', 'flag', NOW);
    answer(answering, 'b', Rating.Good, NOW.getTime());
    answering.mark('a', 'flag', NOW);
    expect(answering.marks.get('a')?.flagged).toBe(false);
    expect(answering.undo()).toMatchObject({ kind: 'unmarked', action: 'flag', cardId: 'a' });
    expect(answering.marks.get('a')?.flagged).toBe(true);
    expect(answering.undo()).toMatchObject({ kind: 'undone', cardId: 'b' });
    expect(answering.undo()).toMatchObject({ kind: 'unmarked', cardId: 'a' });
    expect(answering.undo()).toEqual({ kind: 'nothing' });
    answering.close();
  });

  test('bury lasts until the next study day starts (04:00 local)', () => {
    const answering = openAnswering(join(tempDir(), 'dockstudy.db'));
    const marks = answering.mark('a', 'bury', NOW);
    expect(marks.buriedUntilMs).toBeGreaterThan(NOW.getTime());
    expect(marks.buriedUntilMs! - NOW.getTime()).toBeLessThanOrEqual(DAY);
    answering.close();
  });
});

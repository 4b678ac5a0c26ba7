import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SRS_CONFIG, previewAnswers, Rating, State } from '../../src/srs/index.js';
import { closeStore, loadStates, openStore, setConfig } from '../../src/store/index.js';
import { gradeOfQuizAnswer, openAnswering, openQuizRecorder } from '../../src/study/index.js';
import { NOW, tempDir } from '../store/helpers.js';

const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const answer = { durationMs: 3000, source: 'review' as const };

function logOf(file: string) {
  const store = openStore(file, { readonly: true });
  try {
    return store.db
      .prepare(
        'SELECT id, card_id, rating, state_before, card_before, answer_text, overridden FROM review_log ORDER BY id',
      )
      .all() as {
      id: number;
      card_id: string;
      rating: number;
      state_before: number;
      card_before: string | null;
      answer_text: string | null;
      overridden: number | null;
    }[];
  } finally {
    closeStore(store);
  }
}

describe('two sessions on one store answer the same card', () => {
  test('B rates a new card Again, then A (still showing it as new) rates it Good: both are kept, in order', () => {
    const file = join(tempDir(), 'dockstudy.db');
    const a = openAnswering(file);
    const b = openAnswering(file);
    // Both show the new card.
    const shownA = a.preview('x', NOW);
    const shownB = b.preview('x', NOW);
    expect(shownA.from).toBeUndefined();

    const fromB = b.commit(shownB, Rating.Again, { ...answer, now: later(1) });
    expect(fromB.rebased).toBe(false);
    const fromA = a.commit(shownA, Rating.Good, { ...answer, now: later(2) });
    expect(fromA.rebased).toBe(true);

    // A's answer was computed from the state B left, not from "new".
    const expected = previewAnswers(fromB.card, later(2), a.config)[Rating.Good].card;
    expect(fromA.card).toEqual(expected);
    expect(fromA.card.reps).toBe(2);
    expect(a.states.get('x')).toEqual(expected);
    a.close();
    b.close();

    const check = openStore(file, { readonly: true });
    expect(loadStates(check).get('x')).toEqual(expected);
    closeStore(check);
    const log = logOf(file);
    expect(log.map((row) => row.rating)).toEqual([Rating.Again, Rating.Good]);
    expect(log[0]).toMatchObject({ state_before: State.New, card_before: null });
    // B's Again is history that A's row builds on.
    expect(log[1]!.state_before).toBe(fromB.card.state);
    expect(JSON.parse(log[1]!.card_before!)).toMatchObject({ reps: 1, due_ms: fromB.card.due.getTime() });
  });

  test('an answer previewed from the stored state is not rebased', () => {
    const file = join(tempDir(), 'dockstudy.db');
    const a = openAnswering(file);
    const first = a.commit(a.preview('x', NOW), Rating.Good, { ...answer, now: NOW });
    const second = a.commit(a.preview('x', later(10)), Rating.Good, { ...answer, now: later(10) });
    expect([first.rebased, second.rebased]).toEqual([false, false]);
    expect(second.card.reps).toBe(2);
    a.close();
  });
});

describe('undo', () => {
  test("takes back this session's answers, newest first, and restores the states", () => {
    const file = join(tempDir(), 'dockstudy.db');
    const a = openAnswering(file);
    expect(a.undo()).toEqual({ kind: 'nothing' });
    const first = a.commit(a.preview('x', NOW), Rating.Good, { ...answer, now: NOW });
    a.commit(a.preview('y', NOW), Rating.Easy, { ...answer, now: later(1) });
    expect(a.undo()).toMatchObject({ kind: 'undone', cardId: 'y', grade: Rating.Easy, restored: undefined });
    expect(a.states.has('y')).toBe(false);
    a.commit(a.preview('x', later(20)), Rating.Again, { ...answer, now: later(20) });
    expect(a.undo()).toMatchObject({
      kind: 'undone',
      cardId: 'x',
      grade: Rating.Again,
      restored: first.card,
    });
    expect(a.states.get('x')).toEqual(first.card);
    expect(a.undo()).toMatchObject({ kind: 'undone', cardId: 'x', restored: undefined });
    expect(a.undo()).toEqual({ kind: 'nothing' });
    a.close();
    expect(logOf(file)).toEqual([]);
  });

  test("never takes back another session's answer", () => {
    const file = join(tempDir(), 'dockstudy.db');
    const a = openAnswering(file);
    const b = openAnswering(file);
    b.commit(b.preview('x', NOW), Rating.Good, { ...answer, now: NOW });
    // A answered nothing: the card's last answer is B's, and A cannot touch it.
    expect(a.undo()).toEqual({ kind: 'nothing' });
    expect(logOf(file)).toHaveLength(1);
    a.close();
    b.close();
  });

  test('refuses, with the reason, when another session answered the card after this one', () => {
    const file = join(tempDir(), 'dockstudy.db');
    const a = openAnswering(file);
    const b = openAnswering(file);
    a.commit(a.preview('x', NOW), Rating.Good, { ...answer, now: NOW });
    const theirs = b.commit(b.preview('x', later(1)), Rating.Again, { ...answer, now: later(1) });
    expect(theirs.rebased).toBe(true);
    expect(a.undo()).toEqual({ kind: 'refused', cardId: 'x', reason: 'answered-since' });
    // Refused again: undo does not skip over it to an older answer.
    expect(a.undo()).toMatchObject({ kind: 'refused' });
    expect(logOf(file).map((row) => row.rating)).toEqual([Rating.Good, Rating.Again]);
    // B's own answer is still B's to take back.
    expect(b.undo()).toMatchObject({ kind: 'undone', cardId: 'x' });
    a.close();
    b.close();
  });
});

describe('quiz answers', () => {
  test('right is Good, wrong is Again, wrong but overridden ("I was right") is Good', () => {
    expect(gradeOfQuizAnswer({ correct: true })).toBe(Rating.Good);
    expect(gradeOfQuizAnswer({ correct: false })).toBe(Rating.Again);
    expect(gradeOfQuizAnswer({ correct: false, overridden: true })).toBe(Rating.Good);
  });

  test('each answer is one row with the text given; an override is Good and flagged', () => {
    const file = join(tempDir(), 'dockstudy.db');
    const quiz = openQuizRecorder(file, new Map());
    const given = { durationMs: 900, correct: false, overridden: false };
    quiz.record({ ...given, cardId: 'a', answer: 'docker ps -a' }, NOW);
    quiz.record({ ...given, cardId: 'b', answer: 'docker image ls nginx', overridden: true }, NOW);
    // An override of a right verdict is no override.
    quiz.record({ ...given, cardId: 'c', answer: '2', correct: true, overridden: true }, NOW);
    quiz.close();
    const rows = logOf(file);
    expect(rows.map((r) => [r.card_id, r.rating, r.answer_text, r.overridden])).toEqual([
      ['a', Rating.Again, 'docker ps -a', 0],
      ['b', Rating.Good, 'docker image ls nginx', 1],
      ['c', Rating.Good, '2', 0],
    ]);
  });

  test('a quiz that read the states before a review answered the card builds on that review', () => {
    const file = join(tempDir(), 'dockstudy.db');
    const quiz = openQuizRecorder(file, new Map()); // read at the quiz's start: nothing yet
    const review = openAnswering(file);
    const reviewed = review.commit(review.preview('x', NOW), Rating.Easy, { ...answer, now: NOW });
    const quizzed = quiz.record(
      { cardId: 'x', answer: 'docker ps', correct: false, overridden: false, durationMs: 1000 },
      later(5),
    );
    expect(quizzed).toMatchObject({ rebased: true, grade: Rating.Again });
    expect(quizzed.card.lapses).toBe(reviewed.card.state === State.Review ? 1 : 0);
    expect(quizzed.card.reps).toBe(2);
    quiz.close();
    review.close();
    expect(logOf(file).map((row) => row.rating)).toEqual([Rating.Easy, Rating.Again]);
  });
});

describe('answer times', () => {
  /** Commits one Good answer per time taken; returns the times recorded and what commit said. */
  function record(file: string, took: number[]) {
    const answering = openAnswering(file);
    const committed = took.map((durationMs, i) =>
      answering.commit(answering.preview(`c${i}`, NOW), Rating.Good, {
        durationMs,
        source: 'review',
        now: NOW,
      }),
    );
    const usual = answering.typicalAnswerMs();
    answering.close();
    const store = openStore(file, { readonly: true });
    const recorded = store.db.prepare('SELECT duration_ms FROM review_log ORDER BY id').pluck().all();
    closeStore(store);
    return { recorded, said: committed.map((c) => c.durationMs), usual };
  }

  test('are recorded as taken, but capped at max-answer-seconds, 60 by default (a card left on screen over lunch)', () => {
    expect(DEFAULT_SRS_CONFIG.maxAnswerSeconds).toBe(60);
    const { recorded, said } = record(join(tempDir(), 'dockstudy.db'), [
      4200,
      60_000,
      60_001,
      40 * 60_000,
      -5,
      Number.NaN,
    ]);
    expect(recorded).toEqual([4200, 60_000, 60_000, 60_000, 0, 0]);
    expect(said).toEqual(recorded);
  });

  test('a quiz answer is capped by the same setting', () => {
    const file = join(tempDir(), 'dockstudy.db');
    const store = openStore(file);
    setConfig(store, { maxAnswerSeconds: 90 });
    closeStore(store);
    const quiz = openQuizRecorder(file, new Map());
    const took = [90_000, 90_001];
    const said = took.map(
      (durationMs, i) =>
        quiz.record(
          { cardId: `q${i}`, answer: 'docker ps', correct: true, overridden: false, durationMs },
          NOW,
        ).durationMs,
    );
    quiz.close();
    const reader = openStore(file, { readonly: true });
    expect(reader.db.prepare('SELECT duration_ms FROM review_log ORDER BY id').pluck().all()).toEqual([
      90_000, 90_000,
    ]);
    closeStore(reader);
    expect(said).toEqual([90_000, 90_000]);
  });

  test('the cap is the setting: 90 s keeps 90,000 ms and cuts 90,001; lowering it caps the usual time too', () => {
    const file = join(tempDir(), 'dockstudy.db');
    const store = openStore(file);
    setConfig(store, { maxAnswerSeconds: 90 });
    closeStore(store);
    expect(record(file, [89_999, 90_000, 90_001, 3_600_000]).recorded).toEqual([
      89_999, 90_000, 90_000, 90_000,
    ]);
    const lower = openStore(file);
    setConfig(lower, { maxAnswerSeconds: 10 });
    closeStore(lower);
    // The middle of the five recorded times is 90,000 ms; today's cap is 10 s.
    const { recorded, usual } = record(file, [12_000]);
    expect(recorded.at(-1)).toBe(10_000);
    expect(usual).toBe(10_000);
  });
});

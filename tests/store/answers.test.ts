import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { previewAnswers, Rating, State } from '../../src/srs/index.js';
import {
  closeStore,
  countNewIntroducedSince,
  loadStates,
  openStore,
  recordAnswer,
  type Store,
  undoLast,
} from '../../src/store/index.js';
import { answer, NOW, tempDir } from './helpers.js';

const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

function open(): Store {
  const store = openStore(join(tempDir(), 'dockstudy.db'));
  return store;
}

function logRows(store: Store) {
  return store.db.prepare('SELECT * FROM review_log ORDER BY id').all() as Record<string, unknown>[];
}

describe('recordAnswer', () => {
  test('stores the chosen state and appends one log row', () => {
    const store = open();
    const preview = previewAnswers(undefined, NOW, { retention: 0.9 })[Rating.Good];
    const id = recordAnswer(store, {
      cardId: 'a',
      answer: preview,
      durationMs: 3210.6,
      source: 'quiz',
      now: NOW,
    });

    expect(loadStates(store).get('a')).toEqual(preview.card);
    expect(logRows(store)).toEqual([
      {
        id,
        card_id: 'a',
        reviewed_ms: NOW.getTime(),
        rating: Rating.Good,
        state_before: State.New,
        state_after: State.Learning,
        due_before_ms: null,
        due_after_ms: NOW.getTime() + 10 * 60_000,
        stability_after: preview.card.stability,
        difficulty_after: preview.card.difficulty,
        elapsed_days: 0,
        scheduled_days: 0,
        duration_ms: 3211,
        source: 'quiz',
        card_before: null,
      },
    ]);
    closeStore(store);
  });

  test('the second answer logs the state it replaced', () => {
    const store = open();
    answer(store, 'a', Rating.Good, NOW);
    const first = loadStates(store).get('a')!;
    answer(store, 'a', Rating.Good, later(10));
    const [, second] = logRows(store);
    expect(second).toMatchObject({ state_before: State.Learning, due_before_ms: first.due.getTime() });
    expect(JSON.parse(second!.card_before as string)).toMatchObject({
      card_id: 'a',
      due_ms: first.due.getTime(),
    });
    closeStore(store);
  });

  test('a failed write leaves the store as it was', () => {
    const store = open();
    answer(store, 'a', Rating.Good, NOW);
    const states = loadStates(store);
    const rows = logRows(store);
    const preview = previewAnswers(states.get('a'), later(10), { retention: 0.9 })[Rating.Good];
    // The state upsert succeeds, then the log insert breaks a CHECK: both must roll back.
    const bad = { cardId: 'a', answer: preview, durationMs: 1, source: 'bogus' as 'review', now: later(10) };
    expect(() => recordAnswer(store, bad)).toThrow(/CHECK constraint/);
    expect(loadStates(store)).toEqual(states);
    expect(logRows(store)).toEqual(rows);
    closeStore(store);
  });

  test('review_log cannot be edited', () => {
    const store = open();
    answer(store, 'a', Rating.Good, NOW);
    expect(() => store.db.exec('UPDATE review_log SET rating = 4')).toThrow(/append-only/);
    closeStore(store);
  });

  test('new cards introduced since a time', () => {
    const store = open();
    answer(store, 'a', Rating.Good, NOW);
    answer(store, 'b', Rating.Again, later(1));
    answer(store, 'a', Rating.Good, later(11)); // a again: not new any more
    expect(countNewIntroducedSince(store, NOW.getTime())).toBe(2);
    expect(countNewIntroducedSince(store, later(1).getTime())).toBe(1);
    expect(countNewIntroducedSince(store, later(2).getTime())).toBe(0);
    closeStore(store);
  });
});

describe('undoLast', () => {
  test('restores the exact previous state, one answer at a time, down to new', () => {
    const store = open();
    answer(store, 'a', Rating.Good, NOW);
    const afterFirst = loadStates(store).get('a');
    answer(store, 'a', Rating.Good, later(10));
    expect(loadStates(store).get('a')?.state).toBe(State.Review);

    const undone = undoLast(store, 'a');
    expect(undone).toMatchObject({ cardId: 'a', rating: Rating.Good });
    expect(undone?.restored).toEqual(afterFirst);
    expect(loadStates(store).get('a')).toEqual(afterFirst);
    const row = store.db.prepare("SELECT * FROM card_state WHERE card_id = 'a'").get() as {
      updated_ms: number;
    };
    expect(row.updated_ms).toBe(NOW.getTime()); // the row itself, not just the card, is restored
    expect(logRows(store)).toHaveLength(1);

    expect(undoLast(store, 'a')).toMatchObject({ restored: undefined });
    expect(loadStates(store).has('a')).toBe(false);
    expect(countNewIntroducedSince(store, 0)).toBe(0);
    expect(undoLast(store, 'a')).toBeUndefined();
    closeStore(store);
  });

  test("takes back the card's own last answer, even with later answers to other cards", () => {
    const store = open();
    answer(store, 'a', Rating.Good, NOW);
    const bLog = answer(store, 'b', Rating.Good, later(1));
    expect(undoLast(store, 'a')).toMatchObject({ cardId: 'a', restored: undefined });
    expect([...loadStates(store).keys()]).toEqual(['b']);
    expect(logRows(store).map((row) => row.id)).toEqual([bLog]);
    expect(undoLast(store, 'a')).toBeUndefined();
    expect(undoLast(store, 'never-answered')).toBeUndefined();
    expect(logRows(store)).toHaveLength(1);
    closeStore(store);
  });
});

describe('two connections on one file', () => {
  test('interleaved answers from both are all kept', () => {
    const file = join(tempDir(), 'dockstudy.db');
    const one = openStore(file);
    const two = openStore(file);
    for (let i = 0; i < 20; i++) {
      answer(one, `one-${i}`, Rating.Good, later(i));
      answer(two, `two-${i}`, Rating.Easy, later(i));
    }
    closeStore(one);
    closeStore(two);
    const check = openStore(file, { readonly: true });
    expect(loadStates(check).size).toBe(40);
    expect(check.db.prepare('SELECT count(*) AS n FROM review_log').get()).toEqual({ n: 40 });
    closeStore(check);
  });
});

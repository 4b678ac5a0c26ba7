import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { previewAnswers, Rating, State } from '../../src/srs/index.js';
import {
  closeStore,
  countNewIntroducedSince,
  loadOverriddenAnswers,
  loadStates,
  openStore,
  recordAnswer,
  type Store,
  undoAnswer,
} from '../../src/store/index.js';
import { answer, answerInput, NOW, tempDir } from './helpers.js';

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
    const recorded = recordAnswer(store, {
      ...answerInput('a', undefined, Rating.Good, NOW, 'quiz'),
      durationMs: 3210.6,
    });
    const id = recorded.logId;
    expect(recorded).toEqual({ logId: id, card: preview.card, rebased: false });

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
        answer_text: null,
        overridden: null,
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
    // The state upsert succeeds, then the log insert breaks a CHECK: both must roll back.
    const bad = answerInput('a', states.get('a'), Rating.Good, later(10), 'bogus' as 'review');
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

describe('recordAnswer compares before it commits', () => {
  test('an answer computed from a state that is no longer stored is computed again from the stored one', () => {
    const file = join(tempDir(), 'dockstudy.db');
    const a = openStore(file);
    const b = openStore(file);
    // Both sessions show the new card; B answers Again first, then A answers Good from "new".
    const fromA = loadStates(a).get('x');
    expect(fromA).toBeUndefined();
    const recordedB = recordAnswer(b, answerInput('x', loadStates(b).get('x'), Rating.Again, NOW));
    const afterB = loadStates(b).get('x')!;
    const recordedA = recordAnswer(a, answerInput('x', fromA, Rating.Good, later(1)));

    expect(recordedB.rebased).toBe(false);
    expect(recordedA.rebased).toBe(true);
    const expected = previewAnswers(afterB, later(1), { retention: 0.9 })[Rating.Good].card;
    expect(recordedA.card).toEqual(expected);
    expect(loadStates(a).get('x')).toEqual(expected);
    expect(expected.reps).toBe(2);
    const rows = logRows(a);
    expect(rows.map((r) => [r.id, r.rating])).toEqual([
      [recordedB.logId, Rating.Again],
      [recordedA.logId, Rating.Good],
    ]);
    // A's row follows B's: its "before" is the state B left.
    expect(rows[1]).toMatchObject({ state_before: afterB.state, due_before_ms: afterB.due.getTime() });
    expect(JSON.parse(rows[1]!.card_before as string)).toMatchObject({
      reps: 1,
      due_ms: afterB.due.getTime(),
    });
    closeStore(a);
    closeStore(b);
  });

  test('an answer from the stored state commits as it was computed', () => {
    const store = open();
    answer(store, 'x', Rating.Good, NOW);
    const from = loadStates(store).get('x');
    const input = answerInput('x', from, Rating.Easy, later(10));
    let rebased = 0;
    const rebase = (stored: Parameters<typeof input.rebase>[0]) => {
      rebased++;
      return input.rebase(stored);
    };
    const recorded = recordAnswer(store, { ...input, rebase });
    expect(recorded).toMatchObject({ rebased: false, card: input.answer.card });
    expect(rebased).toBe(0);
    closeStore(store);
  });

  test('a card answered once is not "new" to a stale answer that thinks it is', () => {
    const store = open();
    answer(store, 'x', Rating.Good, NOW);
    const recorded = recordAnswer(store, answerInput('x', undefined, Rating.Good, later(10)));
    expect(recorded.rebased).toBe(true);
    expect(recorded.card.reps).toBe(2);
    expect(countNewIntroducedSince(store, 0)).toBe(1);
    closeStore(store);
  });
});

describe('undoAnswer', () => {
  test('restores the exact previous state, one answer at a time, down to new', () => {
    const store = open();
    const first = answer(store, 'a', Rating.Good, NOW);
    const afterFirst = loadStates(store).get('a');
    const second = answer(store, 'a', Rating.Good, later(10));
    expect(loadStates(store).get('a')?.state).toBe(State.Review);

    // The first answer is not the card's last: it stays.
    expect(undoAnswer(store, first)).toEqual({ refused: 'answered-since' });
    const undone = undoAnswer(store, second);
    expect(undone).toMatchObject({ logId: second, cardId: 'a', rating: Rating.Good });
    expect('restored' in undone && undone.restored).toEqual(afterFirst);
    expect(loadStates(store).get('a')).toEqual(afterFirst);
    const row = store.db.prepare("SELECT * FROM card_state WHERE card_id = 'a'").get() as {
      updated_ms: number;
    };
    expect(row.updated_ms).toBe(NOW.getTime()); // the row itself, not just the card, is restored
    expect(logRows(store)).toHaveLength(1);

    expect(undoAnswer(store, first)).toMatchObject({ restored: undefined });
    expect(loadStates(store).has('a')).toBe(false);
    expect(countNewIntroducedSince(store, 0)).toBe(0);
    expect(undoAnswer(store, first)).toEqual({ refused: 'gone' });
    closeStore(store);
  });

  test('takes back an answer even with later answers to other cards', () => {
    const store = open();
    const aLog = answer(store, 'a', Rating.Good, NOW);
    const bLog = answer(store, 'b', Rating.Good, later(1));
    expect(undoAnswer(store, aLog)).toMatchObject({ cardId: 'a', restored: undefined });
    expect([...loadStates(store).keys()]).toEqual(['b']);
    expect(logRows(store).map((row) => row.id)).toEqual([bLog]);
    closeStore(store);
  });

  test('refuses when another connection answered the card after it, leaving that answer', () => {
    const file = join(tempDir(), 'dockstudy.db');
    const mine = openStore(file);
    const other = openStore(file);
    const myLog = answer(mine, 'a', Rating.Good, NOW);
    const theirLog = answer(other, 'a', Rating.Again, later(1));
    const before = loadStates(mine);
    expect(undoAnswer(mine, myLog)).toEqual({ refused: 'answered-since' });
    expect(loadStates(mine)).toEqual(before);
    expect(logRows(mine).map((row) => row.id)).toEqual([myLog, theirLog]);
    closeStore(mine);
    closeStore(other);
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

describe('overridden quiz answers', () => {
  test('a quiz answer keeps its text; the overridden ones are found again, oldest first, by card', () => {
    const store = open();
    const quiz = (cardId: string, text: string, overridden: boolean, at: Date) =>
      recordAnswer(store, {
        ...answerInput(
          cardId,
          loadStates(store).get(cardId),
          overridden ? Rating.Good : Rating.Again,
          at,
          'quiz',
        ),
        quizAnswer: { text, overridden },
      });
    quiz('a', 'docker login docker.io', true, later(2));
    quiz('b', 'docker ps', false, later(1));
    quiz('b', 'docker image ls nginx', true, later(3));
    answer(store, 'a', Rating.Good, later(4)); // a review: no text
    expect(logRows(store).map((r) => [r.card_id, r.answer_text, r.overridden])).toEqual([
      ['a', 'docker login docker.io', 1],
      ['b', 'docker ps', 0],
      ['b', 'docker image ls nginx', 1],
      ['a', null, null],
    ]);
    expect(loadOverriddenAnswers(store)).toEqual([
      { cardId: 'a', answer: 'docker login docker.io', reviewedMs: later(2).getTime() },
      { cardId: 'b', answer: 'docker image ls nginx', reviewedMs: later(3).getTime() },
    ]);
    expect(loadOverriddenAnswers(store, ['b', 'c'])).toEqual([
      { cardId: 'b', answer: 'docker image ls nginx', reviewedMs: later(3).getTime() },
    ]);
    expect(loadOverriddenAnswers(store, [])).toEqual([]);
    closeStore(store);
  });
});

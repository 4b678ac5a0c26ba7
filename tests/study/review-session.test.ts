import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import { Rating, type StudyQueue } from '../../src/srs/index.js';
import { closeStore, openStore, setConfig } from '../../src/store/index.js';
import {
  type BackChoice,
  type FrontChoice,
  openAnswering,
  playReview,
  type ReviewEvent,
  type ReviewIo,
} from '../../src/study/index.js';
import { openReviewIo } from '../../src/ui/review-io.js';
import { card } from '../quiz/cards.js';
import { NOW, tempDir } from '../store/helpers.js';

const cards = ['a', 'b', 'c'].map((id) =>
  card({ id, kind: 'concept', front: `Front ${id}`, back: `Back ${id}` }),
);
const byId = new Map(cards.map((c) => [c.id, c]));
const newQueue = (): StudyQueue => ({ learning: [], review: [], new: ['a', 'b', 'c'] });

/** A learner who does what the script says, one choice per screen; the clock moves 5 s a screen. */
function scripted(choices: (FrontChoice | BackChoice)[]) {
  const seen: string[] = [];
  const events: ReviewEvent[] = [];
  let now = NOW.getTime();
  const next = () => {
    const choice = choices.shift();
    if (choice === undefined) throw new Error('the script ran out');
    return choice;
  };
  const io: ReviewIo<(typeof cards)[number]> = {
    async front(shown) {
      seen.push(`front ${shown.id}`);
      return next() as FrontChoice;
    },
    async back(shown, intervals, _status) {
      expect(intervals).toHaveLength(4);
      seen.push(`back ${shown.id}`);
      return next() as BackChoice;
    },
    tell: (event) => events.push(event),
    clock: () => (now += 5000),
  };
  return { io, seen, events };
}

function ratings(file: string) {
  const store = openStore(file, { readonly: true });
  try {
    return store.db.prepare('SELECT card_id, rating FROM review_log ORDER BY id').all();
  } finally {
    closeStore(store);
  }
}

describe('playReview', () => {
  test('reveals, grades, undoes and quits as the learner says, committing each answer', async () => {
    const file = join(tempDir(), 'dockstudy.db');
    const answering = openAnswering(file);
    const { io, seen, events } = scripted([
      'reveal',
      Rating.Good,
      'reveal',
      Rating.Again,
      'undo',
      'reveal',
      Rating.Easy,
      'quit',
    ]);
    const result = await playReview({ queue: newQueue(), cards: byId, answering }, io);
    answering.close();

    expect(seen).toEqual([
      'front a',
      'back a',
      'front b',
      'back b',
      'front c',
      'front b',
      'back b',
      'front c',
    ]);
    expect(result).toMatchObject({ done: 2, again: 0, ended: 'quit', shown: 5 });
    expect(events.filter((e) => e.kind === 'undo')).toEqual([
      {
        kind: 'undo',
        outcome: expect.objectContaining({ kind: 'undone', cardId: 'b', grade: Rating.Again }),
      },
    ]);
    expect(ratings(file)).toEqual([
      { card_id: 'a', rating: Rating.Good },
      { card_id: 'b', rating: Rating.Easy },
    ]);
  });

  test('Ctrl-C ends the session as interrupted, keeping what was answered', async () => {
    const file = join(tempDir(), 'dockstudy.db');
    const answering = openAnswering(file);
    const { io } = scripted(['reveal', Rating.Hard, 'reveal', 'interrupt']);
    const result = await playReview({ queue: newQueue(), cards: byId, answering }, io);
    answering.close();
    expect(result).toMatchObject({ done: 1, ended: 'interrupted' });
    expect(ratings(file)).toEqual([{ card_id: 'a', rating: Rating.Hard }]);
  });

  test('stops at the limit, and when the queue is empty', async () => {
    const file = join(tempDir(), 'dockstudy.db');
    const answering = openAnswering(file);
    const limited = await playReview(
      { queue: newQueue(), cards: byId, answering, limit: 2 },
      scripted(['reveal', Rating.Easy, 'reveal', Rating.Easy]).io,
    );
    expect(limited).toMatchObject({ done: 2, ended: 'finished' });
    const empty = await playReview(
      { queue: { learning: [], review: [], new: [] }, cards: byId, answering },
      scripted([]).io,
    );
    expect(empty).toMatchObject({ done: 0, shown: 0, ended: 'finished' });
    answering.close();
  });

  test('an answer given meanwhile in another session is built on, and the learner is told', async () => {
    const file = join(tempDir(), 'dockstudy.db');
    const answering = openAnswering(file);
    const other = openAnswering(file);
    const { io, events } = scripted(['reveal', Rating.Good, 'quit']);
    const back = io.back.bind(io);
    // While the learner looks at the back, another terminal answers the same card.
    io.back = async (shown, intervals, status) => {
      other.commit(other.preview(shown.id, NOW), Rating.Again, { now: NOW, durationMs: 1, source: 'review' });
      return back(shown, intervals, status);
    };
    await playReview({ queue: newQueue(), cards: byId, answering }, io);
    answering.close();
    other.close();
    expect(events[0]).toMatchObject({ kind: 'answered', answer: { cardId: 'a', rebased: true } });
    expect(ratings(file)).toEqual([
      { card_id: 'a', rating: Rating.Again },
      { card_id: 'a', rating: Rating.Good },
    ]);
  });
});

describe('playReview on fake key presses (the terminal io of src/ui)', () => {
  test('Space reveals, 1–4 rate, u undoes, q quits', async () => {
    const file = join(tempDir(), 'dockstudy.db');
    const answering = openAnswering(file);
    const keys = new PassThrough();
    let printed = '';
    let now = NOW.getTime();
    const screen = {
      view: { width: 80, color: false, lang: 'en' as const },
      write: (text: string) => {
        printed += text;
      },
      deckTitle: () => 'Test deck',
      clock: () => (now += 1000),
    };
    const io = openReviewIo(screen, keys, { plain: false });
    // a: Space, Good. b: Enter, Again. c's front: u takes back b's Again; b again: Space, Easy. c: q.
    keys.write(' 3\r1u 4q');
    const result = await playReview({ queue: newQueue(), cards: byId, answering }, io);
    io.close();
    answering.close();

    expect(result).toMatchObject({ done: 2, again: 0, ended: 'quit' });
    expect(ratings(file)).toEqual([
      { card_id: 'a', rating: Rating.Good },
      { card_id: 'b', rating: Rating.Easy },
    ]);
    expect(printed).toContain('Front a');
    expect(printed).toContain('Back a');
    expect(printed).toContain('undone: b');
    expect(printed).toMatch(/1 Again · \S+ {3}2 Hard · \S+ {3}3 Good · \S+ {3}4 Easy · \S+/);
  });

  test('u with nothing to undo says so; Ctrl-C interrupts', async () => {
    const answering = openAnswering(join(tempDir(), 'dockstudy.db'));
    const keys = new PassThrough();
    let printed = '';
    const screen = {
      view: { width: 80, color: false, lang: 'en' as const },
      write: (text: string) => {
        printed += text;
      },
      deckTitle: () => undefined,
      clock: () => NOW.getTime(),
    };
    const io = openReviewIo(screen, keys, { plain: false });
    keys.write('u\x03');
    const result = await playReview({ queue: newQueue(), cards: byId, answering }, io);
    io.close();
    answering.close();
    expect(printed).toContain('Nothing to undo.');
    expect(result.ended).toBe('interrupted');
  });
});

describe('the time left', () => {
  /** The pace behind the time left on each front (per card left), when every card stays on screen 40 minutes. */
  async function paceShown(file: string): Promise<(number | undefined)[]> {
    const answering = openAnswering(file);
    const left: (number | undefined)[] = [];
    let now = NOW.getTime();
    const io: ReviewIo<(typeof cards)[number]> = {
      async front(_shown, progress) {
        const cardsLeft = progress.total - progress.done;
        left.push(progress.leftMs === undefined ? undefined : progress.leftMs / cardsLeft);
        return 'reveal';
      },
      async back() {
        now += 40 * 60_000;
        return Rating.Good;
      },
      tell: () => {},
      clock: () => now,
    };
    await playReview({ queue: newQueue(), cards: byId, answering, limit: 3 }, io);
    answering.close();
    return left;
  }

  test('counts each answer as recorded, at most max-answer-seconds (60 s, or the setting)', async () => {
    const file = join(tempDir(), 'dockstudy.db');
    // No answers before: no pace yet; then one minute a card, not forty.
    expect(await paceShown(file)).toEqual([undefined, 60_000, 60_000]);
    // The next session starts from the learner's usual time, as recorded.
    expect(await paceShown(file)).toEqual([60_000, 60_000, 60_000]);
    const other = join(tempDir(), 'dockstudy.db');
    const store = openStore(other);
    setConfig(store, { maxAnswerSeconds: 90 });
    closeStore(store);
    expect(await paceShown(other)).toEqual([undefined, 90_000, 90_000]);
  });
});

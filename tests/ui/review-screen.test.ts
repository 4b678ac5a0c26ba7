// The review session on fake key presses: every key and state of the one-card-a-screen io, in-process.
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, test } from 'vitest';
import type { Card } from '../../src/notes/types.js';
import { Rating, type StudyQueue } from '../../src/srs/index.js';
import { closeStore, openStore } from '../../src/store/index.js';
import { type EditOutcome, openAnswering, playReview } from '../../src/study/index.js';
import { openReviewIo, type ReviewScreen } from '../../src/ui/review-io.js';
import { card } from '../quiz/cards.js';
import { NOW, tempDir } from '../store/helpers.js';

const cards = ['a', 'b', 'c'].map((id) =>
  card({ id, kind: 'concept', front: `Front ${id}`, back: `Back ${id}` }),
);
const byId = new Map(cards.map((c) => [c.id, c]));
const newQueue = (): StudyQueue => ({ learning: [], review: [], new: ['a', 'b', 'c'] });

/** A session on `keys` (typed all at once), on a fake terminal when `terminal` is given. */
async function session(
  keys: string,
  options: {
    file?: string;
    terminal?: { columns: number; resizeAfter?: number };
    edit?: (c: Card) => Promise<EditOutcome<Card>>;
    typeAnswer?: ReviewScreen['typeAnswer'];
    lang?: 'en' | 'ko';
    queue?: StudyQueue;
  } = {},
) {
  const file = options.file ?? join(tempDir(), 'dockstudy.db');
  const answering = openAnswering(file);
  const input = new PassThrough();
  let printed = '';
  let now = NOW.getTime();
  let columns = options.terminal?.columns ?? 80;
  const resize: (() => void)[] = [];
  const screen: ReviewScreen = {
    view: { width: 80, color: false, lang: options.lang ?? 'en' },
    write: (text) => {
      printed += text;
    },
    deckTitle: () => 'Test deck',
    clock: () => (now += 4000),
    ...(options.typeAnswer ? { typeAnswer: options.typeAnswer } : {}),
    ...(options.terminal
      ? {
          terminal: {
            columns: () => columns,
            onResize: (listener: () => void) => {
              resize.push(listener);
              return () => resize.splice(resize.indexOf(listener), 1);
            },
          },
        }
      : {}),
  };
  const io = openReviewIo(screen, input, { plain: false });
  input.write(keys);
  const result = await playReview(
    {
      queue: options.queue ?? newQueue(),
      cards: byId,
      answering,
      ...(options.edit ? { edit: options.edit } : {}),
    },
    io,
  );
  const resizeListeners = resize.length;
  if (options.terminal?.resizeAfter) {
    columns = options.terminal.resizeAfter;
    for (const listener of resize) listener();
  }
  io.close();
  const marks = new Map(answering.marks);
  answering.close();
  return { result, printed, file, marks, resizeListeners, screens: printed.split('\x1b[H\x1b[2J') };
}

function ratings(file: string) {
  const store = openStore(file, { readonly: true });
  try {
    return store.db.prepare('SELECT card_id, rating FROM review_log ORDER BY id').all();
  } finally {
    closeStore(store);
  }
}

describe('review keys', () => {
  test('Space reveals; Space or Enter on the answer side rates Good', async () => {
    const { result, file } = await session('  \r\rq');
    expect(result).toMatchObject({ done: 2, ended: 'quit' });
    expect(ratings(file)).toEqual([
      { card_id: 'a', rating: Rating.Good },
      { card_id: 'b', rating: Rating.Good },
    ]);
  });

  test('u with nothing to undo says so and keeps the revealed answer', async () => {
    const { printed, result } = await session(' u4q');
    const afterUndo = printed.slice(printed.indexOf('Nothing to undo.'));
    expect(printed).toContain('Nothing to undo.');
    // The screen with the notice still shows the back and the ratings.
    const screen = printed.slice(printed.lastIndexOf('\n0/3', printed.indexOf('Nothing to undo.')));
    expect(screen).toContain('Back a');
    expect(afterUndo).toContain('1 Again');
    expect(result.done).toBe(1);
  });

  test('s suspends, b buries, f flags; each is shown and each undoes', async () => {
    const file = join(tempDir(), 'dockstudy.db');
    // a: flag (shown), then suspend; b: bury; c: u takes back b's bury; b again: f then u (unflag).
    const first = await session('fsbufuq', { file });
    expect(first.printed).toContain('⚑ flagged');
    expect(first.printed).toContain('Flagged a.');
    expect(first.printed).toContain('Suspended a: it stays out of reviews (u undoes).');
    expect(first.printed).toContain('Buried b until tomorrow (u undoes).');
    expect(first.printed).toContain('undone: bury of b');
    expect(first.printed).toContain('undone: flag of b');
    expect(first.result).toMatchObject({ suspended: 1, buried: 0, done: 0 });
    expect(first.marks.get('a')).toMatchObject({ suspended: true, flagged: true });
    expect(first.marks.get('b')).toMatchObject({ suspended: false, flagged: false });
    expect(first.marks.get('b')?.buriedUntilMs).toBeUndefined();

    // The next session's queue leaves the suspended card out; a buried card comes back the next day.
    const answering = openAnswering(file);
    const now = NOW;
    expect(answering.queue({ cardIds: ['a', 'b', 'c'], now }).new).toEqual(['b', 'c']);
    answering.mark('c', 'bury', now);
    expect(answering.queue({ cardIds: ['a', 'b', 'c'], now }).new).toEqual(['b']);
    const tomorrow = new Date(now.getTime() + 86_400_000);
    expect(answering.queue({ cardIds: ['a', 'b', 'c'], now: tomorrow }).new).toEqual(['b', 'c']);
    answering.close();
  });

  test('? shows the keys over the card; the next key goes back to it', async () => {
    const { screens } = await session('?x q', { terminal: { columns: 80 } });
    const help = screens.find((s) => s.includes('Keys'));
    expect(help).toContain('bury the card until tomorrow');
    expect(help).not.toContain('Front a');
    expect(screens.at(-1)).toContain('Back a');
  }, 10_000);

  test('Ctrl-D ends like q; Ctrl-C ends as interrupted', async () => {
    expect((await session(' 3\x04')).result).toMatchObject({ done: 1, ended: 'quit' });
    expect((await session(' 3\x03')).result).toMatchObject({ done: 1, ended: 'interrupted' });
  });

  test('e re-reads the edited card and keeps it; built-in cards say they cannot be edited', async () => {
    const edited = card({ id: 'a', kind: 'concept', front: 'Front a, edited', back: 'Back a' });
    const { printed } = await session('e q', { edit: async () => ({ kind: 'edited', card: edited }) });
    expect(printed).toContain('Re-read a from its note.');
    expect(printed).toContain('Front a, edited');
    const builtin = await session('eq', { edit: async () => ({ kind: 'builtin' }) });
    expect(builtin.printed).toContain('Built-in cards cannot be edited');
  });

  test('t types the command; the suggested rating is taken with Enter or changed with 1–4', async () => {
    const command = card({
      id: 'a',
      kind: 'command',
      command: 'docker ps',
      front: 'List containers',
      back: 'x',
    });
    const local = new Map([['a', command]]);
    const file = join(tempDir(), 'dockstudy.db');
    const answering = openAnswering(file);
    const input = new PassThrough();
    let printed = '';
    const io = openReviewIo(
      {
        view: { width: 80, color: false, lang: 'en' },
        write: (t) => {
          printed += t;
        },
        deckTitle: () => undefined,
        clock: () => NOW.getTime(),
        typeAnswer: (_c, typed) => ({
          suggested: typed === 'docker ps' ? Rating.Good : Rating.Again,
          lines: [`typed ${typed}`],
        }),
      },
      input,
      { plain: false },
    );
    input.write('tdocker px\x7fs\r\rq');
    await playReview({ queue: { learning: [], review: [], new: ['a'] }, cards: local, answering }, io);
    io.close();
    answering.close();
    expect(printed).toContain('› docker p');
    expect(printed).toContain('typed docker ps');
    expect(printed).toContain('suggested: Good');
    expect(ratings(file)).toEqual([{ card_id: 'a', rating: Rating.Good }]);
  });
});

describe('the review screen', () => {
  test('enters the alternate screen, one card a screen, and restores it on exit', async () => {
    const { printed, screens } = await session(' 3q', { terminal: { columns: 80 } });
    expect(printed.startsWith('\x1b[?1049h')).toBe(true);
    expect(printed.endsWith('\x1b[?1049l')).toBe(true);
    expect(screens.filter((s) => s.includes('Front b'))).toHaveLength(1);
    expect(screens.some((s) => s.includes('Front a') && s.includes('Front b'))).toBe(false);
  });

  test('redraws at the new width when the terminal is resized', async () => {
    const long = 'word '.repeat(30).trim();
    const wide = card({ id: 'a', kind: 'concept', front: 'F', back: long });
    byId.set('a', wide);
    try {
      const { screens, resizeListeners } = await session(' q', {
        terminal: { columns: 80, resizeAfter: 40 },
      });
      expect(resizeListeners).toBe(1);
      const last = screens.at(-1) ?? '';
      expect(last.split('\n').every((line) => line.length <= 40 || line.startsWith('\x1b'))).toBe(true);
      expect(
        screens
          .at(-2)
          ?.split('\n')
          .some((line) => line.length > 40),
      ).toBe(true);
    } finally {
      byId.set('a', cards[0]!);
    }
  });

  test('progress: done/total, a bar, minutes left from the answer times, and what is left by kind', async () => {
    const { screens } = await session(' 3 3q', { terminal: { columns: 80 } });
    expect(screens[1]).toMatch(/^0\/3 ░+ · 0 new|^0\/3 ░+ · 3 new · 0 learning · 0 due/);
    // Two answers, seconds each on the fake clock: a minute or so for the rest (learning cards count).
    expect(screens.at(-1)).toMatch(/^2\/5 █+░+ · (<1|~1) min · 1 new · 2 learning · 0 due/);
  });

  test('every string in Korean when the UI is Korean', async () => {
    const { printed } = await session('?x u s q', { lang: 'ko', terminal: { columns: 80 } });
    expect(printed).toContain('세션 끝내기');
    expect(printed).toContain('되돌릴 답이 없습니다.');
    expect(printed).toContain('보류했습니다');
    expect(printed).toContain('개념');
    expect(printed).toContain('좋음');
    expect(printed).not.toMatch(/Space\/Enter: answer|Suspended|concept/);
  });
});

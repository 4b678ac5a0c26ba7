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
    terminal?: { columns: number; rows?: number; resizeAfter?: number };
    edit?: (c: Card) => Promise<EditOutcome<Card>>;
    typeAnswer?: ReviewScreen['typeAnswer'];
    lang?: 'en' | 'ko';
    queue?: StudyQueue;
    /** Instead of cards a, b and c (and their queue of new cards). */
    cards?: Card[];
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
            rows: () => options.terminal?.rows,
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
      queue:
        options.queue ??
        (options.cards ? { learning: [], review: [], new: options.cards.map((c) => c.id) } : newQueue()),
      cards: options.cards ? new Map(options.cards.map((c) => [c.id, c])) : byId,
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

describe('a card taller than the terminal scrolls inside the screen', () => {
  const steps = (id: string, count: number) =>
    card({
      id,
      kind: 'concept',
      front: `Front ${id}: what is on the list?`,
      back: [...Array.from({ length: count - 1 }, (_, i) => `- ${id} step ${i + 1}`), `- ${id} LAST`].join(
        '\n',
      ),
    });
  const tall = [steps('x', 30), steps('y', 30)];
  const DOWN = '\x1b[B';
  const UP = '\x1b[A';
  const PGDN = '\x1b[6~';
  const PGUP = '\x1b[5~';
  const HOME = '\x1b[H';
  const END = '\x1b[F';
  const onTerminal = (keys: string, columns = 80, extra: { resizeAfter?: number; rows?: number } = {}) =>
    session(keys, { cards: tall, terminal: { columns, rows: 10, ...extra } });
  const above = (screen: string | undefined) => Number(/↑ (\d+) more above/.exec(screen ?? '')?.[1] ?? 0);
  const lineCount = (screen: string | undefined) => (screen ?? '').split('\n').length;

  test('each screen is the height of the terminal, the progress line first, the key hints last', async () => {
    const { screens } = await onTerminal(` ${DOWN}${DOWN}3 q`);
    for (const drawn of screens.slice(1)) {
      const screen = drawn.replace('\x1b[?1049l', '');
      // The fronts fit; the backs fill the screen.
      expect(lineCount(screen)).toBeLessThanOrEqual(10);
      if (screen.includes('step 1')) expect(lineCount(screen)).toBe(10);
      expect(screen.split('\n')[0]).toMatch(/^\d+\/\d+ /);
      expect(screen.split('\n').at(-1)).toMatch(/q: quit$/);
    }
  });

  test('↓ and j scroll down a line, ↑ and k up; scroll keys neither reveal nor rate', async () => {
    const { screens, result } = await onTerminal(` ${DOWN}j${UP}${DOWN}kq`);
    // The back: revealed, then down, down, up, down, up.
    const tops = screens.slice(2).map(above);
    const revealed = above(screens[2]);
    expect(tops).toEqual([revealed, revealed + 1, revealed + 2, revealed + 1, revealed + 2, revealed + 1]);
    expect(result).toMatchObject({ done: 0, ended: 'quit' });
  });

  test('PgDn and PgUp move by a screen, End to the end, Home to the top', async () => {
    const { screens } = await onTerminal(` ${HOME}${PGDN}${PGDN}${PGUP}${END}${HOME}q`);
    const [home, down1, down2, up, end, top] = screens.slice(3);
    expect(above(home)).toBe(0);
    expect(home).toContain('more below');
    const page = above(down1);
    expect(page).toBeGreaterThan(1);
    expect(above(down2)).toBe(2 * page);
    expect(above(up)).toBe(page);
    expect(end).toContain('x LAST');
    expect(end).not.toContain('more below');
    expect(above(top)).toBe(0);
  });

  test('the answer of a tall card is placed in view when it is revealed', async () => {
    const { screens } = await onTerminal(' q', 80, { rows: 8 });
    const back = screens.at(-1) ?? '';
    expect(back).toContain('x step 1');
  });

  test('the next card starts at its top', async () => {
    const { screens } = await onTerminal(` ${END}3q`);
    expect(screens.at(-2)).toContain('x LAST');
    const next = screens.at(-1) ?? '';
    expect(next).toContain('Front y');
    expect(next).not.toContain('more above');
  });

  test('a resize keeps the end at the end, and the middle near the middle', async () => {
    const atEnd = await onTerminal(` ${END}q`, 80, { resizeAfter: 40 });
    const last = atEnd.screens.at(-1) ?? '';
    expect(last).toContain('x LAST');
    expect(last).not.toContain('more below');
    for (const line of last.split('\n')) expect(line.length).toBeLessThanOrEqual(40);

    // Steps of one line at 80 columns and two at 40: the step on top before the resize is still in view.
    const wrapping = card({
      id: 'w',
      kind: 'concept',
      front: 'Front w',
      back: Array.from(
        { length: 30 },
        (_, i) => `- step ${i + 1}: check the settings that every service reads`,
      ).join('\n'),
    });
    const middle = await session(` ${PGDN}${PGDN}q`, {
      cards: [wrapping],
      terminal: { columns: 80, rows: 14, resizeAfter: 40 },
    });
    const before = middle.screens.at(-2) ?? '';
    const after = middle.screens.at(-1) ?? '';
    expect(after).toContain('more above');
    expect(after).toContain('more below');
    const firstStep = Number(/step (\d+):/.exec(before)?.[1]);
    expect(firstStep).toBeGreaterThan(5);
    // The first line under the marker, at either width.
    const underMarker = (screen: string) =>
      screen.split('\n')[screen.split('\n').findIndex((l) => l.includes('more above')) + 1];
    expect(underMarker(before)).toBe(`• step ${firstStep}: check the settings that every service reads`);
    expect(underMarker(after)).toBe(`• step ${firstStep}: check the settings that every`);
  });

  test('the help overlay scrolls, and the card keeps its place under it', async () => {
    const { screens } = await onTerminal(` ${DOWN}${DOWN}?${DOWN}xq`);
    // Front, back, down, down; the help, the help a line down; the card again.
    const [onCard, help, helpDown, back] = screens.slice(4);
    expect(help).toContain('Keys');
    expect(help).not.toContain('more above');
    expect(help).toContain('more below');
    expect(above(helpDown)).toBe(1);
    expect(helpDown).toContain('any key: back to the card (↑↓: scroll)');
    expect(back).not.toContain('any key: back');
    expect(above(back)).toBe(above(onCard));
    expect(above(onCard)).toBeGreaterThan(0);
  });

  test('a card that fits scrolls nowhere: no markers, the scroll keys do nothing', async () => {
    const { screens, result } = await session(` ${DOWN}${END}${PGDN}3q`, {
      terminal: { columns: 80, rows: 40 },
    });
    expect(screens.some((s) => /more (above|below)/.test(s))).toBe(false);
    expect(result.done).toBe(1);
  });

  test('in Korean: the markers', async () => {
    const { printed } = await session(` ${DOWN}q`, {
      cards: tall,
      lang: 'ko',
      terminal: { columns: 80, rows: 10 },
    });
    expect(printed).toMatch(/↓ 아래로 \d+줄 더/);
    expect(printed).toMatch(/↑ 위로 \d+줄 더/);
  });
});

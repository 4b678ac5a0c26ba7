// The review screen laid out at 40, 80 and 200 columns: nothing wider than the screen, no word or id
// broken, code under its gutter.
import { describe, expect, test } from 'vitest';
import { NO_MARKS } from '../../src/srs/index.js';
import { lexCard } from '../../src/ui/markdown.js';
import {
  fitScreen,
  layoutReviewScreen,
  type ReviewFrame,
  renderHelp,
  renderReviewScreen,
} from '../../src/ui/review-view.js';
import { displayWidth } from '../../src/ui/text.js';
import { card } from '../quiz/cards.js';

const back = [
  'Publishes a container port on the host so that clients outside reach the service-with-a-long-name.',
  '',
  '```bash',
  'docker container run --detach --publish 127.0.0.1:8080:80 --name web-frontend-service nginx:1.27-alpine',
  '```',
].join('\n');
const shown = card({
  id: 'container-run-publish-with-a-long-id',
  kind: 'flag',
  front: 'What does `--publish` do?',
  back,
});

const frame = (side: ReviewFrame['side']): ReviewFrame => ({
  card: shown,
  tokens: lexCard(shown),
  deckTitle: 'Container commands',
  progress: { done: 12, total: 51, new: 10, learning: 4, review: 25, leftMs: 4 * 60_000 },
  side,
  intervals: [60_000, 6 * 60_000, 10 * 60_000, 8 * 86_400_000],
  status: { marks: { ...NO_MARKS, flagged: true, tags: ['leech'], suspended: true } },
  notice: ['undone: container-run-detach'],
  help: false,
  now: new Date('2026-03-02T10:00:00Z'),
});

const words = (text: string) => new Set(text.split(/\s+/).filter(Boolean));

describe.each([40, 80, 200])('at %i columns', (width) => {
  const options = { width, color: false, lang: 'en' as const };
  const screen = renderReviewScreen(frame('back'), options);
  const lines = screen.split('\n');

  test('no line is wider than the screen', () => {
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
  });

  test('words and ids are whole', () => {
    const all = words(screen);
    for (const word of [
      'container-run-publish-with-a-long-id',
      'service-with-a-long-name.',
      '127.0.0.1:8080:80',
      'web-frontend-service',
      'nginx:1.27-alpine',
    ])
      expect(all.has(word), word).toBe(true);
  });

  test('every code line keeps its gutter', () => {
    const start = lines.findIndex((line) => line.includes('docker container run'));
    const end = lines.findIndex((line) => line.includes('nginx:1.27-alpine'));
    for (const line of lines.slice(start, end + 1)) expect(line.startsWith('  ')).toBe(true);
  });

  test('progress, marks, notice, ratings and key hints are there', () => {
    expect(lines[0]).toMatch(/^12\/51 █+░+/);
    expect(screen).toContain('~4 min');
    expect(screen).toMatch(/10 new · 4 learning · 25 due|10 new\n/);
    expect(screen).toContain('⚑ flagged · suspended · leech');
    expect(screen).toContain('undone: container-run-detach');
    expect(screen).toContain('4 Easy · 8d');
    expect(screen).toContain('Space/Enter: Good');
  });

  test('the help overlay fits too', () => {
    for (const line of renderHelp(options).split('\n'))
      expect(displayWidth(line), line).toBeLessThanOrEqual(width);
  });
});

test('the front has no answer; typing shows › on the line where one types', () => {
  const options = { width: 80, color: false, lang: 'en' as const };
  expect(renderReviewScreen(frame('front'), options)).not.toContain('Publishes');
  const typing = renderReviewScreen({ ...frame('typing'), typed: 'docker run -p' }, options);
  expect(typing.split('\n').at(-1)).toBe('› docker run -p');
});

test('in Korean: kinds, marks, keys', () => {
  const screen = renderReviewScreen(frame('back'), { width: 80, color: false, lang: 'ko' });
  expect(screen).toContain('플래그');
  expect(screen).toContain('표시됨 · 보류됨 · 거머리');
  expect(screen).toContain('Space/Enter: 좋음');
  expect(screen).toContain('약 4분');
  expect(screen).toContain('1 다시 · 1분');
  expect(screen).toContain('3 좋음 · 10분');
  expect(screen).toContain('4 쉬움 · 8일');
  expect(screen).not.toMatch(/\d+[mdy]\b/);
});

// A card taller than any terminal here: 40 numbered steps, the last one unlike the others.
const tall = card({
  id: 'compose-tall-card',
  kind: 'concept',
  front: 'What does a long checklist before a release hold?',
  back: [...Array.from({ length: 39 }, (_, i) => `- step ${i + 1} of the checklist`), '- LAST-STEP'].join(
    '\n',
  ),
});
const tallFrame = (side: ReviewFrame['side'], help = false): ReviewFrame => ({
  ...frame(side),
  card: tall,
  tokens: lexCard(tall),
  notice: [],
  help,
  status: { marks: NO_MARKS },
});
const hidden = (line: string) => /more (above|below)/.test(line);
const options80 = { width: 80, color: false, lang: 'en' as const };

describe.each([40, 80, 200])('a tall card in 10 rows at %i columns', (width) => {
  const options = { width, color: false, lang: 'en' as const };
  const layout = layoutReviewScreen(tallFrame('back'), options);
  const at = (top: number) => fitScreen(layout, 10, { top }, options);

  test('the screen is 10 lines, none wider than the screen', () => {
    for (const top of [0, 5, 1000]) {
      const lines = at(top).text.split('\n');
      expect(lines).toHaveLength(10);
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    }
  });

  test('the progress line stays first and the ratings and a key hint stay last, wherever it is scrolled', () => {
    for (const top of [0, 7, 1000]) {
      const lines = at(top).text.split('\n');
      expect(lines[0]).toMatch(/^12\/51 /);
      expect(lines.join('\n')).toMatch(/1 Again · 1m/);
      expect(lines.at(-1)).toMatch(/q: quit$/);
    }
  });

  test('at the top it says what is below; at the end what is above; in between both', () => {
    const first = at(0);
    expect(first.text).toMatch(/↓ \d+ more below/);
    expect(first.text).not.toContain('more above');
    expect(first.text).toContain('compose-tall-card');
    const last = at(first.maxTop);
    expect(last.text).toMatch(/↑ \d+ more above/);
    expect(last.text).not.toContain('more below');
    expect(last.text).toContain('LAST-STEP');
    const middle = at(Math.floor(first.maxTop / 2)).text;
    expect(middle).toContain('more above');
    expect(middle).toContain('more below');
  });

  test('the counts are right, the top is clamped, and every line of the card can be scrolled to', () => {
    const first = at(0);
    expect(first.maxTop).toBe(layout.body.length - first.rows);
    expect(first.text).toContain(`↓ ${layout.body.length - first.rows} more below`);
    expect(at(-5).top).toBe(0);
    expect(at(1000).top).toBe(first.maxTop);
    const seen = new Set<string>();
    for (let top = 0; top <= first.maxTop; top++) for (const line of at(top).text.split('\n')) seen.add(line);
    for (const line of layout.body) expect(seen.has(line), line).toBe(true);
  });
});

describe('a tall card, other sizes and sides', () => {
  const options = { width: 80, color: false, lang: 'en' as const };

  test('a card that fits shows no marker and looks as it does without rows', () => {
    const small = frame('back');
    const fitted = fitScreen(layoutReviewScreen(small, options), 60, { top: 0 }, options);
    expect(fitted.maxTop).toBe(0);
    expect(fitted.text.split('\n').some(hidden)).toBe(false);
    expect(fitted.text).toBe(renderReviewScreen(small, options));
  });

  test('few rows: the key hints shrink to one short line, then the progress to its first line', () => {
    const layout = layoutReviewScreen(tallFrame('back'), { ...options, width: 40 });
    const fitted = fitScreen(layout, 10, { top: 0 }, { ...options, width: 40 });
    expect(fitted.text.split('\n').at(-1)).toBe('?: keys · q: quit');
    expect(fitted.rows).toBeGreaterThanOrEqual(3);
    expect(fitScreen(layout, 40, { top: 0 }, { ...options, width: 40 }).text).toContain('Space/Enter: Good');
  });

  test('the typed line stays the last line of the screen, even when the front must scroll', () => {
    const typing = { ...tallFrame('typing'), typed: 'docker compose up' };
    const lines = fitScreen(layoutReviewScreen(typing, options), 6, { top: 0 }, options).text.split('\n');
    expect(lines).toHaveLength(6);
    expect(lines.join('\n')).toContain('more below');
    expect(lines.at(-1)).toBe('› docker compose up');
  });

  test('the answer begins at answerAt, under the front', () => {
    const layout = layoutReviewScreen(tallFrame('back'), options);
    expect(layout.body.slice(layout.answerAt, (layout.answerAt ?? 0) + 2).join('\n')).toMatch(
      /^─+\nstep 1|^─+\n.*step 1/,
    );
    expect(layoutReviewScreen(tallFrame('front'), options).answerAt).toBeUndefined();
  });

  test('the help overlay scrolls too, its closing hint last', () => {
    for (const width of [40, 80, 200]) {
      const o = { ...options, width };
      const layout = layoutReviewScreen(tallFrame('front', true), o);
      const first = fitScreen(layout, 10, { top: 0 }, o);
      expect(first.text.split('\n')).toHaveLength(10);
      expect(first.text.split('\n').at(-1)).toBe('any key: back to the card (↑↓: scroll)');
      expect(first.text).toContain('more below');
      expect(fitScreen(layout, 10, { top: first.maxTop }, o).text).toContain('Ctrl-C');
    }
  });

  test('in Korean: the markers and the help line on scrolling', () => {
    const ko = { ...options, lang: 'ko' as const };
    const layout = layoutReviewScreen(tallFrame('back'), ko);
    const first = fitScreen(layout, 10, { top: 0 }, ko);
    expect(first.text).toMatch(/↓ 아래로 \d+줄 더 · ↑↓ j k: 스크롤/);
    expect(fitScreen(layout, 10, { top: 3 }, ko).text).toContain('↑ 위로 3줄 더');
    expect(renderHelp(ko)).toContain('화면보다 긴 카드 스크롤');
    expect(renderHelp(options)).toContain('scroll a tall card');
  });
});

describe('notices on a short screen', () => {
  const verdict = [
    '› docker run nginx -d',
    '✗ wrong, the answer is docker container run -d nginx',
    '  · missing --detach (-d)',
    "  · nothing should follow the image, but got '-d' (-d after the image goes to the container, not to docker)",
  ];
  const command = card({
    id: 'drills-container-run',
    kind: 'command',
    front: 'Run a container',
    back: tall.back,
  });
  const answered: ReviewFrame = {
    ...tallFrame('back'),
    card: command,
    tokens: lexCard(command),
    notice: verdict,
    status: { marks: NO_MARKS, suggested: 1 },
  };

  test.each([
    [40, 10],
    [80, 10],
    [80, 12],
    [200, 10],
  ])(
    'at %i columns and %i rows the screen holds, the verdict is in view, the ratings last',
    (width, rows) => {
      const o = { width, color: false, lang: 'en' as const };
      const fitted = fitScreen(layoutReviewScreen(answered, o), rows, 'answer', o);
      const lines = fitted.text.split('\n');
      expect(lines.length).toBeLessThanOrEqual(rows);
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      expect(lines[0]).toMatch(/^12\/51 /);
      expect(fitted.text).toContain('✗ wrong, the answer is');
      expect(fitted.text).toMatch(/›1 Again · 1m/);
    },
  );

  test('with room, the notice stays above the ratings and the card scrolls alone', () => {
    const fitted = fitScreen(layoutReviewScreen(answered, options80), 24, { top: 5 }, options80);
    const lines = fitted.text.split('\n');
    const notice = lines.indexOf('  · missing --detach (-d)');
    expect(notice).toBeGreaterThan(lines.findIndex((l) => l.includes('more below')));
  });

  test('a long detail hangs under its text', () => {
    const lines = layoutReviewScreen(answered, { ...options80, width: 40 }).notice;
    const at = lines.findIndex((l) => l.startsWith('  · nothing should follow'));
    expect(lines[at + 1]).toMatch(/^ {4}\S/);
  });

  test("positions: the end, the text above a line, the answer's start", () => {
    const layout = layoutReviewScreen(tallFrame('back'), options80);
    const end = fitScreen(layout, 10, 'end', options80);
    expect(end.top).toBe(end.maxTop);
    const middle = fitScreen(layout, 10, { top: 12 }, options80);
    expect(fitScreen(layout, 10, { textAbove: middle.textAbove }, options80).top).toBe(12);
    const answer = fitScreen(layout, 10, 'answer', options80);
    expect(answer.top).toBe(layout.answerAt);
  });
});

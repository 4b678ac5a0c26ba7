// The review screen laid out at 40, 80 and 200 columns: nothing wider than the screen, no word or id
// broken, code under its gutter.
import { describe, expect, test } from 'vitest';
import { NO_MARKS } from '../../src/srs/index.js';
import { lexCard } from '../../src/ui/markdown.js';
import { type ReviewFrame, renderHelp, renderReviewScreen } from '../../src/ui/review-view.js';
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

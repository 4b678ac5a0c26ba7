import { describe, expect, it } from 'vitest';
import type { Stats } from '../../src/stats/index.js';
import { ESCAPE_SEQUENCE } from '../../src/text/safety.js';
import {
  dayLabel,
  formatCount,
  formatRate,
  renderStats,
  type StatsViewOptions,
} from '../../src/ui/stats-view.js';
import { displayWidth } from '../../src/ui/text.js';

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const TODAY_MS = Date.UTC(2026, 2, 1);

/** 30 days of reviews ending 2026-03-01 and a 14-day forecast from it, in the shape computeStats gives. */
function makeStats(overrides: Partial<Stats> = {}): Stats {
  const reviews = Array.from({ length: 30 }, (_, i) => (i % 7 === 3 ? 0 : (i * 5) % 17));
  reviews[29] = 12;
  const due = [32, 0, 4, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1];
  return {
    today: '2026-03-01',
    cards: { total: 1130, new: 1070, learning: 22, review: 34, relearning: 4 },
    reviewsToday: 12,
    reviews: 1234,
    retention: { days: 30, answers: 16, passed: 13, rate: 13 / 16 },
    streak: 3,
    reviewsPerDay: reviews.map((n, i) => ({ day: isoDay(TODAY_MS - (29 - i) * DAY), reviews: n })),
    duePerDay: due.map((n, i) => ({ day: isoDay(TODAY_MS + i * DAY), due: n })),
    ...overrides,
  };
}

const EN: StatsViewOptions = { lang: 'en', color: false, width: 80 };
const KO: StatsViewOptions = { lang: 'ko', color: false, width: 80 };
const lines = (text: string) => text.split('\n');

/** The lines of the chart under the heading `title`, up to the next blank line. */
function section(text: string, title: string): string[] {
  const all = lines(text);
  const start = all.indexOf(title);
  expect(start, `heading '${title}'`).toBeGreaterThanOrEqual(0);
  const end = all.indexOf('', start);
  return all.slice(start + 1, end === -1 ? undefined : end);
}

describe('renderStats, the figures', () => {
  it('English: a header, then cards by state, reviews, retention and streak aligned in columns', () => {
    expect(lines(renderStats(makeStats(), EN)).slice(0, 12)).toEqual([
      'Study statistics · all decks · 2026-03-01',
      '',
      'Cards                1,130',
      '  new                1,070',
      '  learning              22',
      '  review                34',
      '  relearning             4',
      'Reviews today           12',
      'Reviews in total     1,234',
      'Retention, 30 days   81.3%  13 of 16 review answers recalled',
      'Streak              3 days',
      '',
    ]);
  });

  it('Korean: the same figures, columns aligned by display width', () => {
    const head = lines(renderStats(makeStats(), KO)).slice(0, 11);
    expect(head).toEqual([
      '학습 통계 · 모든 덱 · 2026-03-01',
      '',
      '카드                1,130',
      '  새 카드           1,070',
      '  학습 중              22',
      '  복습                 34',
      '  재학습                4',
      '오늘 복습              12',
      '전체 복습           1,234',
      '기억률 (최근 30일)  81.3%  복습 답 16개 중 13개 기억',
      '연속 학습             3일',
    ]);
    // Every value ends in the same column, though the labels mix Hangul (two columns) and spaces.
    const valueEnd = (line: string) => displayWidth(line.replace(/ {2}복습 답.*$/, ''));
    // The label column is 18 wide (the retention label), two spaces, values 5 wide.
    expect(new Set(head.slice(2).map(valueEnd))).toEqual(new Set([25]));
  });

  it('no measurable answers: retention is a dash, and says why', () => {
    const out = renderStats(makeStats({ retention: { days: 30, answers: 0, passed: 0, rate: null } }), EN);
    expect(out).toContain('Retention, 30 days       –  no review-state answers yet');
    expect(out).not.toContain('NaN');
  });

  it('no reviews at all: a hint where to start, charts still drawn', () => {
    const empty = makeStats({
      reviews: 0,
      reviewsToday: 0,
      streak: 0,
      retention: { days: 30, answers: 0, passed: 0, rate: null },
      reviewsPerDay: makeStats().reviewsPerDay.map((d) => ({ ...d, reviews: 0 })),
      duePerDay: makeStats().duePerDay.map((d) => ({ ...d, due: 0 })),
    });
    const out = renderStats(empty, EN);
    expect(out).toContain("No reviews yet: answer some cards with 'dockstudy quiz' to start.");
    expect(out).toContain('Streak              0 days');
    expect(section(out, 'Reviews per day, last 30 days')[0]).toBe('1 ┤');
    expect(renderStats(makeStats(), EN)).not.toContain('No reviews yet');
    expect(renderStats(empty, KO)).toContain('아직 복습 기록이 없습니다.');
  });

  it('one day of streak is singular in English', () => {
    expect(renderStats(makeStats({ streak: 1 }), EN)).toMatch(/^Streak +1 day$/m);
  });
});

describe('renderStats, a deck', () => {
  const deck = { id: 'dockerfile', title: 'Dockerfile instructions' };

  it('names the deck and says the review history counts every deck', () => {
    const out = renderStats(makeStats(), { ...EN, deck });
    expect(lines(out)[0]).toBe('Study statistics · deck dockerfile (Dockerfile instructions) · 2026-03-01');
    const ko = renderStats(makeStats(), { ...KO, deck });
    expect(lines(ko)[0]).toBe('학습 통계 · dockerfile 덱 (Dockerfile instructions) · 2026-03-01');
  });

  it('strips control sequences from a deck title that came from notes', () => {
    const out = renderStats(makeStats(), {
      ...EN,
      deck: { id: 'mine', title: 'My\x1b[2J\x1b]0;pwned\x07 deck' },
    });
    expect(lines(out)[0]).toBe('Study statistics · deck mine (My deck) · 2026-03-01');
    expect(out).not.toContain('\x1b');
  });
});

describe('renderStats, the charts', () => {
  it('reviews per day: 30 bars scaled to the busiest day, labelled from the first day', () => {
    const chart = section(renderStats(makeStats(), EN), 'Reviews per day, last 30 days');
    expect(chart).toHaveLength(6 + 2); // six rows of bars, the axis, the labels
    expect(chart[0]).toMatch(/^16 ┤ /); // (i * 5) % 17 peaks at 16
    expect(chart[6]).toBe(` 0 └${'─'.repeat(60)}`);
    expect(chart[7]).toMatch(/^ {5}1\/31 +2\/3 +2\/6 /);
    expect(chart[7]).toMatch(/2\/27$/);
    // Today's 12 reviews reach into the top row's neighbour, the last bar of the bottom row is full.
    expect(chart[5]!.endsWith('█')).toBe(true);
  });

  it('due per day: 14 bars from today, today holding the most', () => {
    const out = renderStats(makeStats(), EN);
    const chart = section(out, 'Cards due per day, next 14 days');
    expect(chart).toHaveLength(8);
    expect(chart[0]).toBe('32 ┤ █');
    expect(chart[6]).toBe(` 0 └${'─'.repeat(28)}`);
    expect(chart[7]).toBe('     3/1   3/4   3/7   3/10  3/13');
    expect(out.endsWith(chart[7]!)).toBe(true);
    expect(section(renderStats(makeStats(), KO), '일별 복습 예정 카드 (앞으로 14일)')).toEqual(chart);
  });

  it('fits narrow terminals: no line wider than the width, in either language', () => {
    for (const lang of ['en', 'ko'] as const) {
      for (const width of [40, 52, 80]) {
        const out = renderStats(makeStats(), {
          lang,
          color: false,
          width,
          deck: { id: 'container', title: '컨테이너 명령어' },
        });
        for (const line of lines(out))
          expect(displayWidth(line), `${lang} ${width}: ${line}`).toBeLessThanOrEqual(width);
      }
    }
  });

  it('at 40 columns the retention detail moves under the values', () => {
    const out = lines(renderStats(makeStats(), { ...EN, width: 40 }));
    const at = out.indexOf('Retention, 30 days   81.3%');
    expect(at).toBeGreaterThan(0);
    expect(out.slice(at + 1, at + 3)).toEqual([
      `${' '.repeat(20)}13 of 16 review`,
      `${' '.repeat(20)}answers recalled`,
    ]);
    expect(out[at + 3]).toMatch(/^Streak/);
  });
});

describe('renderStats, colour', () => {
  it('color:false has no escape sequences; color:true is the same text once styles are removed', () => {
    const plain = renderStats(makeStats(), EN);
    expect(plain).not.toMatch(/\x1b/);
    const colored = renderStats(makeStats(), { ...EN, color: true });
    expect(colored).toMatch(/\x1b\[1m/); // bold headings
    expect(colored.replace(ESCAPE_SEQUENCE, '')).toBe(plain);
  });
});

describe('formatting helpers', () => {
  it('formatCount groups thousands whatever the locale', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('formatRate: one decimal, or a dash for nothing to measure', () => {
    expect(formatRate(13 / 16)).toBe('81.3%');
    expect(formatRate(1)).toBe('100.0%');
    expect(formatRate(0)).toBe('0.0%');
    expect(formatRate(null)).toBe('–');
  });

  it('dayLabel: month/day without leading zeros', () => {
    expect(dayLabel('2026-03-01')).toBe('3/1');
    expect(dayLabel('2026-12-31')).toBe('12/31');
  });
});

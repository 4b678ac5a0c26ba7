import { describe, expect, test } from 'vitest';
import {
  dayEnd,
  dayKey,
  dayKeyOfNumber,
  dayStart,
  studyDayNumber,
  studyDayStartMs,
} from '../../src/srs/index.js';

const at = (iso: string) => new Date(iso);

describe('study day starts at 04:00 local time', () => {
  test('in UTC, 03:59 belongs to the previous day and 04:00 starts a new one', () => {
    expect(dayKey(at('2026-03-02T03:59:59Z'), 0)).toBe('2026-03-01');
    expect(dayKey(at('2026-03-02T04:00:00Z'), 0)).toBe('2026-03-02');
    expect(dayStart(at('2026-03-02T03:59:59Z'), 0).toISOString()).toBe('2026-03-01T04:00:00.000Z');
    expect(dayStart(at('2026-03-02T04:00:00Z'), 0).toISOString()).toBe('2026-03-02T04:00:00.000Z');
  });

  test('east of UTC (CET, +60): the day starts at 03:00Z', () => {
    expect(dayStart(at('2026-03-02T02:59:00Z'), 60).toISOString()).toBe('2026-03-01T03:00:00.000Z');
    expect(dayStart(at('2026-03-02T03:00:00Z'), 60).toISOString()).toBe('2026-03-02T03:00:00.000Z');
    expect(dayKey(at('2026-03-02T03:00:00Z'), 60)).toBe('2026-03-02');
  });

  test('west of UTC (New York, -300): late evening local is still that day', () => {
    // 2026-03-02T02:00Z is 21:00 on the 1st in New York.
    expect(dayKey(at('2026-03-02T02:00:00Z'), -300)).toBe('2026-03-01');
    expect(dayStart(at('2026-03-02T02:00:00Z'), -300).toISOString()).toBe('2026-03-01T09:00:00.000Z');
    // 08:59Z on the 2nd is 03:59 local: still the 1st.
    expect(dayKey(at('2026-03-02T08:59:00Z'), -300)).toBe('2026-03-01');
    expect(dayKey(at('2026-03-02T09:00:00Z'), -300)).toBe('2026-03-02');
  });

  test('half-hour zones (India, +330)', () => {
    // 04:00 local = 22:30Z the day before.
    expect(dayStart(at('2026-03-01T23:00:00Z'), 330).toISOString()).toBe('2026-03-01T22:30:00.000Z');
    expect(dayKey(at('2026-03-01T23:00:00Z'), 330)).toBe('2026-03-02');
  });

  test('dayEnd is the next day start, 24 hours later', () => {
    const now = at('2026-03-01T10:00:00Z');
    expect(dayEnd(now, 0).getTime() - dayStart(now, 0).getTime()).toBe(86_400_000);
    expect(dayEnd(now, 0).toISOString()).toBe('2026-03-02T04:00:00.000Z');
  });

  test('day numbers count consecutive days and map back to starts and keys', () => {
    const first = studyDayNumber(at('2026-03-01T10:00:00Z'), 60);
    expect(studyDayNumber(at('2026-03-02T10:00:00Z'), 60)).toBe(first + 1);
    expect(dayKeyOfNumber(first)).toBe('2026-03-01');
    expect(new Date(studyDayStartMs(first, 60)).toISOString()).toBe('2026-03-01T03:00:00.000Z');
    expect(studyDayNumber(at('2026-03-01T10:00:00Z').getTime(), 60)).toBe(first);
  });

  test('month and year boundaries', () => {
    expect(dayKey(at('2026-01-01T03:00:00Z'), 0)).toBe('2025-12-31');
    expect(dayKey(at('2028-03-01T02:00:00Z'), 0)).toBe('2028-02-29');
  });
});

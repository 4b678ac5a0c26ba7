import { describe, expect, test } from 'vitest';
import { formatDuration, formatInterval } from '../../src/ui/interval.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('formatInterval: one formatter, worded in the UI language', () => {
  test.each([
    [0, '<1m', '<1분'],
    [-5 * MIN, '<1m', '<1분'],
    [29_000, '<1m', '<1분'],
    [MIN, '1m', '1분'],
    [10 * MIN, '10m', '10분'],
    [59 * MIN, '59m', '59분'],
    [59.7 * MIN, '1h', '1시간'],
    [90 * MIN, '1.5h', '1.5시간'],
    [23 * HOUR, '23h', '23시간'],
    [DAY, '1d', '1일'],
    [3 * DAY, '3d', '3일'],
    [8 * DAY, '8d', '8일'],
    [29 * DAY, '29d', '29일'],
    [60 * DAY, '2mo', '2개월'],
    [45 * DAY, '1.5mo', '1.5개월'],
    [90 * DAY, '3mo', '3개월'],
    [330 * DAY, '11mo', '11개월'],
    [364 * DAY, '1y', '1년'],
    [365 * DAY, '1y', '1년'],
    [438 * DAY, '1.2y', '1.2년'],
  ])('%d ms: %s, %s', (ms, en, ko) => {
    expect(formatInterval(ms, 'en')).toBe(en);
    expect(formatInterval(ms, 'ko')).toBe(ko);
  });
});

describe('formatDuration: a session length', () => {
  test.each([
    [0, '0s', '0초'],
    [44_600, '45s', '45초'],
    [200_000, '3m 20s', '3분 20초'],
    [3_600_000, '60m 0s', '60분 0초'],
  ])('%d ms: %s, %s', (ms, en, ko) => {
    expect(formatDuration(ms, 'en')).toBe(en);
    expect(formatDuration(ms, 'ko')).toBe(ko);
  });
});

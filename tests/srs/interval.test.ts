import { expect, test } from 'vitest';
import { formatInterval } from '../../src/srs/index.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

test.each([
  [0, '<1m'],
  [-5 * MIN, '<1m'],
  [29_000, '<1m'],
  [MIN, '1m'],
  [10 * MIN, '10m'],
  [59 * MIN, '59m'],
  [59.7 * MIN, '1h'],
  [90 * MIN, '1.5h'],
  [23 * HOUR, '23h'],
  [DAY, '1d'],
  [3 * DAY, '3d'],
  [29 * DAY, '29d'],
  [60 * DAY, '2mo'],
  [45 * DAY, '1.5mo'],
  [330 * DAY, '11mo'],
  [364 * DAY, '1y'],
  [365 * DAY, '1y'],
  [438 * DAY, '1.2y'],
])('formatInterval(%d) = %s', (ms, text) => {
  expect(formatInterval(ms)).toBe(text);
});

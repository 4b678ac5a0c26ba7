import { expect, test } from 'vitest';
import { studyStreak } from '../../src/stats/index.js';

test.each([
  ['studied today and the two days before', [100, 99, 98, 96], 3],
  ['not yet today, but yesterday and before', [99, 98], 2],
  ['last studied two days ago', [98, 97], 0],
  ['never', [], 0],
  ['only today', [100], 1],
  ['order does not matter', [98, 100, 99], 3],
])('%s', (_, days, streak) => {
  expect(studyStreak(days, 100)).toBe(streak);
});

import { expect, test } from 'vitest';
import { barLengths } from '../../src/stats/index.js';

test('scales to the width, the largest filling it', () => {
  expect(barLengths([0, 5, 10, 20], 20)).toEqual([0, 5, 10, 20]);
  expect(barLengths([1, 2], 10)).toEqual([5, 10]);
});

test('a small nonzero value still gets one cell', () => {
  expect(barLengths([1, 1000], 10)).toEqual([1, 10]);
});

test('all zero or empty', () => {
  expect(barLengths([0, 0], 10)).toEqual([0, 0]);
  expect(barLengths([], 10)).toEqual([]);
});

import { describe, expect, it } from 'vitest';
import { closestName, closestNames, didYouMeanSuffix, editDistance } from '../../src/text/suggest.js';

describe('closestNames', () => {
  const decks = ['virtualization', 'dockerfile', 'image', 'container'];

  it('finds a typo, closest first', () => {
    expect(closestNames('dockerfil', decks)).toEqual(['dockerfile']);
    expect(closestNames('contianer', decks)).toEqual(['container']);
    expect(closestNames('imgae', ['images', 'image', 'mage'])).toEqual(['image', 'images', 'mage']);
    expect(closestName('rnu', ['rm', 'run'])).toBe('run');
  });

  it('counts a name containing what was typed as close', () => {
    expect(closestNames('run', ['container-run', 'container-ps', 'image-build'])).toEqual(['container-run']);
  });

  it('ignores case and keeps at most `limit`', () => {
    expect(closestNames('IMAGE', decks)).toEqual(['image']);
    expect(closestNames('ab', ['aa', 'ab1', 'ac', 'ad'], 2)).toEqual(['aa', 'ab1']);
  });

  it('suggests nothing for what is far from every name', () => {
    expect(closestNames('zzzzzz', decks)).toEqual([]);
    // Two letters allow one typo only.
    expect(closestNames('xy', ['ps', 'rm'])).toEqual([]);
  });
});

describe('closestName and didYouMeanSuffix', () => {
  it('give the one best name', () => {
    expect(closestName('--pubish', ['--publish', '--pull', '--privileged'])).toBe('--publish');
    expect(didYouMeanSuffix('--pubish', ['--publish'])).toBe(' (did you mean --publish?)');
    expect(didYouMeanSuffix('--zzzzzz', ['--publish'])).toBe('');
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['run', 'run', 0],
    ['rnu', 'run', 1],
    ['rm', 'run', 2],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['ca', 'abc', 3],
  ])('%j → %j: %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeDashes, normalizeLeadingDash } from '../../src/text/dashes.js';

describe('normalizeLeadingDash (one shell word)', () => {
  it.each([
    ['\u2013d', '-d'],
    ['\u2014d', '-d'],
    ['\u2212d', '-d'],
    ['\u2013d=false', '-d=false'],
    ['\u2013p=80:80', '-p=80:80'],
    ['\u2014rm', '--rm'],
    ['\u2013it', '--it'],
    ['\u2014name=web', '--name=web'],
    ['\u2013p80:80', '--p80:80'],
    ['-d', '-d'],
    ['--rm', '--rm'],
    ['web', 'web'],
    ['\u2014', '\u2014'],
    ['a\u2014b', 'a\u2014b'],
    ['\u2014d \u2014rm', '-d \u2014rm'],
  ])('%s → %s', (word, normal) => {
    expect(normalizeLeadingDash(word)).toBe(normal);
  });
});

describe('normalizeDashes (text)', () => {
  it('reads every word that starts with a dash look-alike', () => {
    expect(normalizeDashes('docker run \u2014rm \u2013d nginx')).toBe('docker run --rm -d nginx');
    expect(normalizeDashes('\u2013v, \u2014volume')).toBe('-v, --volume');
    expect(normalizeDashes('\u2013p=80:80')).toBe('-p=80:80');
  });

  it('leaves dashes in prose alone', () => {
    expect(normalizeDashes('a \u2014 b')).toBe('a \u2014 b');
    expect(normalizeDashes('2010\u20132020')).toBe('2010\u20132020');
    expect(normalizeDashes('well\u2014known')).toBe('well\u2014known');
  });

  it('agrees with the one-word rule on a single word', () => {
    for (const word of ['\u2013d', '\u2014rm', '\u2013p80:80', '\u2014name=web', 'x']) {
      expect(normalizeDashes(word)).toBe(normalizeLeadingDash(word));
    }
  });
});

// DOCKSTUDY_NOW: only a real ISO 8601 time in a sane range replaces the clock.
import { describe, expect, test } from 'vitest';
import { readNow } from '../../src/cli/environment.js';

const now = (value: string) => readNow({ DOCKSTUDY_NOW: value });

describe('DOCKSTUDY_NOW', () => {
  test('ISO 8601 times are read as they say', () => {
    expect(now('2026-03-01T09:00:00Z').toISOString()).toBe('2026-03-01T09:00:00.000Z');
    expect(now('2028-02-29').toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(now('2026-03-01T09:00+09:00').toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(now('2000-01-01T00:00:00Z').getUTCFullYear()).toBe(2000);
    expect(now('2200-12-31T23:59:59Z').getUTCFullYear()).toBe(2200);
  });

  test.each([
    ['2026-02-30', /does not exist/],
    ['2027-02-29', /does not exist/],
    ['2026-13-01', /does not exist/],
    ['2026-04-31T10:00:00Z', /does not exist/],
    ['2026-03-01T24:00:00Z', /time that does not exist/],
    ['2026-03-01T10:60:00Z', /time that does not exist/],
    ['2026-03-01T10:00:00+25:00', /time that does not exist/],
    ['1969-12-31T23:00:00Z', /from 2000 to 2200/],
    ['1999-12-31', /from 2000 to 2200/],
    ['2201-01-01', /from 2000 to 2200/],
    ['9999-01-01', /from 2000 to 2200/],
    ['next tuesday', /not an ISO 8601 time/],
    ['2026-03-01\u001b[31m', /not an ISO 8601 time/],
  ])('%j is refused: one line, exit 2, the value quoted safely', (value, why) => {
    let error: unknown;
    try {
      now(value);
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ name: 'UsageError', exitCode: 2 });
    const message = (error as Error).message;
    expect(message).toMatch(why);
    expect(message).not.toMatch(/[\n\u001b]/);
  });
});

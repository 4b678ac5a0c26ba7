import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SRS_CONFIG } from '../../src/srs/index.js';
import {
  closeStore,
  getConfig,
  openStore,
  type Store,
  StoreError,
  setConfig,
} from '../../src/store/index.js';
import { tempDir } from './helpers.js';

function open(): Store {
  return openStore(join(tempDir(), 'dockstudy.db'));
}

describe('config', () => {
  test('defaults until set', () => {
    const store = open();
    expect(getConfig(store)).toEqual({
      retention: 0.9,
      newPerDay: 20,
      leechThreshold: 8,
      maxAnswerSeconds: 60,
    });
    expect(getConfig(store)).toEqual(DEFAULT_SRS_CONFIG);
    closeStore(store);
  });

  test('set values persist across opens', () => {
    const file = join(tempDir(), 'dockstudy.db');
    const store = openStore(file);
    expect(setConfig(store, { retention: 0.85 })).toEqual({
      retention: 0.85,
      newPerDay: 20,
      leechThreshold: 8,
      maxAnswerSeconds: 60,
    });
    expect(setConfig(store, { newPerDay: 0 })).toEqual({
      retention: 0.85,
      newPerDay: 0,
      leechThreshold: 8,
      maxAnswerSeconds: 60,
    });
    closeStore(store);
    const again = openStore(file, { readonly: true });
    expect(getConfig(again)).toEqual({
      retention: 0.85,
      newPerDay: 0,
      leechThreshold: 8,
      maxAnswerSeconds: 60,
    });
    closeStore(again);
  });

  test.each([
    [{ retention: 0.69 }, /retention must be a number from 0.7 to 0.99 \(got 0.69\)/],
    [{ retention: 1 }, /retention/],
    [{ retention: Number.NaN }, /retention/],
    [{ newPerDay: 1.5 }, /new-per-day must be a whole number from 0 to 9999 \(got 1.5\)/],
    [{ newPerDay: -1 }, /new-per-day/],
    [{ newPerDay: 10_000 }, /new-per-day/],
    [{ maxAnswerSeconds: 9 }, /max-answer-seconds must be a whole number from 10 to 3600 \(got 9\)/],
    [{ maxAnswerSeconds: 3601 }, /max-answer-seconds/],
    [{ maxAnswerSeconds: 60.5 }, /max-answer-seconds/],
  ])('refuses %o', (change, message) => {
    const store = open();
    expect(() => setConfig(store, change)).toThrow(message);
    expect(getConfig(store)).toEqual(DEFAULT_SRS_CONFIG);
    closeStore(store);
  });

  test('edges are allowed', () => {
    const store = open();
    expect(setConfig(store, { retention: 0.7, newPerDay: 9999 })).toEqual({
      retention: 0.7,
      newPerDay: 9999,
      leechThreshold: 8,
      maxAnswerSeconds: 60,
    });
    expect(setConfig(store, { retention: 0.99, newPerDay: 0, maxAnswerSeconds: 10 })).toEqual({
      retention: 0.99,
      newPerDay: 0,
      leechThreshold: 8,
      maxAnswerSeconds: 10,
    });
    expect(setConfig(store, { maxAnswerSeconds: 3600 }).maxAnswerSeconds).toBe(3600);
    closeStore(store);
  });

  test('one bad value in a change stores none of it', () => {
    const store = open();
    expect(() => setConfig(store, { retention: 0.8, newPerDay: -5 })).toThrow(StoreError);
    expect(getConfig(store)).toEqual(DEFAULT_SRS_CONFIG);
    closeStore(store);
  });

  test('refuses an unknown setting', () => {
    const store = open();
    expect(() => setConfig(store, { toString: 1 } as never)).toThrow(TypeError);
    closeStore(store);
  });

  describe('with a bad value in the file', () => {
    /** A closed store whose new-per-day row was written by hand. */
    function brokenFile(rows: string): string {
      const file = join(tempDir(), 'dockstudy.db');
      const store = openStore(file);
      store.db.exec(`INSERT INTO config VALUES ${rows}`);
      closeStore(store);
      return file;
    }
    /** The database and its WAL, byte for byte. */
    const bytes = (file: string) =>
      [file, `${file}-wal`].map((f) => (existsSync(f) ? readFileSync(f).toString('base64') : null));

    test('setting another value refuses, naming the bad one and the fix, and changes nothing', () => {
      const file = brokenFile("('new-per-day', 'abc')");
      const before = bytes(file);
      const store = openStore(file);
      const rows = () =>
        store.db.prepare("SELECT key, value FROM config WHERE key NOT LIKE 'store.%' ORDER BY key").all();
      expect(rows()).toEqual([{ key: 'new-per-day', value: 'abc' }]);
      expect(() => setConfig(store, { retention: 0.8 })).toThrow(
        expect.objectContaining({
          code: 'INVALID_CONFIG',
          message: `${file}: new-per-day must be a whole number from 0 to 9999 (got abc); nothing was changed`,
          badSetting: 'new-per-day',
        }),
      );
      expect(rows()).toEqual([{ key: 'new-per-day', value: 'abc' }]);
      closeStore(store);
      expect(bytes(file)).toEqual(before);
    });

    test('setting the bad value right mends it', () => {
      const store = openStore(brokenFile("('new-per-day', 'abc'), ('retention', '0.8')"));
      expect(setConfig(store, { newPerDay: 30 })).toEqual({
        retention: 0.8,
        newPerDay: 30,
        leechThreshold: 8,
        maxAnswerSeconds: 60,
      });
      expect(getConfig(store)).toEqual({
        retention: 0.8,
        newPerDay: 30,
        leechThreshold: 8,
        maxAnswerSeconds: 60,
      });
      closeStore(store);
    });

    test('setting both at once replaces both bad values', () => {
      const store = openStore(brokenFile("('new-per-day', 'abc'), ('retention', '2')"));
      expect(setConfig(store, { retention: 0.8, newPerDay: 5 })).toEqual({
        retention: 0.8,
        newPerDay: 5,
        leechThreshold: 8,
        maxAnswerSeconds: 60,
      });
      expect(getConfig(store)).toEqual({
        retention: 0.8,
        newPerDay: 5,
        leechThreshold: 8,
        maxAnswerSeconds: 60,
      });
      closeStore(store);
    });

    test('two bad values can be mended one at a time', () => {
      const store = openStore(brokenFile("('new-per-day', 'abc'), ('retention', '2')"));
      // The one still bad comes back as its default, and is still reported on reading.
      expect(setConfig(store, { retention: 0.8 })).toEqual({
        retention: 0.8,
        newPerDay: 20,
        leechThreshold: 8,
        maxAnswerSeconds: 60,
      });
      expect(() => getConfig(store)).toThrow(
        expect.objectContaining({
          message: expect.stringMatching(/new-per-day .*\(got abc\)$/),
          badSetting: 'new-per-day',
        }),
      );
      expect(setConfig(store, { newPerDay: 30 })).toEqual({
        retention: 0.8,
        newPerDay: 30,
        leechThreshold: 8,
        maxAnswerSeconds: 60,
      });
      expect(getConfig(store)).toEqual({
        retention: 0.8,
        newPerDay: 30,
        leechThreshold: 8,
        maxAnswerSeconds: 60,
      });
      closeStore(store);
    });
  });

  test('a bad value found in the file is reported, naming the file', () => {
    const store = open();
    store.db.exec("INSERT INTO config VALUES ('new-per-day', 'lots')");
    expect(() => getConfig(store)).toThrow(
      expect.objectContaining({ code: 'INVALID_CONFIG', message: expect.stringContaining(store.path) }),
    );
    closeStore(store);
  });
});

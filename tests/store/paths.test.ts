import { join } from 'node:path';
import { expect, test } from 'vitest';
import { defaultCacheDir, defaultStorePath } from '../../src/store/index.js';

test('DOCKSTUDY_HOME wins', () => {
  expect(defaultStorePath({ DOCKSTUDY_HOME: '/srv/study' })).toBe('/srv/study/dockstudy.db');
});

test('otherwise the platform data folder, without a -nodejs suffix', () => {
  const path = defaultStorePath({});
  expect(path.endsWith(join('dockstudy', 'dockstudy.db'))).toBe(true);
  expect(path).not.toContain('nodejs');
});

test('the cache: XDG_CACHE_HOME, else DOCKSTUDY_HOME/cache, else the platform cache folder', () => {
  expect(defaultCacheDir({ XDG_CACHE_HOME: '/c', DOCKSTUDY_HOME: '/h' })).toBe('/c/dockstudy');
  expect(defaultCacheDir({ DOCKSTUDY_HOME: '/h' })).toBe('/h/cache');
  const platform = defaultCacheDir({});
  expect(platform.endsWith('dockstudy')).toBe(true);
  expect(platform).not.toBe(join(defaultStorePath({}), '..'));
});

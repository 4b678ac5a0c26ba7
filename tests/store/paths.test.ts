import { join } from 'node:path';
import { expect, test } from 'vitest';
import { defaultStorePath } from '../../src/store/index.js';

test('DOCKSTUDY_HOME wins', () => {
  expect(defaultStorePath({ DOCKSTUDY_HOME: '/srv/study' })).toBe('/srv/study/dockstudy.db');
});

test('otherwise the platform data folder, without a -nodejs suffix', () => {
  const path = defaultStorePath({});
  expect(path.endsWith(join('dockstudy', 'dockstudy.db'))).toBe(true);
  expect(path).not.toContain('nodejs');
});

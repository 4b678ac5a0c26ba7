import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAZY_SOURCES, lazy } from '../../src/cli/lazy.js';
import { ROOT } from './helpers.js';

// The build makes one dist/lazy module for each name of LAZY_SOURCES (scripts/build.mjs reads the
// table), and run from the sources the same names load the TypeScript modules.
describe('lazy modules', () => {
  const names = Object.keys(LAZY_SOURCES) as (keyof typeof LAZY_SOURCES)[];

  it.each(names)('%s is built into dist/lazy and loads from the sources', async (name) => {
    expect(existsSync(join(ROOT, 'dist', 'lazy', `${name}.js`))).toBe(true);
    const module = await lazy(name);
    expect(Object.keys(module).length).toBeGreaterThan(0);
  });
});

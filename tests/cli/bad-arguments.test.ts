// Bad arguments for every command: one line on stderr, exit 2 (usage) or 1, never a stack trace.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, run, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const manyFiles = (() => {
  const dir = tempDir('dockstudy-many-');
  mkdirSync(join(dir, 'notes'));
  for (let i = 0; i < 10_000; i++) writeFileSync(join(dir, 'notes', `n${i}.txt`), 'not markdown');
  return join(dir, 'notes');
})();

const CASES: [string, string[], Record<string, string>?][] = [
  ['unknown flag', ['review', '--frobnicate']],
  ['unknown command', ['frob']],
  ['quiz -n not a number', ['quiz', '-n', 'ten', '--print']],
  ['quiz -n negative', ['quiz', '-n', '-3', '--print']],
  ['quiz -n huge', ['quiz', '-n', '99999999999999999999', '--print']],
  ['quiz --seed not a number', ['quiz', '--seed', 'x', '--print']],
  ['quiz --types unknown', ['quiz', '--types', 'essay', '--print']],
  ['review --new negative', ['review', '--new', '-1', '--plain']],
  ['review --limit huge', ['review', '--limit', '1e400', '--plain']],
  ['review --deck unknown', ['review', '--deck', 'nope', '--plain']],
  ['stats --deck unknown', ['stats', '--deck', 'nope']],
  ['card unknown, with escapes', ['card', 'x\u001b[31m\nforged: line']],
  ['cards unknown deck', ['cards', 'nope']],
  ['config set bad value', ['config', 'set', 'retention', '2']],
  ['config set bad key', ['config', 'set', 'colour', '1']],
  ['--notes at nothing', ['--notes', '/nonexistent/notes', 'cards']],
  ['--notes at /dev/zero', ['--notes', '/dev/zero', 'cards']],
  ['--notes at a folder of 10,000 non-notes', ['--notes', manyFiles, 'cards']],
  ['a garbage DOCKSTUDY_NOW', ['stats'], { DOCKSTUDY_NOW: 'yesterday-ish' }],
  ['an impossible DOCKSTUDY_NOW', ['review', '--plain'], { DOCKSTUDY_NOW: '2026-02-30' }],
  [
    'an unwritable DOCKSTUDY_HOME',
    ['config', 'set', 'retention', '0.8'],
    { DOCKSTUDY_HOME: '/proc/version/x' },
  ],
];

describe('bad arguments', () => {
  it.each(CASES)('%s: one line, exit 1 or 2, no stack', async (_what, args, env) => {
    const result = await run(['--lang', 'en', ...args], { env, input: '3\n' });
    expect([1, 2], result.stderr).toContain(result.status);
    const lines = result.stderr
      .trim()
      .split('\n')
      .filter((line) => !line.startsWith('(run dockstudy --help'));
    expect(lines.length, result.stderr).toBeLessThanOrEqual(4);
    expect(result.stderr).not.toMatch(/\n\s+at |unexpected error|\u001b/);
    expect(result.stderr).not.toMatch(/^forged/m);
  });
});

// A failed write to stdout is a failure the exit code tells; a closed pipe (EPIPE) stays quiet
// (tested in decks-cards.test.ts).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { CLI, cliEnv, ROOT, removeTempDirs, tempDir } from './helpers.js';

afterAll(removeTempDirs);

function intoDevFull(args: string[]) {
  const full = openSync('/dev/full', 'w');
  try {
    return spawnSync(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: cliEnv(tempDir()).env,
      stdio: ['ignore', full, 'pipe'],
      encoding: 'utf8',
      timeout: 15_000,
    });
  } finally {
    closeSync(full);
  }
}

describe.skipIf(!existsSync('/dev/full'))('stdout on a full device (> /dev/full)', () => {
  test('exit 1 and one line on stderr, in the UI language', () => {
    const en = intoDevFull(['cards']);
    expect(en.status).toBe(1);
    expect(en.stderr).toBe('dockstudy: cannot write the output (ENOSPC)\n');
    const ko = intoDevFull(['--lang', 'ko', 'card', 'container-run']);
    expect(ko.status).toBe(1);
    expect(ko.stderr).toBe('dockstudy: 출력을 쓸 수 없습니다 (ENOSPC)\n');
  });
});

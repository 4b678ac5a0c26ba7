// The built program in its own process, for what only a real process shows: the bundle and its lazy
// modules load, the real streams and signals are wired (main.ts). Everything else runs in-process.

import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BUILTIN_DECKS,
  cliEnv,
  copyOfTheBuild,
  readReviews,
  removeTempDirs,
  runSpawned,
  spawnCli,
  storeFiles,
  tempDir,
} from './helpers.js';

afterAll(removeTempDirs);

describe('dist/cli.js', () => {
  it('lists the built-in decks without a store, and creates none', () => {
    const result = runSpawned(['decks', '--json']);
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { id: string }[]).map((d) => d.id)).toEqual(BUILTIN_DECKS);
    expect(storeFiles(result)).toEqual({ store: false, userHome: [] });
  });

  it('shows a built-in card with no notes and no store from its own file: no deck read, no lazy module', () => {
    // The start-up path of `dockstudy card`: a build without the decks and the lazy modules still shows it.
    const cli = copyOfTheBuild();
    for (const part of ['decks.en.json', 'decks.ko.json', 'lazy'])
      rmSync(join(dirname(cli), part), { recursive: true });
    const home = tempDir();
    const { env, userHome } = cliEnv(home);
    const result = spawnSync(process.execPath, [cli, 'card', 'container-run'], { env, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Container commands · command · container-run\nRun a container \(run\)\n/);
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('new · 0 lapses · 0 reviews');
    expect(storeFiles({ home, userHome })).toEqual({ store: false, userHome: [] });
  });

  it('records a plain review session (the lazy review, study and store modules)', () => {
    const home = tempDir();
    const result = runSpawned(['review', '--deck', 'dockerfile', '--new', '2', '--plain'], {
      home,
      input: '3\n1\n',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2 cards reviewed, 1 again (50%)');
    expect(readReviews(home).map((r) => [r.rating, r.source])).toEqual([
      [3, 'review'],
      [1, 'review'],
    ]);
  });

  it('Ctrl-C (SIGINT) in a plain review sums up what was answered and exits 130', async () => {
    const home = tempDir();
    let sent = false;
    const result = await spawnCli(['review', '--deck', 'dockerfile', '--new', '5', '--plain'], {
      home,
      onSpawn: (child) => child.stdin.write('4\n'),
      onStdout: (soFar, child) => {
        // The second card is waiting for its rating.
        if (!sent && soFar.split('> ').length === 3) {
          sent = true;
          child.kill('SIGINT');
        }
      },
    });
    expect(sent).toBe(true);
    expect(result.status).toBe(130);
    expect(result.stdout).toContain('1 card reviewed, 0 again (0%)');
    expect(readReviews(home).map((r) => r.rating)).toEqual([4]);
  });
});

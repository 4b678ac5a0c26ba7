// `review` and `card` on a fake terminal, in-process: a tall card scrolls inside a 10-row screen,
// `t` is graded in the UI's language, Ctrl-D ends like q (summary, exit 0) and Ctrl-C with 130.

import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, readReviews, removeTempDirs } from './helpers.js';
import { CTRL_C, CTRL_D, onTerminal, type Step } from './terminal.js';

afterAll(removeTempDirs);

const drills = ['--notes', join(FIXTURES, 'drills.md'), '--no-builtin'];
const CLEAR = '\x1b[H\x1b[2J';
const END = '\x1b[F';
const review = (lang: string, steps: Step[], rows = 10) =>
  onTerminal(['--lang', lang, ...drills, 'review'], steps, { rows });
/** The screens drawn in the alternate screen, each as its lines. */
const screensOf = (stdout: string) =>
  stdout
    .slice(stdout.indexOf(CLEAR), stdout.lastIndexOf('\x1b[?1049l'))
    .split(CLEAR)
    .filter(Boolean)
    .map((screen) => screen.split('\n'));

describe('review on a terminal of 10 rows', () => {
  it('a card taller than the screen scrolls: End shows its last step; the rest stays put', async () => {
    const run = await review('en', [
      { after: /Run a container/, keys: ' ' },
      { after: /1 Again/, keys: '3' },
      { after: /Release checklist/, keys: ' ' },
      { after: /more below/, keys: END },
      { after: /LAST-STEP/, keys: 'q' },
    ]);
    expect(run.pending).toBe(0);
    expect(run.status).toBe(0);
    const screens = screensOf(run.stdout);
    for (const lines of screens) {
      expect(lines.length).toBeLessThanOrEqual(10);
      expect(lines[0]).toMatch(/^\d+\/\d+ /);
    }
    const last = screens.at(-1)!.join('\n');
    expect(last).toMatch(/↑ \d+ more above/);
    expect(last).not.toContain('more below');
    expect(last).toContain('1 Again');
    expect(run.stdout.slice(run.stdout.lastIndexOf('\x1b[?1049l'))).toContain('1 card reviewed');
  });

  it('t in Korean: the verdict and its details in Korean, the rating keys with 분 and 일', async () => {
    const run = await review('ko', [
      { after: /Run a container/, keys: 't' },
      { after: /명령을 입력/, keys: 'docker container run nginx\r' },
      { after: /오답/, keys: 'q' },
    ]);
    expect(run.pending).toBe(0);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('✗ 오답, 정답은 docker container run -d nginx');
    expect(run.stdout).toContain('· 빠짐: --detach (-d)');
    expect(run.stdout).toContain('1 다시 · 1분');
    expect(run.stdout).toContain('4 쉬움 · 8일');
    expect(run.stdout).not.toMatch(/missing|wrong, the answer|\b\d+[md]\b/);
  });

  it('Ctrl-D ends like q: the summary, exit 0; Ctrl-C: the summary, exit 130', async () => {
    const ended = await review('en', [
      { after: /Run a container/, keys: ' ' },
      { after: /1 Again/, keys: '3' },
      { after: /Release checklist/, keys: CTRL_D },
    ]);
    expect(ended.status).toBe(0);
    expect(ended.stdout).toContain('1 card reviewed');
    expect(readReviews(ended.home)).toHaveLength(1);
    const interrupted = await review('en', [{ after: /Run a container/, keys: CTRL_C }]);
    expect(interrupted.status).toBe(130);
    expect(interrupted.stdout).toContain('0 cards reviewed');
  });
});

describe('card on a terminal', () => {
  const card = (steps: Step[]) => onTerminal([...drills, 'card', 'drills-container-run'], steps);

  it('Ctrl-D before the answer or at the rating ends with exit 0 and records nothing', async () => {
    const before = await card([{ after: /show the answer/, keys: CTRL_D }]);
    expect(before.status).toBe(0);
    expect(before.stdout).not.toContain('docker container run -d nginx');
    const atRating = await card([
      { after: /show the answer/, keys: ' ' },
      { after: /press 1–4/, keys: CTRL_D },
    ]);
    expect(atRating.status).toBe(0);
    expect(atRating.stdout).toContain('docker container run -d nginx');
    expect(atRating.stdout).not.toContain('Recorded');
  });

  it('Ctrl-C exits 130', async () => {
    expect((await card([{ after: /show the answer/, keys: CTRL_C }])).status).toBe(130);
  });
});

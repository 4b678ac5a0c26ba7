import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CLI,
  cliEnv,
  copyOfTheBuild,
  readReviews,
  removeTempDirs,
  run as runCli,
  tempDir,
} from './helpers.js';

// Plain-mode review sessions, travelling in time with DOCKSTUDY_NOW.
let home: string;

beforeEach(() => {
  home = tempDir('dockstudy-review-');
});
afterAll(removeTempDirs);

const run = (args: string[], now: string, input = '') =>
  runCli(['--lang', 'en', ...args], { home, input, env: { DOCKSTUDY_NOW: now } });

const dueJson = async (now: string) =>
  JSON.parse((await run(['review', '--deck', 'dockerfile', '--due', '--json'], now)).stdout);

describe('review over days', async () => {
  it('study 5 new cards; two days later all 5 are due; after reviewing none are; months later they are due again', async () => {
    const day0 = '2026-03-02T10:00:00Z';
    expect(await dueJson(day0)).toEqual({ due: 0, new: 20, cards: [] });

    // Five new cards, each answered Good once: they move into their learning steps.
    const first = await run(
      ['review', '--deck', 'dockerfile', '--new', '5', '--limit', '5', '--plain'],
      day0,
      '3\n3\n3\n3\n3\n',
    );
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('5 cards reviewed, 0 again (0%)');
    expect((await dueJson(day0)).due).toBe(0); // learning steps are minutes away
    expect((await dueJson(day0)).new).toBe(15); // 20 a day, 5 used

    const day2 = '2026-03-04T10:00:00Z';
    const due2 = await dueJson(day2);
    expect(due2.due).toBe(5);
    expect(due2.cards).toHaveLength(5);

    // Answer Good until the session ends: the cards graduate to review with intervals of days.
    const second = await run(['review', '--deck', 'dockerfile', '--due', '--plain'], day2, '3\n'.repeat(20));
    expect(second.status).toBe(0);
    expect((await dueJson(day2)).due).toBe(0);

    const months = '2026-07-01T10:00:00Z';
    expect((await dueJson(months)).due).toBe(5);
    expect((await dueJson(months)).cards.sort()).toEqual([...due2.cards].sort());
  });

  it('EOF or q ends a session, keeping every answer given before it', async () => {
    const now = '2026-03-02T10:00:00Z';
    const out = await run(['review', '--deck', 'container', '--new', '3', '--plain'], now, '4\nq\n3\n');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('1 card reviewed');
    const later = await dueJson('2026-06-01T10:00:00Z');
    expect(later.due).toBe(0); // that card belongs to the container deck, not dockerfile
    const container = JSON.parse(
      (await run(['review', '--deck', 'container', '--due', '--json'], '2026-06-01T10:00:00Z')).stdout,
    );
    expect(container.due).toBe(1);
  });

  it('accepts rating words, rejects other input with a hint, and undo takes an answer back', async () => {
    const now = '2026-03-02T10:00:00Z';
    const out = await run(
      ['review', '--deck', 'dockerfile', '--new', '2', '--limit', '2', '--plain'],
      now,
      'maybe\ngood\nu\neasy\neasy\n',
    );
    expect(out.stdout).toContain("'maybe' is not a rating");
    expect(out.stdout).toMatch(/undone: dockerfile-\w+/);
    expect(out.stdout).toContain('2 cards reviewed, 0 again (0%)');
    // Easy twice: both cards are in review, days away; the undone Good left no trace.
    expect((await dueJson('2026-03-03T10:00:00Z')).due).toBe(0);
  });

  it('an interrupt (Ctrl-C in plain mode) ends the input: the answers so far are summed up, exit 130', async () => {
    const stdin = new PassThrough();
    const interrupt = new AbortController();
    stdin.write('3\n');
    const out = await runCli(['--lang', 'en', 'review', '--deck', 'dockerfile', '--new', '3', '--plain'], {
      home,
      env: { DOCKSTUDY_NOW: '2026-03-02T10:00:00Z' },
      stdin,
      interrupt: interrupt.signal,
      // The second card waits for its rating: press Ctrl-C.
      onStdout: (soFar) => {
        if (soFar.split('> ').length === 3) interrupt.abort();
      },
    });
    expect(out.status).toBe(130);
    expect(out.stdout).toContain('1 card reviewed, 0 again (0%)');
    expect(readReviews(home).map((r) => r.rating)).toEqual([3]);
  });

  it('--due with nothing due says so and exits 0', async () => {
    const out = await run(['review', '--due', '--plain'], '2026-03-02T10:00:00Z');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('Nothing to review now.');
  });

  it('rejects bad numbers as usage errors', async () => {
    expect((await run(['review', '--limit', '0'], '2026-03-02T10:00:00Z')).status).toBe(2);
    expect((await run(['review', '--new', 'x'], '2026-03-02T10:00:00Z')).status).toBe(2);
  });
});

describe('a store that cannot be used', async () => {
  it('a garbage file: one line naming the file, exit 1, the file unchanged', async () => {
    const file = join(home, 'dockstudy.db');
    writeFileSync(file, 'this is not a database, just some text that a user saved here\n'.repeat(20));
    const before = readFileSync(file);
    const out = await run(['review', '--plain'], '2026-03-02T10:00:00Z', '3\n');
    expect(out.status).toBe(1);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toContain(file);
    expect(out.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('a folder that cannot be written: one line naming the store, exit 1, nothing created', () => {
    chmodSync(home, 0o555);
    // Root ignores permission bits: run as nobody then (root may start a process as another user).
    // nobody may not be able to enter the clone's folder, so the built CLI runs from a copy of its own.
    const asRoot = process.getuid?.() === 0;
    const cli = asRoot ? copyOfTheBuild() : CLI;
    const result = spawnSync(process.execPath, [cli, '--lang', 'en', 'review', '--plain'], {
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      cwd: '/',
      input: '3\n',
      encoding: 'utf8',
      env: cliEnv(tempDir(), { DOCKSTUDY_HOME: home, DOCKSTUDY_NOW: '2026-03-02T10:00:00Z' }).env,
    });
    chmodSync(home, 0o700);
    // A node binary nobody may not run (say, in another user's private folder) fails here, plainly.
    expect(result.error).toBeUndefined();
    expect(result.stderr).not.toMatch(/Cannot find|MODULE_NOT_FOUND/);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(join(home, 'dockstudy.db'));
    expect(readdirSync(home)).toEqual([]);
  });

  it('--json on a fresh home creates no store', async () => {
    const out = await run(['review', '--due', '--json'], '2026-03-02T10:00:00Z');
    expect(JSON.parse(out.stdout)).toEqual({ due: 0, new: 20, cards: [] });
    expect(existsSync(join(home, 'dockstudy.db'))).toBe(false);
  });
});

describe('the summary tells what is left', async () => {
  const day = '2026-03-02T10:00:00Z';

  it("says when quizzes used the day's new cards, and how to get more", async () => {
    expect((await run(['config', 'set', 'new-per-day', '2'], day)).status).toBe(0);
    const quiz = await run(['quiz', 'dockerfile', '--count', '2', '--plain', '--seed', '1'], day, 'x\nx\n');
    expect(quiz.status).toBe(0);
    const out = await run(['review', '--deck', 'dockerfile', '--plain'], day, '');
    // A command too long for the line goes whole onto the next one.
    expect(out.stdout).toContain(
      "today's 2 new cards were used by quizzes —\n  dockstudy review --deck dockerfile --new 10",
    );
    expect(out.stdout).not.toContain('Nothing to review now.');
  });

  it('counts what is still due after --limit, and the next due time is never past', async () => {
    const first = await run(['review', '--deck', 'dockerfile', '--new', '3', '--plain'], day, '4\n4\n4\n');
    expect(first.stdout).toMatch(/next card due: \d+d/);
    const later = '2026-04-20T10:00:00Z';
    const out = await run(
      ['review', '--deck', 'dockerfile', '--due', '--limit', '1', '--plain'],
      later,
      '3\n',
    );
    expect(out.stdout).toContain('2 still due — dockstudy review --due --deck dockerfile');
    expect(out.stdout).not.toContain('next card due');
  });

  it('learning cards due within 20 minutes are shown at the start, not "Nothing to review now"', async () => {
    await run(['review', '--deck', 'dockerfile', '--new', '1', '--limit', '1', '--plain'], day, '3\n');
    const out = await run(
      ['review', '--deck', 'dockerfile', '--due', '--plain'],
      '2026-03-02T10:01:00Z',
      'q\n',
    );
    expect(out.stdout).not.toContain('Nothing to review now.');
    expect(out.stdout).toContain('1 learning');
  });

  it('s suspends in plain mode too; the suspended card stays out of later reviews', async () => {
    const out = await run(['review', '--deck', 'dockerfile', '--new', '1', '--plain'], day, 's\n');
    expect(out.stdout).toMatch(/Suspended dockerfile-\S+: it stays out of reviews/);
    expect(out.stdout).toContain('1 suspended');
  });
});

describe('finding cards by state', async () => {
  const day = '2026-03-02T10:00:00Z';

  it('cards --state filters, --json carries the facts, card ID shows them under the card', async () => {
    // Three new dockerfile cards: Easy (review), Good (learning), suspended.
    await run(['review', '--deck', 'dockerfile', '--new', '3', '--plain'], day, '4\n3\ns\n');
    const all = JSON.parse((await run(['cards', 'dockerfile', '--json'], day)).stdout);
    const [easy, good, suspended] = all;
    expect(easy).toMatchObject({ state: 'review', lapses: 0, reviews: 1, suspended: false });
    expect(easy.intervalDays).toBeGreaterThan(1);
    expect(typeof easy.due).toBe('string');
    expect(good).toMatchObject({ state: 'learning', reviews: 1 });
    expect(suspended).toMatchObject({ state: 'new', suspended: true, due: null });
    expect(all[3]).toMatchObject({ state: 'new', reviews: 0, suspended: false });

    const ids = async (state: string, now = day) =>
      JSON.parse((await run(['cards', 'dockerfile', '--state', state, '--json'], now)).stdout).map(
        (c: { id: string }) => c.id,
      );
    expect(await ids('review')).toEqual([easy.id]);
    expect(await ids('learning')).toEqual([good.id]);
    expect(await ids('suspended')).toEqual([suspended.id]);
    expect(await ids('due', '2026-03-02T10:30:00Z')).toEqual([good.id]);
    expect(await ids('leech')).toEqual([]);
    const table = await run(['cards', 'dockerfile', '--state', 'suspended'], day);
    expect(table.stdout).toContain(suspended.id);
    expect(table.stdout).not.toContain(easy.id);

    const shown = await run(['card', easy.id], day);
    expect(shown.stdout).toMatch(
      /review · due \d{4}-\d\d-\d\d \d\d:\d\d UTC · interval \d+d · 0 lapses · 1 review/,
    );
    const bad = await run(['cards', '--state', 'sleeping'], day);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--state must be one of new, learning, review');
  });
});

describe('intervals in the UI language', async () => {
  const day = '2026-03-02T10:00:00Z';
  const ko = (args: string[], input = '') =>
    runCli(['--lang', 'ko', ...args], { home, input, env: { DOCKSTUDY_NOW: day } });

  it('rating keys, the next due time, the session time and the card facts say 분, 일 in Korean', async () => {
    const out = await ko(['review', '--deck', 'dockerfile', '--new', '1', '--plain'], '4\n');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('1 다시 · 1분');
    expect(out.stdout).toContain('3 좋음 · 10분');
    expect(out.stdout).toContain('4 쉬움 · 8일');
    expect(out.stdout).toMatch(/다음 복습: 8일 \(2026-03-10 10:00 UTC\)/);
    expect(out.stdout).toMatch(/1장 복습, 다시 0장 \(0%\), \d+초/);
    const id = JSON.parse((await run(['cards', 'dockerfile', '--state', 'review', '--json'], day)).stdout)[0]
      .id;
    expect((await ko(['card', id])).stdout).toMatch(
      /복습 · 복습 예정 2026-03-10 10:00 UTC · 간격 8일 · 잊음 0번/,
    );
    expect((await run(['card', id], day)).stdout).toContain('· interval 8d ·');
  });

  it('a card in its learning steps shows its due time, not an interval of 0 days', async () => {
    await ko(['review', '--deck', 'dockerfile', '--new', '1', '--plain'], '3\n');
    const id = JSON.parse(
      (await run(['cards', 'dockerfile', '--state', 'learning', '--json'], day)).stdout,
    )[0].id;
    const shown = (await ko(['card', id])).stdout;
    expect(shown).toContain('학습 중 · 복습 예정 2026-03-02 10:10 UTC · 잊음 0번');
    expect(shown).not.toContain('간격');
  });
});

import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// Plain-mode review sessions of the built CLI, travelling in time with DOCKSTUDY_NOW.
const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
let home: string;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'dockstudy-review-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

function run(args: string[], now: string, input = '', user: { uid?: number; gid?: number } = {}) {
  const result = spawnSync(process.execPath, [cli, '--lang', 'en', ...args], {
    ...user,
    input,
    encoding: 'utf8',
    env: { ...process.env, DOCKSTUDY_HOME: home, DOCKSTUDY_NOW: now, NO_COLOR: '1', TZ: 'UTC' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dueJson = (now: string) =>
  JSON.parse(run(['review', '--deck', 'dockerfile', '--due', '--json'], now).stdout);

describe('review over days', () => {
  it('study 5 new cards; two days later all 5 are due; after reviewing none are; months later they are due again', () => {
    const day0 = '2026-03-02T10:00:00Z';
    expect(dueJson(day0)).toEqual({ due: 0, new: 20, cards: [] });

    // Five new cards, each answered Good once: they move into their learning steps.
    const first = run(
      ['review', '--deck', 'dockerfile', '--new', '5', '--limit', '5', '--plain'],
      day0,
      '3\n3\n3\n3\n3\n',
    );
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('5 cards reviewed, 0 again (0%)');
    expect(dueJson(day0).due).toBe(0); // learning steps are minutes away
    expect(dueJson(day0).new).toBe(15); // 20 a day, 5 used

    const day2 = '2026-03-04T10:00:00Z';
    const due2 = dueJson(day2);
    expect(due2.due).toBe(5);
    expect(due2.cards).toHaveLength(5);

    // Answer Good until the session ends: the cards graduate to review with intervals of days.
    const second = run(['review', '--deck', 'dockerfile', '--due', '--plain'], day2, '3\n'.repeat(20));
    expect(second.status).toBe(0);
    expect(dueJson(day2).due).toBe(0);

    const months = '2026-07-01T10:00:00Z';
    expect(dueJson(months).due).toBe(5);
    expect(dueJson(months).cards.sort()).toEqual([...due2.cards].sort());
  });

  it('EOF or q ends a session, keeping every answer given before it', () => {
    const now = '2026-03-02T10:00:00Z';
    const out = run(['review', '--deck', 'container', '--new', '3', '--plain'], now, '4\nq\n3\n');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('1 card reviewed');
    const later = dueJson('2026-06-01T10:00:00Z');
    expect(later.due).toBe(0); // that card belongs to the container deck, not dockerfile
    const container = JSON.parse(
      run(['review', '--deck', 'container', '--due', '--json'], '2026-06-01T10:00:00Z').stdout,
    );
    expect(container.due).toBe(1);
  });

  it('accepts rating words, rejects other input with a hint, and undo takes an answer back', () => {
    const now = '2026-03-02T10:00:00Z';
    const out = run(
      ['review', '--deck', 'dockerfile', '--new', '2', '--limit', '2', '--plain'],
      now,
      'maybe\ngood\nu\neasy\neasy\n',
    );
    expect(out.stdout).toContain("'maybe' is not a rating");
    expect(out.stdout).toMatch(/undone: dockerfile-\w+/);
    expect(out.stdout).toContain('2 cards reviewed, 0 again (0%)');
    // Easy twice: both cards are in review, days away; the undone Good left no trace.
    expect(dueJson('2026-03-03T10:00:00Z').due).toBe(0);
  });

  it('--due with nothing due says so and exits 0', () => {
    const out = run(['review', '--due', '--plain'], '2026-03-02T10:00:00Z');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('Nothing to review now.');
  });

  it('rejects bad numbers as usage errors', () => {
    expect(run(['review', '--limit', '0'], '2026-03-02T10:00:00Z').status).toBe(2);
    expect(run(['review', '--new', 'x'], '2026-03-02T10:00:00Z').status).toBe(2);
  });
});

describe('a store that cannot be used', () => {
  it('a garbage file: one line naming the file, exit 1, the file unchanged', () => {
    const file = join(home, 'dockstudy.db');
    writeFileSync(file, 'this is not a database, just some text that a user saved here\n'.repeat(20));
    const before = readFileSync(file);
    const out = run(['review', '--plain'], '2026-03-02T10:00:00Z', '3\n');
    expect(out.status).toBe(1);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toContain(file);
    expect(out.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('a folder that cannot be written: one line naming the store, exit 1, nothing created', () => {
    chmodSync(home, 0o555);
    // Root ignores permission bits: run as nobody then (root may start a process as another user).
    const user = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const out = run(['review', '--plain'], '2026-03-02T10:00:00Z', '3\n', user);
    chmodSync(home, 0o700);
    expect(out.status).toBe(1);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toContain(join(home, 'dockstudy.db'));
    expect(readdirSync(home)).toEqual([]);
  });

  it('--json on a fresh home creates no store', () => {
    const out = run(['review', '--due', '--json'], '2026-03-02T10:00:00Z');
    expect(JSON.parse(out.stdout)).toEqual({ due: 0, new: 20, cards: [] });
    expect(existsSync(join(home, 'dockstudy.db'))).toBe(false);
  });
});

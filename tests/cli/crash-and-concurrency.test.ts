// Real processes: plain review sessions killed with SIGKILL at random moments, and four sessions
// (review and quiz) on one store at once. Every answer a session acknowledged is in the log, once.

import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, cliEnv, ROOT, readReviews, removeTempDirs, STORE_FILE, spawnCli, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const PROMPT = /rating \(1-4/g;

/** A small deterministic generator (mulberry32), so a failing run can be repeated. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One plain review session in `home`, answering Good after each prompt with a pause (a learner
 * reading), killed with SIGKILL after `answers` answers were sent plus `extraMs`. Resolves with how
 * many answers it acknowledged (a prompt for the next card follows each committed answer).
 */
function killedSession(home: string, answers: number, extraMs: number): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, '--lang', 'en', 'review', '--plain', '--new', '20'], {
      cwd: ROOT,
      env: cliEnv(home).env,
    });
    let out = '';
    let sent = 0;
    child.stdin.on('error', () => {});
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const prompts = out.match(PROMPT)?.length ?? 0;
      if (prompts > sent && sent < answers) {
        sent += 1;
        setTimeout(() => child.stdin.write('3\n'), 5);
      } else if (prompts > sent && sent === answers) {
        sent += 1; // nothing more to send: kill soon, maybe mid-commit of nothing
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.on('close', () => {
      clearTimeout(timer);
      resolve(Math.max(0, (out.match(PROMPT)?.length ?? 0) - 1));
    });
    // Some kills land before the first prompt, during start-up or while the store is made.
    if (answers === 0) setTimeout(() => child.kill('SIGKILL'), extraMs);
  });
}

describe('kill -9 during a plain review session', () => {
  it('50 random kills: every acknowledged answer is in the log, none twice, integrity ok each time', async () => {
    const rand = random(13);
    const KILLS = 50;
    const PARALLEL = 5;
    const homes = Array.from({ length: PARALLEL }, () => tempDir('dockstudy-kill-'));
    const acknowledged = homes.map(() => 0);
    let kills = 0;
    // Each home's sessions run one after another; the homes run side by side.
    await Promise.all(
      homes.map(async (home, h) => {
        for (let i = h; i < KILLS; i += PARALLEL) {
          const answers = Math.floor(rand() * 3);
          const acked = await killedSession(home, answers, Math.floor(rand() * 40));
          kills += 1;
          acknowledged[h]! += acked;
          const file = join(home, STORE_FILE);
          let rows: { card_id: string }[] = [];
          try {
            const db = new Database(file, { readonly: true, fileMustExist: true });
            expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
            rows = db.prepare<[], { card_id: string }>('SELECT card_id FROM review_log').all();
            db.close();
          } catch (error) {
            // Killed before the store was first made: there is nothing to check yet.
            if ((error as { code?: string }).code !== 'SQLITE_CANTOPEN') throw error;
          }
          // The last answer may be committed but not yet acknowledged when the kill lands.
          expect(rows.length).toBeGreaterThanOrEqual(acknowledged[h]!);
          expect(rows.length).toBeLessThanOrEqual(acknowledged[h]! + 1);
          acknowledged[h] = rows.length;
          expect(new Set(rows.map((r) => r.card_id)).size).toBe(rows.length);
        }
      }),
    );
    expect(kills).toBe(KILLS);
    expect(acknowledged.reduce((a, b) => a + b, 0)).toBeGreaterThan(10);
  }, 60_000);
});

describe('four processes on one store', () => {
  it('review and quiz at once, three rounds: every answer recorded once, no BUSY shown', async () => {
    const home = tempDir('dockstudy-busy-');
    let expected = 0;
    for (let round = 0; round < 3; round++) {
      const now = `2026-03-0${round + 1}T10:00:00Z`;
      const sessions = await Promise.all([
        spawnCli(['--lang', 'en', 'review', '--plain', '--new', '4'], {
          home,
          env: { DOCKSTUDY_NOW: now },
          onSpawn: (child) => child.stdin.end('3\n3\n3\n3\n'),
        }),
        spawnCli(['--lang', 'en', 'review', '--plain', '--new', '4', '--deck', 'container'], {
          home,
          env: { DOCKSTUDY_NOW: now },
          onSpawn: (child) => child.stdin.end('1\n2\n3\n4\n'),
        }),
        ...['dockerfile', 'image'].map((deck) =>
          spawnCli(
            [
              '--lang',
              'en',
              'quiz',
              deck,
              '--plain',
              '-n',
              '3',
              '--seed',
              String(round),
              '--types',
              'choice',
            ],
            {
              home,
              env: { DOCKSTUDY_NOW: now },
              onSpawn: (child) => child.stdin.end('1\n1\n1\n'),
            },
          ),
        ),
      ]);
      for (const session of sessions) {
        expect(session.stderr).not.toMatch(/BUSY|busy|holding the database|unexpected/);
        expect(session.status, session.stderr).toBe(0);
      }
      const reviewed = sessions
        .slice(0, 2)
        .map((s) => Number(/(\d+) cards? reviewed/.exec(s.stdout)?.[1] ?? Number.NaN));
      expected += reviewed[0]! + reviewed[1]! + 6;
    }
    const rows = readReviews(home);
    expect(rows).toHaveLength(expected);
    expect(rows.filter((r) => r.source === 'quiz')).toHaveLength(18);
  }, 60_000);
});

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, run, STORE_FILE, tempDir } from '../cli/helpers.js';
import { historiesOf, seedHistory, storeBytes } from './helpers.js';

afterAll(removeTempDirs);

describe('JSON backup: export then import', () => {
  it('gives an empty store equal states and history; a second import adds nothing', async () => {
    const from = tempDir();
    const ids = seedHistory(from);
    const exported = await run(['export', '--format', 'json'], { home: from });
    expect(exported.status).toBe(0);
    const doc = JSON.parse(exported.stdout);
    expect(doc).toMatchObject({
      format: 'dockstudy-backup',
      version: 1,
      exportedAt: '2026-03-01T09:00:00.000Z',
    });
    const answered = doc.cards.filter((c: { state: unknown }) => c.state);
    expect(answered.map((c: { id: string }) => c.id).sort()).toEqual([...ids].sort());
    expect(answered[0].reviews[0]).toHaveProperty('reviewed_ms');
    expect(answered[0].reviews[0]).toHaveProperty('due_after_ms');

    const file = join(tempDir(), 'backup.json');
    writeFileSync(file, exported.stdout);
    const to = tempDir();
    const first = await run(['import', file], { home: to });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('cards 3 added, 0 updated');
    expect(first.stdout).toContain('reviews 9 added, 0 skipped');
    expect(historiesOf(to)).toEqual(historiesOf(from));

    const before = storeBytes(to);
    const second = await run(['import', file], { home: to });
    expect(second.stdout).toContain('cards 0 added, 0 updated, 3 skipped; reviews 0 added, 9 skipped');
    expect(historiesOf(to)).toEqual(historiesOf(from));
    expect(storeBytes(to).equals(before)).toBe(true);
  });

  it("merges another machine's backup by card id and answer time", async () => {
    const a = tempDir();
    const b = tempDir();
    seedHistory(a, ['container-run']);
    seedHistory(b, ['container-run', 'volume-create']);
    const fileA = join(tempDir(), 'a.json');
    writeFileSync(fileA, (await run(['export'], { home: a })).stdout);
    const fileB = join(tempDir(), 'b.json');
    writeFileSync(fileB, (await run(['export'], { home: b })).stdout);
    // The same answers on both machines are one history; the other machine's card comes along.
    const merged = await run(['import', fileB], { home: a });
    expect(merged.stdout).toContain('cards 1 added, 0 updated, 1 skipped; reviews 3 added, 3 skipped');
    expect(Object.keys(historiesOf(a)).sort()).toEqual(['container-run', 'volume-create']);
    await run(['import', fileA], { home: b });
    expect(historiesOf(b)).toEqual(historiesOf(a));
  });

  it('--deck writes only that deck', async () => {
    const home = tempDir();
    seedHistory(home);
    const { stdout } = await run(['export', '--deck', 'dockerfile'], { home });
    const cards = JSON.parse(stdout).cards as { deck: string; state: unknown }[];
    expect(new Set(cards.map((c) => c.deck))).toEqual(new Set(['dockerfile']));
    expect(cards.filter((c) => c.state)).toHaveLength(1);
  });
});

describe('backup', () => {
  it('copies the store with VACUUM INTO under a name with the date, and refuses to overwrite', async () => {
    const home = tempDir();
    seedHistory(home);
    const cwd = tempDir();
    const result = await run(['backup'], { home, cwd });
    expect(result.status, result.stderr).toBe(0);
    const file = join(cwd, 'dockstudy-backup-2026-03-01.db');
    expect(existsSync(file)).toBe(true);
    const copy = new Database(file, { readonly: true });
    expect(copy.prepare('SELECT count(*) AS n FROM review_log').get()).toEqual({ n: 9 });
    copy.close();
    const again = await run(['backup'], { home, cwd });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already exists');
    const named = await run(['backup', 'mine.db'], { home, cwd });
    expect(named.status).toBe(0);
    expect(readFileSync(join(cwd, 'mine.db')).subarray(0, 15).toString()).toBe('SQLite format 3');
  });

  it('says so when there is no store yet', async () => {
    const result = await run(['backup'], { cwd: tempDir() });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(STORE_FILE);
  });
});

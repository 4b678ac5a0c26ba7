// `dockstudy notes add|list|remove`, DOCKSTUDY_NOTES and --notes on top: which decks every command sees.
import { cpSync, existsSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { FIXTURES, removeTempDirs, run, runJson, storeFiles, tempDir } from './helpers.js';

afterAll(removeTempDirs);

const deckIds = async (home: string, args: string[] = [], env: Record<string, string> = {}) =>
  (await runJson<{ id: string }[]>([...args, 'decks', '--json'], { home, env })).json.map((d) => d.id);

describe('remembered notes', () => {
  test('added once, loaded by every command, listed, forgotten', async () => {
    const home = tempDir();
    const folder = join(tempDir(), 'my notes');
    cpSync(join(FIXTURES, 'notes-folder'), folder, { recursive: true });
    expect(await deckIds(home)).not.toContain('lab');

    const added = await run(['notes', 'add', folder], { home });
    expect(added.status).toBe(0);
    expect(added.stdout).toBe(`remembered: ${folder}\n`);
    expect((await run(['notes', 'add', folder], { home })).stdout).toBe(`already remembered: ${folder}\n`);
    expect(await deckIds(home)).toContain('lab');
    expect((await run(['card', 'lab-bridge'], { home })).status).toBe(0);
    expect((await run(['notes', 'list'], { home })).stdout).toBe(`${folder}\n`);
    // lint without paths checks the notes every command loads.
    expect((await run(['lint'], { home })).stdout).toMatch(/networks.md: deck 'lab', 1 card/);

    // --notes and DOCKSTUDY_NOTES add to the remembered ones; a note named twice loads once.
    const ko = join(FIXTURES, 'ko-notes.md');
    const both = await deckIds(home, ['--notes', ko, '--notes', folder]);
    expect(both.filter((id) => id === 'lab')).toHaveLength(1);
    expect(both).toContain('ko-notes');
    expect(await deckIds(home, [], { DOCKSTUDY_NOTES: `${ko}:${folder}` })).toEqual(both);

    const removed = await run(['notes', 'remove', folder], { home });
    expect(removed.stdout).toBe(`forgotten: ${folder}\n`);
    expect(await deckIds(home)).not.toContain('lab');
    const again = await run(['notes', 'remove', folder], { home });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/is not a remembered note/);
    expect((await run(['notes', 'list'], { home })).stdout).toMatch(/^No notes remembered/);
  });

  test('a remembered folder that has gone is one warning line, not a failure', async () => {
    const home = tempDir();
    const folder = join(tempDir(), 'gone');
    cpSync(join(FIXTURES, 'notes-folder'), folder, { recursive: true });
    await run(['notes', 'add', folder], { home });
    rmSync(folder, { recursive: true });
    const decks = await run(['decks'], { home });
    expect(decks.status).toBe(0);
    expect(decks.stderr.trim().split('\n')).toEqual([
      `warning: remembered notes ${folder} are gone, skipped (forget them with: dockstudy notes remove ${folder})`,
    ]);
    expect((await run(['--lang', 'ko', 'decks'], { home })).stderr).toMatch(
      /^경고: 기억한 노트 .* 건너뜁니다/,
    );
    expect((await runJson(['notes', 'list', '--json'], { home })).json).toEqual([
      { path: folder, exists: false },
    ]);
    expect((await run(['notes', 'list'], { home })).stdout).toBe(`${folder}  (missing)\n`);
  });

  test('the list is read from its copy beside the store; notes list rebuilds a missing copy', async () => {
    const home = tempDir();
    const folder = join(tempDir(), 'copy');
    cpSync(join(FIXTURES, 'notes-folder'), folder, { recursive: true });
    await run(['notes', 'add', folder], { home });
    const copy = join(home, 'remembered-notes.json');
    expect(existsSync(copy)).toBe(true);
    unlinkSync(copy);
    // Without the copy, start-up opens no store: the notes wait for the next notes command.
    expect(await deckIds(home)).not.toContain('lab');
    expect(existsSync(copy)).toBe(false);
    await run(['notes', 'list'], { home });
    expect(existsSync(copy)).toBe(true);
    expect(await deckIds(home)).toContain('lab');
  });

  test('a missing path is refused by notes add, and by DOCKSTUDY_NOTES as by --notes; nothing is stored', async () => {
    const home = tempDir();
    const bad = await run(['notes', 'add', join(home, 'nowhere')], { home });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/nowhere: no such file or folder/);
    expect(storeFiles(bad).store).toBe(false);
    const env = await run(['decks'], { home, env: { DOCKSTUDY_NOTES: join(home, 'nowhere') } });
    expect(env.status).toBe(1);
    expect(env.stderr).toMatch(/nowhere: no such file or folder/);
  });

  test('a store that cannot be read is named in one line, whatever the command', async () => {
    // Every command that loads decks reads the store's imported cards, so a damaged store is reported
    // (exit 1) rather than passed over; the remembered notes' copy is not what fails.
    const home = tempDir();
    writeFileSync(join(home, 'dockstudy.db'), 'not a database');
    for (const args of [
      ['card', 'container-run'],
      ['notes', 'list'],
    ]) {
      const result = await run(args, { home });
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(join(home, 'dockstudy.db'));
    }
  });

  test('commands that need no store do not create one', async () => {
    const result = await run(['card', 'container-run']);
    expect(result.status).toBe(0);
    expect(storeFiles(result)).toEqual({ store: false, userHome: [] });
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';

// User notes are parsed once and reused from DOCKSTUDY_HOME/cache/notes while the file is unchanged.
const cli = join(__dirname, '..', '..', 'dist', 'cli.js');
let home: string;
let note: string;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'dockstudy-cache-'));
  note = join(home, 'mine.md');
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

const cards = () => {
  const result = spawnSync(process.execPath, [cli, '--notes', note, '--no-builtin', 'cards', '--json'], {
    encoding: 'utf8',
    env: { ...process.env, DOCKSTUDY_HOME: home, NO_COLOR: '1' },
  });
  expect(result.status).toBe(0);
  return { ids: (JSON.parse(result.stdout) as { id: string }[]).map((c) => c.id), stderr: result.stderr };
};

it('reuses a parse while the note is unchanged and parses again after an edit', () => {
  writeFileSync(note, '# Volumes\n\nData that outlives a container.\n\n```bash\ndocker warm x\n```\n');
  const first = cards();
  expect(first.ids).toEqual(['mine-volumes']);
  // The whole parse, and the card ids alone for the commands that only count.
  expect(readdirSync(join(home, 'cache', 'notes')).sort()).toEqual([
    expect.stringMatching(/^[0-9a-f]{16}\.ids\.json$/),
    expect.stringMatching(/^[0-9a-f]{16}\.note\.json$/),
  ]);
  const due = spawnSync(
    process.execPath,
    [cli, '--notes', note, '--no-builtin', 'review', '--due', '--json'],
    {
      encoding: 'utf8',
      env: { ...process.env, DOCKSTUDY_HOME: home, NO_COLOR: '1' },
    },
  );
  expect(JSON.parse(due.stdout)).toEqual({ due: 0, new: 1, cards: [] });

  // From the cache: same cards, and the note's warning is still reported.
  const second = cards();
  expect(second).toEqual(first);
  expect(second.stderr).toContain("mine.md:6: 'docker warm' is not a docker command");

  writeFileSync(note, '# Networks\n\nHow containers talk.\n');
  utimesSync(note, new Date(), new Date(Date.now() + 5000));
  expect(cards().ids).toEqual(['mine-networks']);
});

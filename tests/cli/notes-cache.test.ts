import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, expect, it } from 'vitest';
import { removeTempDirs, run, tempDir } from './helpers.js';

// User notes are parsed once and reused from DOCKSTUDY_HOME/cache/notes while the file is unchanged.
let home: string;
let note: string;

beforeEach(() => {
  home = tempDir('dockstudy-cache-');
  note = join(home, 'mine.md');
});
afterAll(removeTempDirs);

const cards = async () => {
  const result = await run(['--notes', note, '--no-builtin', 'cards', '--json'], { home });
  expect(result.status).toBe(0);
  const records = JSON.parse(result.stdout) as { id: string; front: string }[];
  return { ids: records.map((c) => c.id), fronts: records.map((c) => c.front), stderr: result.stderr };
};

const entries = () => readdirSync(join(home, 'cache', 'notes')).sort();

it('reuses a parse while the note is unchanged and parses again after an edit', async () => {
  writeFileSync(note, '# Volumes\n\nData that outlives a container.\n\n```bash\ndocker warm x\n```\n');
  const first = await cards();
  expect(first.ids).toEqual(['mine-volumes']);
  // The whole parse, and the card ids alone for the commands that only count.
  expect(entries()).toEqual([
    expect.stringMatching(/^[0-9a-f]{16}\.ids\.json$/),
    expect.stringMatching(/^[0-9a-f]{16}\.note\.json$/),
  ]);
  const due = await run(['--notes', note, '--no-builtin', 'review', '--due', '--json'], { home });
  expect(JSON.parse(due.stdout)).toEqual({ due: 0, new: 1, cards: [] });

  // Mark the cached parse: a run that shows the mark read the cache instead of parsing the note.
  const cached = join(home, 'cache', 'notes', entries()[1]!);
  const entry = JSON.parse(readFileSync(cached, 'utf8'));
  entry.note.cards[0].front = 'FROM THE CACHE';
  writeFileSync(cached, JSON.stringify(entry));
  const second = await cards();
  expect(second.ids).toEqual(first.ids);
  expect(second.fronts).toEqual(['FROM THE CACHE']);
  // The note's warning comes from the cached parse too.
  expect(second.stderr).toContain("mine.md:6: 'docker warm' is not a docker command");

  // An edit (new size and time) makes the entry stale: the note is parsed again.
  writeFileSync(note, '# Networks\n\nHow containers talk.\n');
  utimesSync(note, new Date(), new Date(Date.now() + 5000));
  const third = await cards();
  expect(third.ids).toEqual(['mine-networks']);
  expect(third.fronts).not.toContain('FROM THE CACHE');
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, run, tempDir } from '../cli/helpers.js';
import { schema11Collection, seedHistory, storeBytes, zipOf, zstdRawFrame } from './helpers.js';

afterAll(removeTempDirs);

describe('a malformed file', () => {
  const good = () => zipOf({ 'collection.anki2': schema11Collection(), media: '{}' });
  const validBackup = (home: string) => run(['export'], { home }).then((r) => JSON.parse(r.stdout));
  const cases: [string, string, (home: string) => Promise<Uint8Array | string>, RegExp][] = [
    ['a truncated zip', 'deck.apkg', async () => good().subarray(0, 200), /deck\.apkg: .*zip/],
    ['a zip without a collection', 'empty.apkg', async () => zipOf({ media: '{}' }), /no collection inside/],
    [
      'a collection that is not SQLite',
      'junk.apkg',
      async () => zipOf({ 'collection.anki2': 'not sqlite at all' }),
      /not an SQLite database/,
    ],
    [
      'anki21b that is not zstd',
      'new.colpkg',
      async () => zipOf({ 'collection.anki21b': schema11Collection() }),
      /not zstd/,
    ],
    [
      'a damaged zstd frame',
      'cut.apkg',
      async () => zipOf({ 'collection.anki21b': zstdRawFrame(schema11Collection()).subarray(0, 100) }),
      /cannot be decompressed/,
    ],
    [
      'bad JSON',
      'backup.json',
      async () => '{"format": "dockstudy-backup", "version": 1, "cards": [',
      /backup\.json: not valid JSON/,
    ],
    [
      'a backup of another version',
      'future.json',
      async (home) => JSON.stringify({ ...(await validBackup(home)), version: 2 }),
      /future\.json: backup version 2 is not one this dockstudy reads/,
    ],
    [
      'a backup with a bad review row (the last card)',
      'bad-row.json',
      async (home) => {
        const doc = await validBackup(home);
        const last = doc.cards.filter((c: { reviews: unknown[] }) => c.reviews.length).at(-1);
        last.reviews.at(-1).rating = 7;
        return JSON.stringify(doc);
      },
      /bad-row\.json: cards\[\d+\]\.reviews\[2\]\.rating is missing or not valid/,
    ],
    [
      'a text file of no known kind',
      'notes.txt',
      async () => 'just some words\n',
      /notes\.txt: not a dockstudy backup/,
    ],
  ];

  it.each(cases)(
    '%s: one line naming the file and the problem; the store byte-identical',
    async (_, name, make, message) => {
      const home = tempDir();
      seedHistory(home);
      // A first import, so that the store is at its latest schema with imported cards already in it.
      const previous = join(tempDir(), 'ok.apkg');
      writeFileSync(previous, good());
      expect((await run(['import', previous], { home })).status).toBe(0);
      const file = join(tempDir(), name);
      writeFileSync(file, await make(home));
      const before = storeBytes(home);
      const result = await run(['import', file], { home });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(lines[0]).toContain(file);
      expect(storeBytes(home).equals(before)).toBe(true);
    },
  );

  it('a file that is not there is named', async () => {
    const result = await run(['import', 'nowhere.apkg'], { cwd: tempDir() });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('nowhere.apkg: cannot read it (ENOENT)');
  });

  it('the store file is never created by a failed import', async () => {
    const home = tempDir();
    const file = join(tempDir(), 'bad.json');
    writeFileSync(file, '{');
    expect((await run(['import', file], { home })).status).toBe(1);
    expect(() => readFileSync(join(home, 'dockstudy.db'))).toThrow();
  });
});

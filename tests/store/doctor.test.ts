// doctor names backups by the names dockstudy gives them: `dockstudy backup`'s and the migration copies.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { diagnoseStore, findBackups } from '../../src/store/doctor.js';
import { closeStore, openStore } from '../../src/store/index.js';
import { tempDir } from './helpers.js';

test('finds dockstudy backup files and migration copies, and nothing else', () => {
  const dir = tempDir();
  for (const name of ['dockstudy-backup-2026-03-01.db', 'dockstudy.db.v2.bak', 'notes.db', 'dockstudy.db'])
    writeFileSync(join(dir, name), 'x');
  expect(
    findBackups([dir])
      .map((f) => f.slice(dir.length + 1))
      .sort(),
  ).toEqual(['dockstudy-backup-2026-03-01.db', 'dockstudy.db.v2.bak']);
});

test('a store damaged where it opens: SQLite says what, not "run dockstudy doctor"', () => {
  const dir = tempDir();
  const file = join(dir, 'dockstudy.db');
  const store = openStore(file);
  closeStore(store);
  writeFileSync(file, readFileSync(file).subarray(0, 5000));
  const found = diagnoseStore(file, dir);
  expect(found.state).toBe('damaged');
  expect(found.problems).toEqual(['database disk image is malformed']);
});

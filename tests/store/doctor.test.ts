// doctor names backups by the names dockstudy gives them: `dockstudy backup`'s and the migration copies.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { findBackups } from '../../src/store/doctor.js';
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

// Parsed user notes, kept beside the store and reused while the file is unchanged (same size and
// modification time, same dockstudy version): large notes then start as fast as the built-in decks.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ParsedNote } from '../notes/types.js';
import type { NoteFile } from './note-files.js';

declare const DOCKSTUDY_VERSION: string;
const VERSION = typeof DOCKSTUDY_VERSION === 'string' ? DOCKSTUDY_VERSION : 'dev';

interface Entry {
  key: string;
  note: ParsedNote;
}

const keyOf = (file: NoteFile) => JSON.stringify([VERSION, file.path, file.display, file.size, file.mtimeMs]);

export function notesCache(storeFile: string) {
  const dir = join(dirname(storeFile), 'cache', 'notes');
  const entryPath = (file: NoteFile) => join(dir, `${createHash('sha1').update(file.path).digest('hex')}.json`);
  return {
    get(file: NoteFile): ParsedNote | undefined {
      try {
        const entry = JSON.parse(readFileSync(entryPath(file), 'utf8')) as Entry;
        return entry.key === keyOf(file) ? entry.note : undefined;
      } catch {
        return undefined;
      }
    },
    put(file: NoteFile, note: ParsedNote): void {
      try {
        mkdirSync(dir, { recursive: true });
        const target = entryPath(file);
        // Write then rename: a reader never sees half an entry.
        const temp = `${target}.${process.pid}.tmp`;
        writeFileSync(temp, JSON.stringify({ key: keyOf(file), note } satisfies Entry));
        renameSync(temp, target);
      } catch {
        // A cache that cannot be written only costs time.
      }
    },
  };
}

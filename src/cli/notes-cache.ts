// Parsed user notes, kept in the cache folder (store/paths.ts) and reused while the file is unchanged (same size and
// modification time, same parser): large notes then start as fast as the built-in decks.
// Each note has two entries: the whole parse, and its card ids alone for the commands that only count.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CardRef, NoteCards } from '../decks/registry.js';
import type { ParsedNote } from '../notes/types.js';
import { makeFolders } from '../store/probe.js';
import type { NoteFile } from './note-files.js';

// Set by the build from the parser's sources: a new parser never reads an old parser's entries.
declare const DOCKSTUDY_PARSER_ID: string;
const PARSER = typeof DOCKSTUDY_PARSER_ID === 'string' ? DOCKSTUDY_PARSER_ID : 'dev';

interface Entry<T> {
  key: string;
  note: T;
}

const keyOf = (file: NoteFile) =>
  JSON.stringify([PARSER, file.absolute, file.path, file.display, file.size, file.mtimeMs]);

/** FNV-1a, 2×32 bits: names a cache file after a path (node:crypto would cost start-up time). */
function hashName(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x811c9dc5) ^ (a >>> 7);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

export function notesCache(cacheDir: string) {
  const dir = join(cacheDir, 'notes');
  const entryPath = (file: NoteFile, kind: 'note' | 'ids') =>
    join(dir, `${hashName(file.absolute)}.${kind}.json`);
  function read<T>(file: NoteFile, kind: 'note' | 'ids'): T | undefined {
    try {
      const entry = JSON.parse(readFileSync(entryPath(file, kind), 'utf8')) as Entry<T>;
      return entry.key === keyOf(file) ? entry.note : undefined;
    } catch {
      return undefined;
    }
  }
  function write(file: NoteFile, kind: 'note' | 'ids', note: unknown): void {
    const target = entryPath(file, kind);
    // Write then rename: a reader never sees half an entry.
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ key: keyOf(file), note }));
    renameSync(temp, target);
  }
  return {
    /** One read for both: the parse if still current, else the last parse as `previous` (what the note was). */
    lookup(file: NoteFile): { note?: ParsedNote; previous?: ParsedNote } {
      try {
        const entry = JSON.parse(readFileSync(entryPath(file, 'note'), 'utf8')) as Entry<ParsedNote>;
        return entry.key === keyOf(file) ? { note: entry.note } : { previous: entry.note };
      } catch {
        return {};
      }
    },
    getIds: (file: NoteFile) => read<NoteCards<CardRef>>(file, 'ids'),
    put(file: NoteFile, note: ParsedNote): void {
      try {
        makeFolders(dir);
        write(file, 'note', note);
        // Counting commands see the multiple-choice cards an answer key may complete as well.
        const cards = [...note.cards, ...(note.openQuestions ?? []).map((o) => o.card)];
        const { spans: _s, skipped: _k, openQuestions: _o, answerKey: _a, ...rest } = note;
        write(file, 'ids', { ...rest, cards: cards.map(({ id, deck }) => ({ id, deck })) });
      } catch {
        // A cache that cannot be written only costs time.
      }
    },
  };
}

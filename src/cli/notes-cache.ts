// Parsed user notes, kept in the cache folder (store/paths.ts) and reused while the file is unchanged (same size and
// modification time, same parser): large notes then start as fast as the built-in decks.
// One pack per set of --notes paths, in two files: the whole parses, a line a note, and the card ids
// alone for the commands that only count, with where each note's line is, so that a command that
// needs a few cards (a review's queue) reads those notes' lines only. A pack, not a file per note:
// 2,000 notes cost two writes, not 4,000 writes and renames (0.9 s of a 2.6 s first parse here).
import {
  closeSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import type { CardRef, NoteCards } from '../decks/registry.js';
import type { ParsedNote } from '../notes/types.js';
import { makeFolders } from '../store/probe.js';
import type { NoteFile } from './note-files.js';
import { type NoteIds, type PackedNote, packNote } from './packed-note.js';

// Set by the build from the parser's sources: a new parser never reads an old parser's entries.
declare const DOCKSTUDY_PARSER_ID: string;
const PARSER = typeof DOCKSTUDY_PARSER_ID === 'string' ? DOCKSTUDY_PARSER_ID : 'dev';

/** Packs kept for other sets of paths; the least recently written beyond this are removed. */
const KEPT_PACKS = 16;

type Kind = 'notes' | 'ids';

interface Pack<T> {
  parser: string;
  /** Names the save both files of a pack came from: offsets into another save's notes are no use. */
  stamp?: string;
  /** By absolute path: what the file was (size, time, names) when it was parsed, and the parse. */
  entries: Record<string, Entry<T>>;
}

interface Entry<T> {
  key: string;
  note: T;
  /** In the ids pack: the byte offset and length of the note's line in the notes pack. */
  at?: [number, number];
}

/** A line of the notes pack: the first says which parser and save; each other is one note. */
type NotesLine = { parser: string; stamp: string } | { path: string; key: string; note: ParsedNote };

const keyOf = (file: NoteFile) => JSON.stringify([file.path, file.display, file.size, file.mtimeMs]);

/** FNV-1a, 2×32 bits: names a pack after its paths (node:crypto would cost start-up time). */
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

export type NotesCache = ReturnType<typeof notesCache>;

/** The cache of the notes under `paths` (as given, resolved against `cwd`), in any order. */
export function notesCache(cacheDir: string, paths: string[], cwd: string) {
  const dir = join(cacheDir, 'notes');
  const name = hashName(JSON.stringify(paths.map((p) => resolve(cwd, p)).sort()));
  const packPath = (kind: Kind) => join(dir, `${name}.${kind}.json`);
  const packs = new Map<Kind, Pack<unknown>>();
  function pack<T>(kind: Kind): Pack<T> {
    let found = packs.get(kind);
    if (!found) {
      try {
        found = kind === 'ids' ? readIdsPack(packPath(kind)) : readNotesPack(packPath(kind));
      } catch {
        found = undefined;
      }
      found ??= { parser: PARSER, entries: {} };
      packs.set(kind, found);
    }
    return found as Pack<T>;
  }
  const entries = <T>(kind: Kind) => pack<T>(kind).entries;
  function write(kind: Kind, text: string): void {
    const target = packPath(kind);
    // Write then rename: a reader never sees half a pack.
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, text);
    renameSync(temp, target);
  }
  /** Old packs, and the one-file-a-note entries of earlier versions, go. */
  function prune(): void {
    const others = readdirSync(dir)
      .filter((f) => !f.startsWith(`${name}.`))
      .map((f) => ({ f, time: statSync(join(dir, f), { throwIfNoEntry: false })?.mtimeMs ?? 0 }));
    const packNames = new Set(
      others.filter(({ f }) => /^[0-9a-f]{16}\.notes\.json$/.test(f)).map(({ f }) => f),
    );
    const keep = new Set(
      others
        .filter(({ f }) => packNames.has(f))
        .sort((a, b) => b.time - a.time)
        .slice(0, KEPT_PACKS - 1)
        .flatMap(({ f }) => [f, f.replace('.notes.', '.ids.')]),
    );
    for (const { f } of others) if (!keep.has(f)) rmSync(join(dir, f), { force: true });
  }
  return {
    /** The parse if still current, else the last parse as `previous` (what the note was). */
    lookup(file: NoteFile): { note?: ParsedNote; previous?: ParsedNote } {
      const entry = entries<ParsedNote>('notes')[file.absolute];
      if (!entry) return {};
      return entry.key === keyOf(file) ? { note: entry.note } : { previous: entry.note };
    },
    getIds(file: NoteFile): (NoteCards<CardRef> & { keyed?: true }) | undefined {
      const entry = entries<NoteIds>('ids')[file.absolute];
      if (!entry || entry.key !== keyOf(file)) return undefined;
      const { deck, diagnostics, ids, keyed } = entry.note;
      const cards = ids.map((id) => ({ id, deck: deck.id }));
      return keyed ? { deck, diagnostics, cards, keyed } : { deck, diagnostics, cards };
    },
    /**
     * The current parses of these files, each read from its own line of the notes pack; undefined
     * when any is not current or the two files are not of one save (the caller reads them all).
     */
    readNotes(files: NoteFile[]): ParsedNote[] | undefined {
      const ids = pack<NoteIds>('ids');
      const at = files.map((file) => {
        const entry = ids.entries[file.absolute];
        return entry?.key === keyOf(file) ? entry.at : undefined;
      });
      if (!ids.stamp || at.some((a) => a === undefined)) return undefined;
      if (files.length === 0) return [];
      try {
        const fd = openSync(packPath('notes'), 'r');
        try {
          const read = (offset: number, length: number) => {
            const bytes = Buffer.alloc(length);
            return bytes.toString('utf8', 0, readSync(fd, bytes, 0, length, offset));
          };
          const line = (offset: number, length: number) => JSON.parse(read(offset, length)) as NotesLine;
          // The heading line is a few dozen bytes: the parser and the save's stamp.
          const first = read(0, 256);
          const head = JSON.parse(first.slice(0, first.indexOf('\n'))) as NotesLine;
          if (!('stamp' in head) || head.stamp !== ids.stamp || head.parser !== PARSER) return undefined;
          return files.map((file, i) => {
            const read = line(...at[i]!);
            if (!('note' in read) || read.path !== file.absolute || read.key !== keyOf(file))
              throw new Error('moved');
            return read.note;
          });
        } finally {
          closeSync(fd);
        }
      } catch {
        return undefined;
      }
    },
    /**
     * Keeps these parses as the pack (notes no longer under the paths drop out); a note already
     * packed (on the thread that parsed it) is not serialized again.
     */
    save(parsed: { file: NoteFile; note?: ParsedNote; packed?: PackedNote }[]): void {
      const stamp = `${process.pid.toString(36)}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
      const head = `${JSON.stringify({ parser: PARSER, stamp })}\n`;
      const lines = [head];
      let offset = Buffer.byteLength(head);
      const ids: Pack<NoteIds> = { parser: PARSER, stamp, entries: {} };
      for (const { file, note, packed: given } of parsed) {
        // A path that cannot be read is looked at again each time: its problem is never cached.
        if (file.problem) continue;
        const key = keyOf(file);
        const packed = given ?? packNote(note!);
        // JSON.stringify({ path, key, note }), with the note's JSON as it was made.
        const line = `{"path":${JSON.stringify(file.absolute)},"key":${JSON.stringify(key)},"note":${packed.json}}`;
        const length = Buffer.byteLength(line);
        ids.entries[file.absolute] = { key, note: packed.ids, at: [offset, length] };
        lines.push(line, '\n');
        offset += length + 1;
      }
      // Read from memory from now on: this command's next question of the cache finds this save.
      packs.set('ids', ids);
      packs.delete('notes');
      try {
        makeFolders(dir);
        // The notes first: ids naming a new save never point into an old notes file for long, and the
        // stamp tells a reader between the two renames that they do not match.
        write('notes', lines.join(''));
        write('ids', JSON.stringify(ids));
        prune();
      } catch {
        // A cache that cannot be written only costs time.
      }
    },
  };
}

function readIdsPack(path: string): Pack<NoteIds> | undefined {
  const pack = JSON.parse(readFileSync(path, 'utf8')) as Pack<NoteIds>;
  return pack.parser === PARSER && pack.entries && typeof pack.entries === 'object' ? pack : undefined;
}

/** The notes pack, a line a note after its heading line; undefined if it is another parser's. */
function readNotesPack(path: string): Pack<ParsedNote> | undefined {
  const lines = readFileSync(path, 'utf8').split('\n');
  const head = JSON.parse(lines[0]!) as NotesLine;
  if (!('parser' in head) || head.parser !== PARSER) return undefined;
  const entries: Pack<ParsedNote>['entries'] = {};
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] === '') continue;
    const line = JSON.parse(lines[i]!) as NotesLine;
    if ('note' in line) entries[line.path] = { key: line.key, note: line.note };
  }
  return { parser: head.parser, stamp: head.stamp, entries };
}

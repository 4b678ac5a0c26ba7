// Parsed user notes, kept in the cache folder (store/paths.ts) and reused while the file is unchanged (same size and
// modification time, same parser): large notes then start as fast as the built-in decks.
// One pack per set of --notes paths, in two files: the whole parses, and the card ids alone for the
// commands that only count. A pack, not a file per note: 2,000 notes cost two writes, not 4,000
// writes and renames (0.9 s of a 2.6 s first parse on this machine).
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CardRef, NoteCards } from '../decks/registry.js';
import type { ParsedNote } from '../notes/types.js';
import { makeFolders } from '../store/probe.js';
import type { NoteFile } from './note-files.js';

// Set by the build from the parser's sources: a new parser never reads an old parser's entries.
declare const DOCKSTUDY_PARSER_ID: string;
const PARSER = typeof DOCKSTUDY_PARSER_ID === 'string' ? DOCKSTUDY_PARSER_ID : 'dev';

/** Packs kept for other sets of paths; the least recently written beyond this are removed. */
const KEPT_PACKS = 16;

type Kind = 'notes' | 'ids';

interface Pack<T> {
  parser: string;
  /** By absolute path: what the file was (size, time, names) when it was parsed, and the parse. */
  entries: Record<string, { key: string; note: T }>;
}

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

/** What counting commands need of a parse: its deck, diagnostics and card ids (a card's deck is the note's). */
interface NoteIds extends Omit<NoteCards<CardRef>, 'cards'> {
  ids: string[];
}

function idsOf(note: ParsedNote): NoteIds {
  // The multiple-choice cards an answer key may complete count as well.
  const cards = [...note.cards, ...(note.openQuestions ?? []).map((o) => o.card)];
  return { deck: note.deck, diagnostics: note.diagnostics, ids: cards.map((c) => c.id) };
}

export type NotesCache = ReturnType<typeof notesCache>;

/** The cache of the notes under `paths` (as given, resolved against `cwd`), in any order. */
export function notesCache(cacheDir: string, paths: string[], cwd: string) {
  const dir = join(cacheDir, 'notes');
  const name = hashName(JSON.stringify(paths.map((p) => resolve(cwd, p)).sort()));
  const packPath = (kind: Kind) => join(dir, `${name}.${kind}.json`);
  const packs = new Map<Kind, Pack<unknown>['entries']>();
  function entries<T>(kind: Kind): Pack<T>['entries'] {
    let found = packs.get(kind);
    if (!found) {
      try {
        const pack = JSON.parse(readFileSync(packPath(kind), 'utf8')) as Pack<T>;
        found =
          pack.parser === PARSER && pack.entries && typeof pack.entries === 'object' ? pack.entries : {};
      } catch {
        found = {};
      }
      packs.set(kind, found);
    }
    return found as Pack<T>['entries'];
  }
  function write(kind: Kind, pack: Pack<unknown>): void {
    const target = packPath(kind);
    // Write then rename: a reader never sees half a pack.
    const temp = `${target}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(pack));
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
    getIds(file: NoteFile): NoteCards<CardRef> | undefined {
      const entry = entries<NoteIds>('ids')[file.absolute];
      if (!entry || entry.key !== keyOf(file)) return undefined;
      const { deck, diagnostics, ids } = entry.note;
      return { deck, diagnostics, cards: ids.map((id) => ({ id, deck: deck.id })) };
    },
    /** Keeps these parses as the pack (notes no longer under the paths drop out). */
    save(parsed: { file: NoteFile; note: ParsedNote }[]): void {
      const notes: Pack<ParsedNote> = { parser: PARSER, entries: {} };
      const ids: Pack<NoteIds> = { parser: PARSER, entries: {} };
      for (const { file, note } of parsed) {
        // A path that cannot be read is looked at again each time: its problem is never cached.
        if (file.problem) continue;
        const key = keyOf(file);
        notes.entries[file.absolute] = { key, note };
        ids.entries[file.absolute] = { key, note: idsOf(note) };
      }
      try {
        makeFolders(dir);
        write('notes', notes);
        write('ids', ids);
        prune();
      } catch {
        // A cache that cannot be written only costs time.
      }
    },
  };
}

import { existsSync, readFileSync } from 'node:fs';
import { type CardRef, createRegistry, type NoteCards, type Registry } from '../decks/registry.js';
import type { Card, ParsedNote } from '../notes/types.js';
import { BUILD_DIR } from './build-output.js';
import type { Lang } from './environment.js';
import { UserError } from './errors.js';
import { lazy } from './lazy.js';
import { type NoteFile, noteFiles, unreadNote } from './note-files.js';
import { type NotesCache, notesCache } from './notes-cache.js';
import type { PackedNote } from './packed-note.js';
import { startParse } from './parallel-parse.js';

/** What `scripts/build.mjs` writes for each language: its built-in notes, parsed once at build time. */
export const builtinNotesFile = (lang: Lang) => `decks.${lang}.json`;

const builtinNotes = new Map<Lang, ParsedNote[]>();

/** One language's built-in notes: a command reads only the language it shows (half the bytes). */
export function readBuiltinNotes(lang: Lang): ParsedNote[] {
  let notes = builtinNotes.get(lang);
  if (!notes) {
    const url = new URL(builtinNotesFile(lang), BUILD_DIR);
    try {
      notes = JSON.parse(readFileSync(url, 'utf8')) as ParsedNote[];
    } catch {
      throw new UserError((t) => t.decks.builtinMissing(url.pathname));
    }
    builtinNotes.set(lang, notes);
  }
  // A fresh list: callers add the user's notes to it.
  return [...notes];
}

export interface LoadOptions {
  lang: Lang;
  builtin: boolean;
  notes: string[];
  /** The store file: renamed cards take their history along in it. */
  storeFile: string;
  /** The parse cache's folder. */
  cacheDir: string;
  /** Note files are shown relative to it. */
  cwd: string;
  /** The session's clock (ms), for the history a renamed card takes along. */
  now: number;
}

export async function loadRegistry(options: LoadOptions, listed?: ListedNotes): Promise<Registry> {
  const notes: ParsedNote[] = options.builtin ? readBuiltinNotes(options.lang) : [];
  if (options.notes.length > 0) notes.push(...(await loadUserNotes(options, listed ?? listNotes(options))));
  notes.push(...(await importedNotes(options.storeFile)));
  return createRegistry(notes);
}

/** Cards `dockstudy import` brought in: they live in the store (read only when there is one). */
async function importedNotes(storeFile: string): Promise<ParsedNote[]> {
  return existsSync(storeFile) ? (await lazy('stored-cards')).importedNotes(storeFile) : [];
}

/** The same decks with card ids only, for counting commands: user notes come from their small ids entries. */
export async function loadCardIndex(options: LoadOptions): Promise<Registry<CardRef>> {
  const notes: NoteCards<CardRef>[] = options.builtin ? readBuiltinNotes(options.lang) : [];
  let user: UserIndex | undefined;
  if (options.notes.length > 0) {
    const listed = listNotes(options);
    const indexOf = () =>
      listed.files.map((file) => (file.problem ? unreadNote(file, file.problem) : listed.cache.getIds(file)));
    let indexes = indexOf();
    // What the cache lacks is parsed and cached first; a first parse packed each note's ids already.
    if (indexes.some((index) => index === undefined)) {
      await updateCache(options, listed);
      indexes = indexOf();
    }
    // Every file has its entry now (a problem is its own note); should one not, the notes as parsed.
    if (indexes.some((index) => index === undefined)) return loadRegistry(options, listed);
    const found = indexes as (NoteCards<CardRef> & { keyed?: true })[];
    notes.push(...found);
    user = { listed, notes: found };
  }
  const imported = await importedNotes(options.storeFile);
  notes.push(...imported);
  const registry = createRegistry(notes);
  indexSources.set(registry, { user, imported, notes });
  return registry;
}

/** What an index of the cache was made of: which cached note holds which ids. */
interface UserIndex {
  listed: ListedNotes;
  notes: (NoteCards<CardRef> & { keyed?: true })[];
}

const indexSources = new WeakMap<
  Registry<CardRef>,
  { user?: UserIndex; imported: ParsedNote[]; notes: NoteCards<CardRef>[] }
>();

/**
 * The whole cards of these ids of an index, reading only the notes that hold them (a review's
 * queue of 20 from 2,000 notes reads 20 lines of the cache, not its 6 MB). Undefined when the index
 * cannot say (not made from the cache, ids renamed apart, answer keys in play): read the registry.
 */
export function loadCards(
  options: LoadOptions,
  index: Registry<CardRef>,
  ids: readonly string[],
): Map<string, Card> | undefined {
  // Ids no deck has are left out, as the registry would.
  const wanted = new Set(ids.filter((id) => index.card(id) !== undefined));
  const cards = new Map<string, Card>();
  const take = (card: Card) => {
    if (wanted.has(card.id)) cards.set(card.id, card);
  };
  const source = indexSources.get(index);
  if (!source) {
    // An index that fell back to the parsed notes holds whole cards already.
    for (const id of wanted) {
      const card = index.card(id) as Card | undefined;
      if (!card || !('front' in card)) return undefined;
      cards.set(id, card);
    }
    return cards;
  }
  // Two notes' ids met and the registry renamed one: the cached note has the old name.
  const all = source.notes.flatMap((n) => n.cards.map((c) => c.id));
  if (new Set(all).size !== all.length) return undefined;
  if (options.builtin) for (const note of readBuiltinNotes(options.lang)) note.cards.forEach(take);
  for (const note of source.imported) note.cards.forEach(take);
  const { user } = source;
  if (user) {
    const needed = user.notes.flatMap((note, i) => (note.cards.some((c) => wanted.has(c.id)) ? [i] : []));
    if (needed.some((i) => user.notes[i]!.keyed)) return undefined;
    // Most of the notes (a quiz of every deck): one read of the whole pack costs less than many.
    if (needed.length > user.notes.length / 4) return undefined;
    // The index was made only when every file had its entry: files and notes go one for one.
    const files = needed.map((i) => user.listed.files[i]!);
    const read = user.listed.cache.readNotes(files);
    if (!read) return undefined;
    for (const note of read) note.cards.forEach(take);
  }
  return cards.size === wanted.size ? cards : undefined;
}

/** The note files under the --notes paths, and their parse cache: listed once a command. */
interface ListedNotes {
  files: NoteFile[];
  cache: NotesCache;
}

const listNotes = (options: LoadOptions): ListedNotes => ({
  files: noteFiles(options.notes, options.cwd, options.lang),
  cache: notesCache(options.cacheDir, options.notes, options.cwd),
});

/** The user's notes, from the parse cache when unchanged; the parser loads only for the others. */
async function loadUserNotes(options: LoadOptions, listed: ListedNotes): Promise<ParsedNote[]> {
  const noteAt = await updateCache(options, listed);
  const notes = listed.files.map((_, i) => noteAt(i));
  // Multiple-choice questions get their answers from answer keys in the same folder.
  if (!notes.some((n) => n.openQuestions?.length)) return notes;
  const { joinAnswerKeys } = await lazy('user-notes');
  return joinAnswerKeys(notes);
}

/**
 * Makes the cache current for the listed files: what it lacks is parsed (over worker threads when
 * there is much) and the pack saved. Gives each file's note, made whole only when asked for: a
 * worker's note comes as JSON, and a command that only counts reads the ids packed with it.
 */
async function updateCache(
  options: LoadOptions,
  { files, cache }: ListedNotes,
): Promise<(i: number) => ParsedNote> {
  // A path that cannot be read is looked at again each time: its problem is never cached.
  const found = files.map((file) => (file.problem ? {} : cache.lookup(file)));
  const notes = files.map((file, i) => (file.problem ? unreadNote(file, file.problem) : found[i]!.note));
  const packed: (PackedNote | undefined)[] = new Array(files.length);
  const noteAt = (i: number) => (notes[i] ??= JSON.parse(packed[i]!.json) as ParsedNote);
  // Indexes, not indexOf: 2,000 notes must not cost 2,000² comparisons.
  const missing = files.flatMap((_, i) => (notes[i] === undefined ? [i] : []));
  if (missing.length === 0) return noteAt;
  const parse = startParse(missing.map((i) => files[i]!));
  const { parseNoteFile } = await lazy('user-notes');
  for (const [k, parsed] of (await parse.finish(parseNoteFile)).entries()) {
    packed[missing[k]!] = parsed;
    notes[missing[k]!] = parsed.note;
  }
  // Renamed cards take their history along before the new parse replaces the old one (with no
  // store there is none to take: the store's code is not even loaded).
  if (existsSync(options.storeFile)) {
    const changed = missing.map((i) => ({ note: noteAt(i), previous: found[i]!.previous }));
    (await lazy('card-history')).keepHistory(options.storeFile, changed, builtinCardIds, options.now);
  }
  cache.save(files.map((file, i) => ({ file, note: notes[i], packed: packed[i] })));
  return noteAt;
}

/** Every built-in card's id, in either language: a user card never takes over their history. */
function builtinCardIds(): Set<string> {
  return new Set(
    [...readBuiltinNotes('ko'), ...readBuiltinNotes('en')].flatMap((n) => n.cards.map((c) => c.id)),
  );
}

/** A built-in card's pre-lexed front and back, if the build left them (undefined for user cards). */
export function readCardTokens<T>(lang: Lang, cardId: string): T | undefined {
  if (!/^[a-z0-9-]+$/.test(cardId)) return undefined;
  try {
    return JSON.parse(readFileSync(new URL(`tokens/${lang}/${cardId}.json`, BUILD_DIR), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

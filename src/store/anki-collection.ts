// Anki collections (the SQLite file inside an .apkg) written and read in memory. The tables follow
// Anki's schema 11 (rslib/src/storage/schema11.sql: col, notes, cards, revlog, graves), which every
// Anki since 2.1 imports; a newer collection (schema 18, `collection.anki21b`) keeps its decks and
// note types in tables of their own instead of col's JSON. Its fields and templates tables cannot be
// read here at all (their WITHOUT ROWID keys carry Anki's own `unicase` collation, which only Anki
// registers), so an import reads notes, cards, revlog and decks only: what a note's fields mean
// (a cloze or not) is told from the fields themselves.

import Database from 'better-sqlite3';
import { addonPath } from './connection.js';

export interface AnkiNoteRow {
  id: number;
  guid: string;
  mid: number;
  mod: number;
  usn: number;
  /** Space-separated, with a space at each end. */
  tags: string;
  /** The fields, joined by U+001F. */
  flds: string;
  sfld: string;
  csum: number;
  flags: number;
  data: string;
}

export interface AnkiCardRow {
  id: number;
  nid: number;
  did: number;
  ord: number;
  mod: number;
  usn: number;
  type: number;
  queue: number;
  due: number;
  ivl: number;
  factor: number;
  reps: number;
  lapses: number;
  left: number;
  odue: number;
  odid: number;
  flags: number;
  data: string;
}

export interface AnkiRevlogRow {
  id: number;
  cid: number;
  usn: number;
  ease: number;
  ivl: number;
  lastIvl: number;
  factor: number;
  time: number;
  type: number;
}

/** What a schema-11 collection holds; conf, models, decks and dconf are col's JSON texts. */
export interface AnkiCollectionData {
  /** Creation time, epoch seconds: review cards' due days count from it. */
  crt: number;
  /** Modification time, epoch ms. */
  mod: number;
  conf: string;
  models: string;
  decks: string;
  dconf: string;
  /** Every tag the notes use, as a JSON object (tag → usn). */
  tags: string;
  notes: AnkiNoteRow[];
  cards: AnkiCardRow[];
  revlog: AnkiRevlogRow[];
}

const SCHEMA_11_SQL = `
CREATE TABLE col (
  id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
  ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL,
  conf text NOT NULL, models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL
);
CREATE TABLE notes (
  id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
  usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL,
  csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL
);
CREATE TABLE cards (
  id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
  mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL,
  due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL,
  lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL,
  flags integer NOT NULL, data text NOT NULL
);
CREATE TABLE revlog (
  id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
  ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL,
  type integer NOT NULL
);
CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
`;

const insertSql = (table: string, columns: readonly string[]) =>
  `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;

const NOTE_COLUMNS = ['id', 'guid', 'mid', 'mod', 'usn', 'tags', 'flds', 'sfld', 'csum', 'flags', 'data'];
const CARD_COLUMNS = [
  ...['id', 'nid', 'did', 'ord', 'mod', 'usn', 'type', 'queue', 'due', 'ivl', 'factor', 'reps'],
  ...['lapses', 'left', 'odue', 'odid', 'flags', 'data'],
];
const REVLOG_COLUMNS = ['id', 'cid', 'usn', 'ease', 'ivl', 'lastIvl', 'factor', 'time', 'type'];

/** The collection as the bytes of a schema-11 SQLite file. */
export function writeAnkiCollection(data: AnkiCollectionData): Buffer {
  const db = new Database(':memory:', { nativeBinding: addonPath() });
  try {
    db.exec(SCHEMA_11_SQL);
    db.transaction(() => {
      db.prepare(
        `INSERT INTO col VALUES (1, @crt, @mod, @mod, 11, 0, 0, 0, @conf, @models, @decks, @dconf, @tags)`,
      ).run(data);
      const note = db.prepare(insertSql('notes', NOTE_COLUMNS));
      for (const row of data.notes) note.run(row);
      const card = db.prepare(insertSql('cards', CARD_COLUMNS));
      for (const row of data.cards) card.run(row);
      const revlog = db.prepare(insertSql('revlog', REVLOG_COLUMNS));
      for (const row of data.revlog) revlog.run(row);
    })();
    return db.serialize();
  } finally {
    db.close();
  }
}

export interface AnkiDeck {
  id: number;
  /** Full name, levels joined by `::`. */
  name: string;
}

/** What an import needs of a collection, whichever schema wrote it. */
export interface AnkiCollectionContent {
  crt: number;
  decks: AnkiDeck[];
  notes: Pick<AnkiNoteRow, 'id' | 'guid' | 'mid' | 'tags' | 'flds'>[];
  cards: Pick<AnkiCardRow, 'id' | 'nid' | 'did' | 'odid' | 'ord' | 'type' | 'queue' | 'due' | 'ivl'>[];
  revlog: AnkiRevlogRow[];
}

/** Why bytes are not a readable Anki collection, as data (the import says it in the UI's language). */
export type CollectionProblem =
  | { say: 'notSqlite' }
  | { say: 'noTable'; table: string }
  | { say: 'noColRow' }
  | { say: 'unreadable'; code: string; detail: string }
  | { say: 'badJson'; what: 'decks' };

export function collectionProblemText(problem: CollectionProblem): string {
  switch (problem.say) {
    case 'notSqlite':
      return 'the collection is not an SQLite database';
    case 'noTable':
      return `the collection has no ${problem.table} table`;
    case 'noColRow':
      return 'the collection has no col row';
    case 'unreadable':
      return `the collection cannot be read (${problem.detail})`;
    case 'badJson':
      return `the collection's ${problem.what} are not valid JSON`;
  }
}

export class AnkiCollectionError extends Error {
  override readonly name = 'AnkiCollectionError';
  constructor(readonly problem: CollectionProblem) {
    super(collectionProblemText(problem));
  }
}

/**
 * Reads a collection from its bytes (never from disk: nothing is written). Throws an
 * AnkiCollectionError saying what is wrong when the bytes are not an Anki collection.
 */
export function readAnkiCollection(bytes: Buffer): AnkiCollectionContent {
  if (!bytes.subarray(0, 16).equals(Buffer.from('SQLite format 3\0', 'latin1')))
    throw new AnkiCollectionError({ say: 'notSqlite' });
  let db: Database.Database;
  try {
    db = new Database(bytes, { readonly: true, nativeBinding: addonPath() });
  } catch {
    throw new AnkiCollectionError({ say: 'notSqlite' });
  }
  try {
    const tables = new Set(
      db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all(),
    );
    for (const table of ['col', 'notes', 'cards', 'revlog'])
      if (!tables.has(table)) throw new AnkiCollectionError({ say: 'noTable', table });
    const col = db.prepare<[], { crt: number; decks: string }>('SELECT crt, decks FROM col').get();
    if (!col) throw new AnkiCollectionError({ say: 'noColRow' });
    return {
      crt: col.crt,
      decks: tables.has('decks') ? decksFromTable(db) : decksFromJson(col.decks),
      notes: db
        .prepare('SELECT id, guid, mid, tags, flds FROM notes ORDER BY id')
        .all() as AnkiCollectionContent['notes'],
      cards: db
        .prepare('SELECT id, nid, did, odid, ord, type, queue, due, ivl FROM cards ORDER BY nid, ord')
        .all() as AnkiCollectionContent['cards'],
      revlog: db.prepare('SELECT * FROM revlog ORDER BY cid, id').all() as AnkiRevlogRow[],
    };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (error instanceof Error && typeof code === 'string' && code.startsWith('SQLITE'))
      throw new AnkiCollectionError({ say: 'unreadable', code, detail: error.message });
    throw error;
  } finally {
    db.close();
  }
}

function parseJsonObject(text: string, what: 'decks'): Record<string, Record<string, unknown>> {
  try {
    const value = JSON.parse(text) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, Record<string, unknown>>;
  } catch {
    // Reported below.
  }
  throw new AnkiCollectionError({ say: 'badJson', what });
}

function decksFromJson(text: string): AnkiDeck[] {
  return Object.values(parseJsonObject(text, 'decks')).map((deck) => ({
    id: Number(deck.id),
    name: String(deck.name ?? ''),
  }));
}

// Schema 18 separates a deck's levels with U+001F in the decks table.
function decksFromTable(db: Database.Database): AnkiDeck[] {
  return db
    .prepare<[], AnkiDeck>('SELECT id, name FROM decks')
    .all()
    .map((deck) => ({ id: deck.id, name: deck.name.split('\u001f').join('::') }));
}

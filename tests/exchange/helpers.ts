// Shared by the exchange tests: a store with some history, the store's rows read back, Anki
// collections of each variant built from scratch, and a zstd frame made without a compressor.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { strToU8, zipSync } from 'fflate';
import { Rating } from '../../src/srs/index.js';
import {
  type AnkiCollectionData,
  closeStore,
  openStore,
  readHistories,
  writeAnkiCollection,
} from '../../src/store/index.js';
import { STORE_FILE } from '../cli/helpers.js';
import { answer } from '../store/helpers.js';

const DAY = 86_400_000;
export const T0 = Date.parse('2026-02-01T09:00:00Z');

/** Answers a few built-in cards in the store of `home` over some days; returns the ids answered. */
export function seedHistory(
  home: string,
  ids = ['container-run', 'dockerfile-cmd', 'image-build'],
): string[] {
  const store = openStore(join(home, STORE_FILE));
  try {
    ids.forEach((id, i) => {
      answer(store, id, Rating.Good, new Date(T0 + i * 60_000));
      answer(store, id, i === 1 ? Rating.Again : Rating.Good, new Date(T0 + 2 * DAY + i * 60_000));
      answer(store, id, Rating.Good, new Date(T0 + 6 * DAY + i * 60_000));
    });
  } finally {
    closeStore(store);
  }
  return ids;
}

/** Every state and answer of the store in `home`, the store's own row ids left out. */
export function historiesOf(home: string) {
  const store = openStore(join(home, STORE_FILE), { readonly: true });
  try {
    return Object.fromEntries(readHistories(store));
  } finally {
    closeStore(store);
  }
}

export const storeBytes = (home: string) => readFileSync(join(home, STORE_FILE));

/**
 * A zstd frame (RFC 8878) holding `data` in raw blocks: magic, a single-segment frame header with a
 * 4-byte content size, then blocks of at most 128 KiB, each a 3-byte header (last flag, type 0 = raw,
 * size) and the bytes as they are. Valid zstd that any decoder reads, made without a compressor.
 */
export function zstdRawFrame(data: Uint8Array): Uint8Array {
  const MAX_BLOCK = 128 * 1024;
  const parts: number[] = [0x28, 0xb5, 0x2f, 0xfd, 0b1010_0000];
  const size = data.length;
  parts.push(size & 0xff, (size >>> 8) & 0xff, (size >>> 16) & 0xff, (size >>> 24) & 0xff);
  const chunks: Uint8Array[] = [Uint8Array.from(parts)];
  for (let offset = 0; offset < size || offset === 0; offset += MAX_BLOCK) {
    const block = data.subarray(offset, Math.min(size, offset + MAX_BLOCK));
    const last = offset + MAX_BLOCK >= size ? 1 : 0;
    const header = (block.length << 3) | last; // type 0 (raw) in bits 1-2
    chunks.push(Uint8Array.from([header & 0xff, (header >>> 8) & 0xff, (header >>> 16) & 0xff]), block);
    if (size === 0) break;
  }
  return Buffer.concat(chunks);
}

const DAY_S = 86_400;
/** The Anki collection the import tests read: two notes (one cloze), one with three answers. */
export const ANKI = {
  crt: Math.floor(T0 / 1000 / DAY_S) * DAY_S,
  deckId: 1_700_000_000_001,
  deckName: 'Docker::Networks',
  basicId: 1_700_000_000_010,
  clozeId: 1_700_000_000_011,
  // An answered note, a cloze note, and a note whose HTML tries to smuggle a script and an escape.
  notes: [
    {
      id: 11,
      guid: 'Ab#1xQ',
      mid: 1_700_000_000_010,
      flds: [
        'Which driver joins containers on one host?',
        '<b>bridge</b><br>the default<div><img src="net.png"></div>',
      ],
    },
    { id: 12, guid: 'Cz!9', mid: 1_700_000_000_011, flds: ['Publish with {{c1::-p::flag}} on the host', ''] },
    {
      id: 13,
      guid: 'Hs*2',
      mid: 1_700_000_000_010,
      flds: [
        '<script>alert(1)</script>List networks\u001b[31m',
        '<pre><code>docker network ls\n&lt;none&gt;</code></pre>',
      ],
    },
  ],
  revlog: [
    { id: T0, ease: 3, type: 0, time: 5000 },
    { id: T0 + 600_000, ease: 3, type: 0, time: 4000 },
    { id: T0 + 3 * 86_400_000, ease: 2, type: 1, time: 9000 },
    // Rescheduled by hand in Anki: not an answer.
    { id: T0 + 4 * 86_400_000, ease: 0, type: 4, time: 0 },
  ],
};

const field = (name: string, ord: number) => ({ name, ord });

/** The collection above in schema 11 (`collection.anki2` / `collection.anki21`). */
export function schema11Collection(): Buffer {
  const data: AnkiCollectionData = {
    crt: ANKI.crt,
    mod: T0,
    conf: '{}',
    tags: '{}',
    models: JSON.stringify({
      [ANKI.basicId]: {
        id: ANKI.basicId,
        name: 'Basic',
        type: 0,
        flds: [field('Front', 0), field('Back', 1)],
      },
      [ANKI.clozeId]: {
        id: ANKI.clozeId,
        name: 'Cloze',
        type: 1,
        flds: [field('Text', 0), field('Extra', 1)],
      },
    }),
    decks: JSON.stringify({
      1: { id: 1, name: 'Default' },
      [ANKI.deckId]: { id: ANKI.deckId, name: ANKI.deckName },
    }),
    dconf: '{}',
    ...rows(),
  };
  return writeAnkiCollection(data);
}

function rows() {
  const notes = ANKI.notes.map((n) => ({
    id: n.id,
    guid: n.guid,
    mid: n.mid,
    mod: 0,
    usn: 0,
    tags: ' networking anki ',
    flds: n.flds.join('\u001f'),
    sfld: n.flds[0] ?? '',
    csum: 0,
    flags: 0,
    data: '',
  }));
  const cards = ANKI.notes.map((n) => ({
    ...{ id: n.id * 100, nid: n.id, did: ANKI.deckId, ord: 0, mod: 0, usn: 0, type: 0, queue: 0 },
    ...{ due: n.id, ivl: 0, factor: 0, reps: 0, lapses: 0, left: 0, odue: 0, odid: 0, flags: 0, data: '' },
  }));
  const revlog = ANKI.revlog.map((r) => ({ ...r, cid: 1100, usn: 0, ivl: 1, lastIvl: 0, factor: 2500 }));
  return { notes, cards, revlog };
}

/**
 * The same collection the way Anki 2.1.50+ keeps it (schema 18): decks, note types and fields in
 * tables of their own, col's JSON columns empty, names in the `unicase` collation (which makes the
 * fields and templates tables unreadable without Anki). Made with plain SQL.
 */
export function schema18Collection(): Buffer {
  const db = new Database(schema11Collection());
  db.exec(`
    UPDATE col SET models = '{}', decks = '{}', ver = 18;
    CREATE TABLE decks (id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE  nocase, mtime_secs integer NOT NULL,
      usn integer NOT NULL, common blob NOT NULL, kind blob NOT NULL);
    CREATE UNIQUE INDEX idx_decks_name ON decks (name);
    CREATE TABLE notetypes (id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE  nocase, mtime_secs integer NOT NULL,
      usn integer NOT NULL, config blob NOT NULL);
    CREATE TABLE fields (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE  nocase, config blob NOT NULL,
      PRIMARY KEY (ntid, ord)) WITHOUT ROWID;
    CREATE TABLE templates (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE  nocase,
      mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL, PRIMARY KEY (ntid, ord)) WITHOUT ROWID;
  `);
  const deck = db.prepare("INSERT INTO decks VALUES (?, ?, 0, 0, x'', x'')");
  deck.run(1, 'Default');
  deck.run(ANKI.deckId, ANKI.deckName.split('::').join('\u001f'));
  db.prepare("INSERT INTO notetypes VALUES (?, 'Basic', 0, 0, x'')").run(ANKI.basicId);
  db.prepare("INSERT INTO notetypes VALUES (?, 'Cloze', 0, 0, x'')").run(ANKI.clozeId);
  const fieldRow = db.prepare("INSERT INTO fields VALUES (?, ?, ?, x'')");
  fieldRow.run(ANKI.basicId, 0, 'Front');
  fieldRow.run(ANKI.basicId, 1, 'Back');
  fieldRow.run(ANKI.clozeId, 0, 'Text');
  fieldRow.run(ANKI.clozeId, 1, 'Extra');
  // The template's protobuf config holds its question format as text.
  db.prepare('INSERT INTO templates VALUES (?, 0, ?, 0, 0, ?)').run(
    ANKI.basicId,
    'Card 1',
    Buffer.from('\n\t{{Front}}'),
  );
  db.prepare('INSERT INTO templates VALUES (?, 0, ?, 0, 0, ?)').run(
    ANKI.clozeId,
    'Cloze',
    Buffer.from('\n\x0b{{cloze:Text}}'),
  );
  const bytes = db.serialize();
  db.close();
  // Anki's names sort with its own collation, `unicase`, which only Anki registers: the schema
  // names it, and a reader must cope. SQLite refuses to create it, so the schema text is patched
  // in the file's bytes, one length for another ("COLLATE  nocase" and "COLLATE unicase").
  const from = Buffer.from('COLLATE  nocase');
  for (let at = bytes.indexOf(from); at >= 0; at = bytes.indexOf(from, at))
    bytes.write('COLLATE unicase', at);
  return bytes;
}

/** A package holding `entries` (name → bytes). */
export function zipOf(entries: Record<string, Uint8Array | string>): Uint8Array {
  return zipSync(
    Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])),
  );
}

// `export --format apkg` checked against what current Anki needs of a legacy package (no Anki runs
// here): the zip's entries, schema 11's tables and columns, col's JSON (config, note type, decks,
// deck options) with every key Anki's readers require, and the rows' invariants — ids that are
// creation times, guids, fields joined by 0x1f, the sort field and checksum Anki would compute, card
// type/queue/due combinations, FSRS memory in the card data, revlog rows that follow each other.
// Written from the format's description, not from Anki's code.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ankiFieldText } from '../../src/exchange/html.js';
import { Rating } from '../../src/srs/index.js';
import { closeStore, openStore } from '../../src/store/index.js';
import { NOW_MS, removeTempDirs, run, runJson, STORE_FILE, tempDir } from '../cli/helpers.js';
import { answer } from '../store/helpers.js';
import { historiesOf, T0 } from './helpers.js';

afterAll(removeTempDirs);

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** Anki's day starts at this hour (its `rollover`); dockstudy's study day does too. */
const ROLLOVER = 4;

type Row = Record<string, unknown>;
type Json = Record<string, unknown>;

/** Schema 11, restated: each table's columns as (name, declared type), all NOT NULL. */
const SCHEMA_11: Record<string, [string, string][]> = {
  col: [
    ['id', 'integer'],
    ['crt', 'integer'],
    ['mod', 'integer'],
    ['scm', 'integer'],
    ['ver', 'integer'],
    ['dty', 'integer'],
    ['usn', 'integer'],
    ['ls', 'integer'],
    ['conf', 'text'],
    ['models', 'text'],
    ['decks', 'text'],
    ['dconf', 'text'],
    ['tags', 'text'],
  ],
  notes: [
    ['id', 'integer'],
    ['guid', 'text'],
    ['mid', 'integer'],
    ['mod', 'integer'],
    ['usn', 'integer'],
    ['tags', 'text'],
    ['flds', 'text'],
    // Integer affinity on purpose: numbers in the sort field sort as numbers.
    ['sfld', 'integer'],
    ['csum', 'integer'],
    ['flags', 'integer'],
    ['data', 'text'],
  ],
  cards: [
    ...['id', 'nid', 'did', 'ord', 'mod', 'usn', 'type', 'queue', 'due', 'ivl', 'factor'],
    ...['reps', 'lapses', 'left', 'odue', 'odid', 'flags'],
  ]
    .map((name): [string, string] => [name, 'integer'])
    .concat([['data', 'text']]),
  revlog: ['id', 'cid', 'usn', 'ease', 'ivl', 'lastIvl', 'factor', 'time', 'type'].map((name) => [
    name,
    'integer',
  ]),
  graves: ['usn', 'oid', 'type'].map((name) => [name, 'integer']),
};

/** What Anki reads for a field's sort text and checksum: tags out, entities decoded, nothing trimmed. */
function ankiText(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ', '#39': "'" };
  return html
    .replace(/<[\s\S]*?>/g, '')
    .replace(/&(amp|lt|gt|quot|nbsp|#39);/g, (_, name) => entities[name]!);
}

const sha1Prefix = (text: string) =>
  Number.parseInt(createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 8), 16);

const isInt = (value: unknown) => Number.isSafeInteger(value);
const json = (text: unknown) => JSON.parse(String(text)) as Json;

interface Exported {
  db: Database.Database;
  entries: Record<string, Uint8Array>;
  home: string;
}

/**
 * A store with a card in every state (review, learning, relearning, new), notes whose decks clash
 * by title (`Same` / `same`, and one titled `Default`), text that needs NFC and escaping, then
 * `export --format apkg` of those decks.
 */
async function exportPackage(): Promise<Exported> {
  const home = tempDir();
  const notes = join(home, 'notes');
  mkdirSync(notes);
  const note = (deck: string, title: string, body: string) =>
    `---\ndeck: ${deck}\ntitle: ${title}\n---\n\n# ${title}\n\n${body}\n`;
  writeFileSync(
    join(notes, 'a.md'),
    note(
      'same-a',
      'Same',
      '## Layers & caches\n\nA layer is a read-only diff; the cafe\u0301 <b>keeps</b> it.',
    ),
  );
  writeFileSync(join(notes, 'b.md'), note('same-b', 'same', '## Tags\n\nA tag names one image   version.'));
  writeFileSync(
    join(notes, 'c.md'),
    note('default-deck', 'Default', '## Digests\n\nA digest pins an image.'),
  );
  const store = openStore(join(home, STORE_FILE));
  try {
    const at = (days: number, hours = 0) => new Date(T0 + days * DAY + hours * HOUR);
    // Review: three good answers days apart.
    for (const [day, grade] of [
      [0, Rating.Good],
      [2, Rating.Good],
      [7, Rating.Good],
    ] as const)
      answer(store, 'container-run', grade, at(day));
    // Relearning: a review card forgotten.
    for (const [day, grade] of [
      [0, Rating.Good],
      [3, Rating.Good],
      [20, Rating.Again],
    ] as const)
      answer(store, 'dockerfile-cmd', grade, at(day, 1));
    // Learning: a new card answered Hard, then Again.
    answer(store, 'image-build', Rating.Hard, at(27, 2));
    answer(store, 'image-build', Rating.Again, at(27, 3));
  } finally {
    closeStore(store);
  }
  const out = join(home, 'deck.apkg');
  const decks = ['container', 'dockerfile', 'image', 'same-a', 'same-b', 'default-deck'];
  const result = await run(
    ['--notes', notes, 'export', '--format', 'apkg', ...decks.flatMap((d) => ['--deck', d]), '--out', out],
    { home },
  );
  expect(result.status, result.stderr).toBe(0);
  const entries = unzipSync(readFileSync(out));
  const db = new Database(Buffer.from(entries['collection.anki2']!), { readonly: true });
  return { db, entries, home };
}

describe('an exported .apkg is a collection current Anki opens', () => {
  let pkg: Exported;
  let col: Row;
  let notes: Row[];
  let cards: Row[];
  let revlog: Row[];
  beforeAll(async () => {
    pkg = await exportPackage();
    col = pkg.db.prepare('SELECT * FROM col').get() as Row;
    notes = pkg.db.prepare('SELECT * FROM notes ORDER BY id').all() as Row[];
    cards = pkg.db.prepare('SELECT * FROM cards ORDER BY id').all() as Row[];
    revlog = pkg.db.prepare('SELECT * FROM revlog ORDER BY id').all() as Row[];
  }, 60_000);
  afterAll(() => pkg?.db.close());

  it('is a legacy package: collection.anki2 and a media map, nothing else', () => {
    expect(Object.keys(pkg.entries).sort()).toEqual(['collection.anki2', 'media']);
    expect(JSON.parse(new TextDecoder().decode(pkg.entries.media))).toEqual({});
    expect(pkg.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it("has schema 11's tables, with its columns, types and NOT NULLs, and its indexes", () => {
    const tables = pkg.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(Object.keys(SCHEMA_11).sort());
    for (const [table, columns] of Object.entries(SCHEMA_11)) {
      const info = pkg.db.pragma(`table_info(${table})`) as {
        name: string;
        type: string;
        notnull: number;
        pk: number;
      }[];
      expect(
        info.map((c) => [c.name, c.type.toLowerCase()]),
        table,
      ).toEqual(columns);
      expect(info.every((c) => c.notnull === 1 || c.pk === 1)).toBe(true);
      // The id is the rowid (INTEGER PRIMARY KEY), except for graves, which has none.
      expect(info.filter((c) => c.pk === 1).map((c) => c.name)).toEqual(table === 'graves' ? [] : ['id']);
    }
    const indexes = pkg.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'ix_%' ORDER BY name")
      .pluck()
      .all();
    expect(indexes).toEqual([
      'ix_cards_nid',
      'ix_cards_sched',
      'ix_cards_usn',
      'ix_notes_csum',
      'ix_notes_usn',
      'ix_revlog_cid',
      'ix_revlog_usn',
    ]);
  });

  it('col: one row of schema version 11, times in the right units, a scheduler that needs no upgrade', () => {
    expect(pkg.db.prepare('SELECT count(*) FROM col').pluck().get()).toBe(1);
    expect(col).toMatchObject({ id: 1, ver: 11, usn: 0, dty: 0, ls: 0 });
    // crt in seconds, at a UTC midnight, not after the first answer; mod and scm in milliseconds.
    expect(isInt(col.crt) && (col.crt as number) % 86_400 === 0).toBe(true);
    expect((col.crt as number) * 1000).toBeLessThanOrEqual(revlog[0]!.id as number);
    expect(col.mod).toBe(NOW_MS);
    expect(col.scm).toBe(NOW_MS);
    const conf = json(col.conf);
    // Without schedVer 2 Anki would take it for its v1 scheduler and convert the revlog on import.
    expect(conf).toMatchObject({ schedVer: 2, sched2021: true, creationOffset: 0, rollover: ROLLOVER });
    expect(conf.nextPos).toBe(cards.length + 1);
    expect(Object.keys(json(col.models))).toContain(String(conf.curModel));
    expect(json(col.decks)).toHaveProperty(String(conf.curDeck));
    // Every tag a note uses is in col.tags, with a usn.
    const used = new Set(notes.flatMap((n) => String(n.tags).split(' ').filter(Boolean)));
    const tags = json(col.tags);
    expect(Object.keys(tags).sort()).toEqual([...used].sort());
    expect(Object.values(tags).every(isInt)).toBe(true);
  });

  it('the note type: every key Anki requires, fields and templates in order, a sort field that exists', () => {
    const models = json(col.models);
    expect(Object.keys(models)).toHaveLength(1);
    for (const [key, value] of Object.entries(models)) {
      const model = value as Json;
      expect(model.id).toBe(Number(key));
      expect(model).toMatchObject({ type: 0, sortf: 0 });
      for (const field of ['name', 'css', 'latexPre', 'latexPost'])
        expect(typeof model[field], field).toBe('string');
      // Not Anki's stock 'Basic': no clash with it, no renaming on import.
      expect(model.name).not.toBe('Basic');
      expect(isInt(model.mod) && isInt(model.usn)).toBe(true);
      expect(model).toHaveProperty('did');
      const flds = model.flds as Json[];
      expect(flds.map((f) => f.ord)).toEqual(flds.map((_, i) => i));
      expect(new Set(flds.map((f) => String(f.name).toLowerCase())).size).toBe(flds.length);
      for (const f of flds) {
        expect(typeof f.sticky === 'boolean' && typeof f.rtl === 'boolean').toBe(true);
        expect(typeof f.font === 'string' && isInt(f.size)).toBe(true);
      }
      expect(model.sortf as number).toBeLessThan(flds.length);
      const tmpls = model.tmpls as Json[];
      expect(tmpls.map((t) => t.ord)).toEqual(tmpls.map((_, i) => i));
      for (const t of tmpls) {
        expect(typeof t.name).toBe('string');
        // The templates name fields the note type has.
        for (const ref of `${t.qfmt}${t.afmt}`.matchAll(/\{\{([^}#/^]+)\}\}/g))
          expect([...flds.map((f) => f.name), 'FrontSide']).toContain(ref[1]);
        expect(String(t.afmt)).toContain('{{FrontSide}}');
      }
      // Which fields each template needs: [template ord, 'any' | 'all' | 'none', [field ords]].
      for (const [ord, kind, fields] of model.req as [number, string, number[]][]) {
        expect(ord).toBeLessThan(tmpls.length);
        expect(['any', 'all', 'none']).toContain(kind);
        expect(fields.every((f) => f < flds.length)).toBe(true);
      }
    }
  });

  it("decks: Anki's Default, and one normal deck each, named uniquely whatever their case", () => {
    const decks = json(col.decks);
    const dconf = json(col.dconf);
    const names = Object.values(decks).map((d) => String((d as Json).name));
    expect(names).toContain('Default');
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    // The three note decks titled Same, same and Default stay three decks with names of their own.
    expect(names.filter((n) => /^same\b/i.test(n))).toHaveLength(2);
    expect(names.filter((n) => /^Default\b/.test(n))).toHaveLength(2);
    expect((decks['1'] as Json).name).toBe('Default');
    for (const [key, value] of Object.entries(decks)) {
      const deck = value as Json;
      expect(deck.id).toBe(Number(key));
      expect(deck.dyn).toBe(0);
      expect(Object.keys(dconf)).toContain(String(deck.conf));
      for (const day of ['newToday', 'revToday', 'lrnToday', 'timeToday']) {
        expect(Array.isArray(deck[day]) && (deck[day] as unknown[]).every(isInt), day).toBe(true);
        expect(deck[day]).toHaveLength(2);
      }
      expect(typeof deck.collapsed === 'boolean' && typeof deck.browserCollapsed === 'boolean').toBe(true);
      expect(typeof deck.desc).toBe('string');
      expect(isInt(deck.mod) && isInt(deck.usn) && isInt(deck.extendNew) && isInt(deck.extendRev)).toBe(true);
    }
    // Every card is in one of these decks, none in a filtered one.
    expect(cards.every((c) => Object.keys(decks).includes(String(c.did)))).toBe(true);
  });

  it('deck options: every key the old format requires, of the right kind', () => {
    for (const [key, value] of Object.entries(json(col.dconf))) {
      const conf = value as Json;
      expect(conf.id).toBe(Number(key));
      expect(typeof conf.name).toBe('string');
      expect(isInt(conf.mod) && isInt(conf.usn) && isInt(conf.maxTaken) && isInt(conf.timer)).toBe(true);
      expect(typeof conf.autoplay).toBe('boolean');
      const { new: fresh, rev, lapse } = conf as { new: Json; rev: Json; lapse: Json };
      expect((fresh.delays as unknown[]).every((d) => typeof d === 'number')).toBe(true);
      expect((fresh.ints as unknown[]).length).toBeGreaterThanOrEqual(2);
      expect(
        isInt(fresh.initialFactor) && isInt(fresh.perDay) && [0, 1].includes(fresh.order as number),
      ).toBe(true);
      for (const k of ['ease4', 'ivlFct', 'maxIvl', 'perDay']) expect(typeof rev[k], k).toBe('number');
      expect((lapse.delays as unknown[]).every((d) => typeof d === 'number')).toBe(true);
      for (const k of ['leechFails', 'minInt', 'mult']) expect(typeof lapse[k], k).toBe('number');
      expect([0, 1]).toContain(lapse.leechAction);
    }
  });

  it('notes: creation-time ids, guids that are card ids, two NFC fields joined by 0x1f, sort field and checksum as Anki computes them', async () => {
    const { json: listed } = await runJson<{ id: string }[]>(
      ['--notes', join(pkg.home, 'notes'), 'cards', '--json'],
      {
        home: pkg.home,
      },
    );
    const ids = new Set(listed.map((c) => c.id));
    const models = json(col.models);
    expect(new Set(notes.map((n) => n.guid)).size).toBe(notes.length);
    for (const note of notes) {
      expect(ids.has(String(note.guid))).toBe(true);
      // Ids are creation times in ms: not before the collection, not in the future.
      expect(note.id as number).toBeGreaterThanOrEqual((col.crt as number) * 1000);
      expect(note.id as number).toBeLessThanOrEqual(NOW_MS);
      expect(Object.keys(models)).toContain(String(note.mid));
      expect(note).toMatchObject({ mod: Math.floor(NOW_MS / 1000), flags: 0, data: '' });
      const fields = String(note.flds).split('\u001f');
      expect(fields).toHaveLength(((models[String(note.mid)] as Json).flds as unknown[]).length);
      for (const field of fields) {
        expect(field).toBe(field.normalize('NFC'));
        expect(field).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
      }
      expect(String(note.sfld)).toBe(ankiText(fields[0]!));
      expect(note.csum).toBe(sha1Prefix(ankiText(fields[0]!)));
      // Tags: blank, or space-separated between a leading and a trailing space.
      expect(note.tags === '' || /^ (\S+ )+$/.test(String(note.tags))).toBe(true);
    }
    const layers = notes.find((n) => String(n.flds).includes('Layers'))!;
    expect(String(layers.sfld)).toBe('Layers & caches');
    expect(String(layers.flds)).toContain('caf\u00e9');
    // The note's raw HTML is shown as text, so Anki's text keeps it as the note wrote it.
    expect(String(layers.flds)).toContain('&lt;b&gt;keeps&lt;/b&gt;');
  });

  it('cards: one per note; type, queue and due agree; new ones by position, review ones by Anki day', () => {
    expect(cards).toHaveLength(notes.length);
    expect(new Set(cards.map((c) => c.nid)).size).toBe(cards.length);
    const noteIds = new Set(notes.map((n) => n.id));
    const ankiDay = (ms: number) => Math.floor((ms - (col.crt as number) * 1000 - ROLLOVER * HOUR) / DAY);
    const states = historiesOf(pkg.home);
    const guidOf = new Map(notes.map((n) => [n.id, String(n.guid)]));
    const byType = new Map<number, number>();
    for (const card of cards) {
      expect(noteIds.has(card.nid)).toBe(true);
      expect(card.id as number).toBeLessThanOrEqual(NOW_MS);
      expect(card).toMatchObject({ ord: 0, odue: 0, odid: 0, flags: 0, mod: Math.floor(NOW_MS / 1000) });
      for (const column of ['due', 'ivl', 'factor', 'reps', 'lapses', 'left'])
        expect(isInt(card[column]), column).toBe(true);
      expect(card.lapses as number).toBeLessThanOrEqual(card.reps as number);
      const type = card.type as number;
      byType.set(type, (byType.get(type) ?? 0) + 1);
      const data = json(card.data);
      const state = states[guidOf.get(card.nid)!]?.state;
      if (type === 0) {
        expect(card).toMatchObject({ queue: 0, ivl: 0, reps: 0, left: 0 });
        expect(card.due as number).toBeGreaterThan(0);
        expect(card.due as number).toBeLessThan(1_000_000);
        expect(data).toEqual({});
        continue;
      }
      // Answered cards carry FSRS's memory as Anki keeps it.
      expect(data.s as number).toBeGreaterThan(0);
      expect(data.d as number).toBeGreaterThanOrEqual(1);
      expect(data.d as number).toBeLessThanOrEqual(10);
      expect(data.decay as number).toBeGreaterThan(0);
      expect(data.decay as number).toBeLessThan(1);
      expect(data.lrt).toBe(Math.floor(state!.last_review_ms! / 1000));
      expect(card.factor).toBe(type === 1 ? 0 : 2500);
      if (type === 2) {
        // A review card is due on a day number counted from crt, each day from the rollover hour.
        expect(card).toMatchObject({ queue: 2, left: 0 });
        expect(card.due).toBe(ankiDay(state!.due_ms));
        expect(card.due as number).toBeLessThan(100_000);
        expect(card.ivl).toBe(state!.scheduled_days);
        expect(card.ivl as number).toBeGreaterThanOrEqual(1);
      } else {
        // Learning (1) and relearning (3) cards are due at an epoch second, with a step left.
        expect(card.queue).toBe(1);
        expect(card.due).toBe(Math.floor(state!.due_ms / 1000));
        expect(card.due as number).toBeGreaterThan(1_000_000_000);
        expect((card.left as number) % 1000).toBeGreaterThanOrEqual(1);
        if (type === 3) expect(card.ivl as number).toBeGreaterThanOrEqual(1);
      }
    }
    expect(Object.fromEntries(byType)).toMatchObject({ 1: 1, 2: 1, 3: 1 });
  });

  it('revlog: answers at their own times, eases 1–4, intervals that follow each other, FSRS difficulty as factor', () => {
    const histories = historiesOf(pkg.home);
    const cardOf = new Map(cards.map((c) => [c.id, c]));
    const guidOf = new Map(notes.map((n) => [n.id, String(n.guid)]));
    expect(new Set(revlog.map((r) => r.id)).size).toBe(revlog.length);
    for (const row of revlog) {
      expect(cardOf.has(row.cid)).toBe(true);
      expect(row.id as number).toBeLessThanOrEqual(NOW_MS);
      expect(row.usn).toBe(-1);
      expect([1, 2, 3, 4]).toContain(row.ease);
      expect([0, 1, 2]).toContain(row.type);
      expect(isInt(row.ivl) && row.ivl !== 0 && isInt(row.lastIvl)).toBe(true);
      expect(row.time as number).toBeGreaterThanOrEqual(0);
      expect(row.time as number).toBeLessThanOrEqual(60_000);
      expect(row.factor as number).toBeGreaterThanOrEqual(100);
      expect(row.factor as number).toBeLessThanOrEqual(1100);
    }
    for (const card of cards.filter((c) => c.type !== 0)) {
      const rows = revlog.filter((r) => r.cid === card.id);
      const reviews = histories[guidOf.get(card.nid as number)!]!.reviews;
      expect(rows.map((r) => [r.id, r.ease])).toEqual(reviews.map((r) => [r.reviewed_ms, r.rating]));
      expect(rows.length).toBe(card.reps);
      expect(rows[0]!.lastIvl).toBe(0);
      expect(rows.slice(1).map((r) => r.lastIvl)).toEqual(rows.slice(0, -1).map((r) => r.ivl));
      // The first answer is to a new card (type learning); a review card's last interval is its ivl.
      expect(rows[0]!.type).toBe(0);
      if (card.type === 2) expect(rows.at(-1)!.ivl).toBe(card.ivl);
      // Difficulty after the answer, as Anki's FSRS writes it: (d - 1) / 9 + 0.1, in thousandths.
      expect(rows.map((r) => r.factor)).toEqual(
        reviews.map((r) => Math.round(((r.difficulty_after - 1) / 9 + 0.1) * 1000)),
      );
      // Every answer falls on or after day 0 of the collection.
      const first = rows[0]!.id as number;
      expect(first - (col.crt as number) * 1000 - ROLLOVER * HOUR).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('ankiFieldText: the text Anki sorts and checks duplicates by', () => {
  it('drops tags without a trace, keeps media file names, decodes entities, trims nothing', () => {
    expect(ankiFieldText('<p>a</p>\n<p>b  c</p>')).toBe('a\nb  c');
    expect(ankiFieldText('x<br>y')).toBe('xy');
    expect(ankiFieldText('see <img alt="d" src="diagram.png"> here')).toBe('see  diagram.png  here');
    expect(ankiFieldText("<audio src='a.mp3'></audio>")).toBe(' a.mp3 ');
    expect(ankiFieldText('<!-- note -->t<script>alert(1)</script><style>p{}</style>!')).toBe('t!');
    expect(ankiFieldText('&lt;b&gt; &amp;&nbsp;&#39;q&#39;')).toBe("<b> & 'q'");
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readReviews, removeTempDirs, run, runJson, tempDir } from '../cli/helpers.js';
import {
  ANKI,
  historiesOf,
  schema11Collection,
  schema18Collection,
  seedHistory,
  T0,
  zipOf,
  zstdRawFrame,
} from './helpers.js';

afterAll(removeTempDirs);

interface NoteRow {
  id: number;
  guid: string;
  mid: number;
  flds: string;
}
interface CardRow {
  id: number;
  nid: number;
  did: number;
  type: number;
  queue: number;
  due: number;
  ivl: number;
  reps: number;
  lapses: number;
}
interface RevlogRow {
  id: number;
  cid: number;
  ease: number;
  ivl: number;
  lastIvl: number;
  time: number;
  type: number;
}

describe('export --format apkg', () => {
  it('writes a zip with collection.anki2 and media whose notes, cards and revlog match the store', async () => {
    const home = tempDir();
    const answered = seedHistory(home);
    const out = join(tempDir(), 'dockstudy.apkg');
    const result = await run(
      ['export', '--format', 'apkg', '--deck', 'container', '--deck', 'dockerfile', '--out', out],
      {
        home,
      },
    );
    expect(result.status, result.stderr).toBe(0);
    const entries = unzipSync(readFileSync(out));
    expect(Object.keys(entries).sort()).toEqual(['collection.anki2', 'media']);
    expect(new TextDecoder().decode(entries.media)).toBe('{}');
    const db = new Database(Buffer.from(entries['collection.anki2'] as Uint8Array), { readonly: true });
    const { json: listed } = await runJson<{ id: string; deck: string }[]>(['cards', '--json'], { home });
    const expected = listed.filter((c) => c.deck === 'container' || c.deck === 'dockerfile');

    const notes = db.prepare('SELECT id, guid, mid, flds FROM notes').all() as NoteRow[];
    expect(notes.map((n) => n.guid).sort()).toEqual(expected.map((c) => c.id).sort());
    const col = db.prepare('SELECT crt, models, decks FROM col').get() as {
      crt: number;
      models: string;
      decks: string;
    };
    const models = JSON.parse(col.models);
    expect(Object.values(models).map((m) => (m as { name: string }).name)).toEqual(['dockstudy Basic']);
    const deckNames = Object.values(JSON.parse(col.decks)).map((d) => (d as { name: string }).name);
    expect(deckNames).toContain('Default');
    expect(deckNames.length).toBe(3);
    const run1 = notes.find((n) => n.guid === 'container-run') as NoteRow;
    expect(run1.flds.split('\u001f')).toHaveLength(2);
    expect(run1.flds).toContain('<pre><code');

    const cards = db.prepare('SELECT * FROM cards').all() as CardRow[];
    expect(cards).toHaveLength(notes.length);
    const cardOf = (guid: string) => {
      const note = notes.find((n) => n.guid === guid) as NoteRow;
      return cards.find((c) => c.nid === note.id) as CardRow;
    };
    const histories = historiesOf(home);
    const revlog = db.prepare('SELECT * FROM revlog ORDER BY id').all() as RevlogRow[];
    const inDecks = answered.filter((id) => expected.some((c) => c.id === id));
    expect(revlog).toHaveLength(inDecks.length * 3);
    for (const id of inDecks) {
      const state = histories[id]?.state;
      const card = cardOf(id);
      expect(card.reps).toBe(state?.reps);
      expect(card.lapses).toBe(state?.lapses);
      const rows = revlog.filter((r) => r.cid === card.id);
      const reviews = histories[id]?.reviews ?? [];
      expect(rows.map((r) => r.id)).toEqual(reviews.map((r) => r.reviewed_ms));
      expect(rows.map((r) => r.ease)).toEqual(reviews.map((r) => r.rating));
      expect(rows.map((r) => r.time)).toEqual(reviews.map((r) => r.duration_ms));
      // Each interval follows from the one before it.
      expect(rows.slice(1).map((r) => r.lastIvl)).toEqual(rows.slice(0, -1).map((r) => r.ivl));
      if (state?.state === 2) {
        expect([card.type, card.queue]).toEqual([2, 2]);
        // Anki's day number: days from crt, each starting at 04:00 (the tests run in UTC).
        expect(card.due).toBe(Math.floor((state.due_ms - col.crt * 1000 - 4 * 3_600_000) / 86_400_000));
        expect(card.ivl).toBe(state.scheduled_days);
      } else {
        expect(card.queue).toBe(1);
        expect(card.due).toBe(Math.floor((state?.due_ms ?? 0) / 1000));
      }
    }
    // A card never answered is new, due by its position.
    const fresh = cards.filter((c) => c.type === 0);
    expect(fresh.length).toBe(cards.length - inDecks.length);
    expect(fresh.every((c) => c.queue === 0 && c.due > 0)).toBe(true);
    db.close();
  });

  it('needs --out', async () => {
    const result = await run(['export', '--format', 'apkg']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--out');
  });

  it('comes back in on the same cards: nothing new, the history already there', async () => {
    const home = tempDir();
    seedHistory(home);
    const out = join(tempDir(), 'back.apkg');
    await run(['export', '--format', 'apkg', '--deck', 'container', '--out', out], { home });
    const before = historiesOf(home);
    const result = await run(['import', out], { home });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/cards 0 added, 0 updated, \d+ skipped; reviews 0 added, 3 skipped/);
    expect(historiesOf(home)).toEqual(before);
  });
});

describe('import of an Anki package', () => {
  const variants: [string, () => Record<string, Uint8Array | string>][] = [
    ['collection.anki2', () => ({ 'collection.anki2': schema11Collection(), media: '{}' })],
    [
      'collection.anki21',
      () => ({
        'collection.anki2': new Uint8Array(),
        'collection.anki21': schema11Collection(),
        media: '{}',
      }),
    ],
    [
      'collection.anki21b (zstd)',
      // The stub anki2 beside it is what old Ankis would read; the real collection is the zstd one.
      () => ({
        'collection.anki2': schema11Collection().subarray(0, 0),
        'collection.anki21b': zstdRawFrame(schema18Collection()),
        media: '',
      }),
    ],
  ];

  it.each(variants)(
    '%s: notes become cards of a deck named after the Anki deck, revlog our history',
    async (_, make) => {
      const home = tempDir();
      const file = join(tempDir(), 'networks.apkg');
      writeFileSync(file, zipOf(make()));
      const result = await run(['import', file], { home });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain('cards 3 added, 0 updated, 0 skipped; reviews 3 added, 0 skipped');

      const { json: decks } = await runJson<{ id: string; title: string; cards: number; origin: string }[]>(
        ['decks', '--json', '--no-builtin'],
        { home },
      );
      expect(decks).toEqual([
        expect.objectContaining({
          id: 'docker-networks',
          title: 'Docker::Networks',
          cards: 3,
          origin: 'imported',
        }),
      ]);
      const { json: cards } = await runJson<{ id: string; front: string; back: string; tags: string[] }[]>(
        ['cards', 'docker-networks', '--json'],
        { home },
      );
      const find = (start: string) => cards.find((c) => c.front.startsWith(start));
      const [basic, cloze, hostile] = [find('Which'), find('Publish'), find('List')];
      expect(basic?.front).toBe('Which driver joins containers on one host?');
      expect(basic?.back).toBe('**bridge**\nthe default\n\n[image: net.png]');
      expect(basic?.tags).toEqual(['networking', 'anki']);
      expect(cloze?.front).toBe('Publish with [flag] on the host');
      expect(cloze?.back).toBe('Publish with **-p** on the host');
      // The script is gone, and the escape sequence with all its parameters.
      expect(hostile?.front).toBe('List networks');
      expect(hostile?.back).toBe('```\ndocker network ls\n<none>\n```');

      // The answered note's history, replayed through FSRS at Anki's own times.
      const reviews = readReviews(home);
      expect(reviews.map((r) => [r.card_id, r.rating, r.reviewed_ms])).toEqual(
        ANKI.revlog.filter((r) => r.ease > 0).map((r) => [basic?.id, r.ease, r.id]),
      );
      const state = historiesOf(home)[basic?.id ?? '']?.state;
      expect(state?.state).toBe(2);
      expect(state?.last_review_ms).toBe(T0 + 3 * 86_400_000);

      // Shows up everywhere without --notes, and a second import changes nothing.
      const stats = await runJson<{ cards: { total: number } }>(
        ['stats', '--deck', 'docker-networks', '--json'],
        { home },
      );
      expect(JSON.stringify(stats.json)).toContain('"total":3');
      const queue = await runJson<{ due: number; cards: unknown[] }>(
        ['review', '--due', '--json', '--no-builtin'],
        {
          home,
        },
      );
      expect(JSON.stringify(queue.json.cards)).toContain(`"${basic?.id}"`);
      const again = await run(['import', file], { home });
      expect(again.stdout).toContain('cards 0 added, 0 updated, 3 skipped; reviews 0 added, 3 skipped');
    },
  );

  it('a JSON backup carries imported decks to another machine, content and history', async () => {
    const a = tempDir();
    const apkg = join(tempDir(), 'networks.apkg');
    writeFileSync(apkg, zipOf({ 'collection.anki2': schema11Collection(), media: '{}' }));
    await run(['import', apkg], { home: a });
    const backup = join(tempDir(), 'a.json');
    writeFileSync(backup, (await run(['export'], { home: a })).stdout);
    const b = tempDir();
    const result = await run(['import', backup], { home: b });
    expect(result.status, result.stderr).toBe(0);
    const cardsOf = async (home: string) =>
      (await runJson<unknown[]>(['cards', 'docker-networks', '--json'], { home })).json;
    expect(await cardsOf(b)).toEqual(await cardsOf(a));
    expect(historiesOf(b)).toEqual(historiesOf(a));
  });
});

import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { Rating } from '../../src/srs/index.js';
import { closeStore, loadStates, openStore } from '../../src/store/index.js';
import {
  LATEST_SCHEMA_VERSION as LATEST,
  MIGRATIONS,
  migrate,
  schemaVersion,
} from '../../src/store/migrations.js';
import { answer, NOW, tempDir } from './helpers.js';

function columns(db: Database.Database, table: string): string[] {
  return (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
}

function indexes(db: Database.Database): string[] {
  return (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
      .all() as {
      name: string;
    }[]
  ).map((row) => row.name);
}

describe('migrations', () => {
  test('versions run 1, 2, 3… with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  test('v1 from nothing: the tables, columns and indexes the store relies on', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    expect(schemaVersion(db)).toBe(1);
    expect(columns(db, 'card_state')).toEqual([
      'card_id',
      'due_ms',
      'stability',
      'difficulty',
      'elapsed_days',
      'scheduled_days',
      'learning_steps',
      'reps',
      'lapses',
      'state',
      'last_review_ms',
      'updated_ms',
    ]);
    expect(columns(db, 'review_log')).toEqual([
      'id',
      'card_id',
      'reviewed_ms',
      'rating',
      'state_before',
      'state_after',
      'due_before_ms',
      'due_after_ms',
      'stability_after',
      'difficulty_after',
      'elapsed_days',
      'scheduled_days',
      'duration_ms',
      'source',
      'card_before',
    ]);
    expect(columns(db, 'config')).toEqual(['key', 'value']);
    expect(indexes(db)).toEqual(['card_state_by_due', 'review_log_by_card', 'review_log_by_time']);
    db.close();
  });

  test('v6: card marks (suspended, buried until, flagged, tags), one row a marked card', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(schemaVersion(db)).toBe(LATEST);
    expect(columns(db, 'card_mark')).toEqual([
      'card_id',
      'suspended',
      'buried_until_ms',
      'flagged',
      'tags',
      'updated_ms',
    ]);
    expect(() =>
      db.exec(`INSERT INTO card_mark (card_id, suspended, updated_ms) VALUES ('a', 2, 0)`),
    ).toThrow();
    db.close();
  });

  test('v2: user cards by note, kind and fingerprint; answers may be re-keyed, never edited', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 2));
    expect(schemaVersion(db)).toBe(2);
    expect(columns(db, 'user_card')).toEqual(['card_id', 'note', 'kind', 'fingerprint', 'seen_ms']);
    db.exec(`INSERT INTO card_state VALUES ('a', 0, 1, 1, 0, 0, 0, 1, 0, 2, 0, 0), ('b', 0, 1, 1, 0, 0, 0, 1, 0, 2, 0, 0);
      INSERT INTO review_log (card_id, reviewed_ms, rating, state_before, state_after, due_after_ms, stability_after,
        difficulty_after, elapsed_days, scheduled_days, duration_ms, source, card_before)
      VALUES ('a', 1, 3, 0, 2, 5, 1, 1, 0, 1, 10, 'review', '{"card_id":"a","reps":0}');`);
    db.exec(`UPDATE review_log SET card_id = 'b', card_before = json_set(card_before, '$.card_id', 'b')`);
    expect(db.prepare('SELECT card_id, card_before FROM review_log').get()).toEqual({
      card_id: 'b',
      card_before: '{"card_id":"b","reps":0}',
    });
    expect(() => db.exec('UPDATE review_log SET rating = 4')).toThrow(/append-only/);
    expect(() => db.exec(`UPDATE review_log SET card_before = '{"card_id":"b","reps":9}'`)).toThrow(
      /append-only/,
    );
    db.close();
  });

  test('v3: a quiz answer keeps its text and override; rows before it have neither; still append-only', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 2));
    const insert = (values: string, extra = '') =>
      db.exec(`INSERT INTO review_log (card_id, reviewed_ms, rating, state_before, state_after, due_after_ms,
        stability_after, difficulty_after, elapsed_days, scheduled_days, duration_ms, source${extra})
        VALUES ${values};`);
    db.exec(`INSERT INTO card_state VALUES ('a', 0, 1, 1, 0, 0, 0, 1, 0, 2, 0, 0);`);
    insert(`('a', 1, 3, 0, 2, 5, 1, 1, 0, 1, 10, 'review')`);
    migrate(db, MIGRATIONS.slice(0, 3));
    expect(schemaVersion(db)).toBe(3);
    expect(columns(db, 'review_log').slice(-3)).toEqual(['card_before', 'answer_text', 'overridden']);
    expect(indexes(db)).toContain('review_log_overridden');
    insert(`('a', 2, 3, 2, 2, 9, 1, 1, 0, 1, 10, 'quiz', 'docker ps', 1)`, ', answer_text, overridden');
    expect(db.prepare('SELECT answer_text, overridden FROM review_log ORDER BY id').all()).toEqual([
      { answer_text: null, overridden: null },
      { answer_text: 'docker ps', overridden: 1 },
    ]);
    expect(() =>
      insert(`('a', 3, 3, 2, 2, 9, 1, 1, 0, 1, 10, 'quiz', 'x', 2)`, ', answer_text, overridden'),
    ).toThrow(/CHECK/);
    expect(() => db.exec("UPDATE review_log SET answer_text = 'docker ps -a'")).toThrow(/append-only/);
    expect(() => db.exec('UPDATE review_log SET overridden = 0')).toThrow(/append-only/);
    expect(() => db.exec('UPDATE review_log SET rating = 1')).toThrow(/append-only/);
    // Re-keying a card (v2) still works.
    db.exec(`INSERT INTO card_state VALUES ('b', 0, 1, 1, 0, 0, 0, 1, 0, 2, 0, 0);`);
    db.exec(`UPDATE review_log SET card_id = 'b'`);
    db.close();
  });

  test('v4: remembered notes, one row a path', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 4));
    expect(schemaVersion(db)).toBe(4);
    expect(columns(db, 'remembered_note')).toEqual(['path', 'added_ms']);
    db.exec("INSERT INTO remembered_note VALUES ('/notes', 1)");
    expect(() => db.exec("INSERT INTO remembered_note VALUES ('/notes', 2)")).toThrow(/UNIQUE/);
    db.close();
  });

  test('a store upgrades to a later version, keeping its data', () => {
    const file = join(tempDir(), 'dockstudy.db');
    const store = openStore(file);
    answer(store, 'a', Rating.Good, NOW);
    const next = {
      version: LATEST + 1,
      sql: "ALTER TABLE card_state ADD COLUMN flag TEXT NOT NULL DEFAULT ''",
    };
    migrate(store.db, [...MIGRATIONS, next]);
    expect(schemaVersion(store.db)).toBe(LATEST + 1);
    expect(columns(store.db, 'card_state')).toContain('flag');
    expect(loadStates(store).has('a')).toBe(true);
    migrate(store.db, [...MIGRATIONS, next]); // already there: nothing happens
    expect(schemaVersion(store.db)).toBe(LATEST + 1);
    closeStore(store);
  });

  test('a failing migration changes nothing, not even the version', () => {
    const store = openStore(join(tempDir(), 'dockstudy.db'));
    const broken = [
      ...MIGRATIONS,
      { version: LATEST + 1, sql: 'CREATE TABLE extra (x)' },
      { version: LATEST + 2, sql: 'THIS IS NOT SQL' },
    ];
    expect(() => migrate(store.db, broken)).toThrow();
    expect(schemaVersion(store.db)).toBe(LATEST);
    expect(store.db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'extra'").get()).toEqual({
      n: 0,
    });
    closeStore(store);
  });
});

import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { Rating } from '../../src/srs/index.js';
import { closeStore, loadStates, openStore } from '../../src/store/index.js';
import { MIGRATIONS, migrate, schemaVersion } from '../../src/store/migrations.js';
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
    migrate(db);
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

  test('a v1 store upgrades to a later version, keeping its data', () => {
    const file = join(tempDir(), 'dockstudy.db');
    const store = openStore(file);
    answer(store, 'a', Rating.Good, NOW);
    const v2 = { version: 2, sql: "ALTER TABLE card_state ADD COLUMN flag TEXT NOT NULL DEFAULT ''" };
    migrate(store.db, [...MIGRATIONS, v2]);
    expect(schemaVersion(store.db)).toBe(2);
    expect(columns(store.db, 'card_state')).toContain('flag');
    expect(loadStates(store).has('a')).toBe(true);
    migrate(store.db, [...MIGRATIONS, v2]); // already there: nothing happens
    expect(schemaVersion(store.db)).toBe(2);
    closeStore(store);
  });

  test('a failing migration changes nothing, not even the version', () => {
    const store = openStore(join(tempDir(), 'dockstudy.db'));
    const broken = [
      ...MIGRATIONS,
      { version: 2, sql: 'CREATE TABLE extra (x)' },
      { version: 3, sql: 'THIS IS NOT SQL' },
    ];
    expect(() => migrate(store.db, broken)).toThrow();
    expect(schemaVersion(store.db)).toBe(1);
    expect(store.db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'extra'").get()).toEqual({
      n: 0,
    });
    closeStore(store);
  });
});

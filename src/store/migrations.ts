// The schema's history, oldest first. The database's PRAGMA user_version names the
// last one applied; opening a store applies the rest, all in one transaction.

import type Database from 'better-sqlite3';
import { SCHEMA_V1_SQL } from './schema.sql.js';

export interface Migration {
  version: number;
  sql: string;
}

// v2: user-note cards remembered by note, kind and fingerprint (card-identity.ts), so that a renamed
// card keeps its history; review rows may then be re-keyed to the card's new id, and only that: the
// append-only trigger now names every other column, and card_before may change only in its card_id.
const USER_CARD_IDENTITY_SQL = `
CREATE TABLE user_card (
  card_id     TEXT    NOT NULL PRIMARY KEY,
  note        TEXT    NOT NULL,
  kind        TEXT    NOT NULL,
  fingerprint TEXT    NOT NULL,
  seen_ms     INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX user_card_by_note ON user_card (note);

DROP TRIGGER review_log_append_only;
CREATE TRIGGER review_log_append_only
BEFORE UPDATE OF id, reviewed_ms, rating, state_before, state_after, due_before_ms, due_after_ms,
  stability_after, difficulty_after, elapsed_days, scheduled_days, duration_ms, source ON review_log
BEGIN
  SELECT RAISE(ABORT, 'review_log is append-only');
END;
CREATE TRIGGER review_log_rekey_only
BEFORE UPDATE OF card_before ON review_log
WHEN json_remove(OLD.card_before, '$.card_id') IS NOT json_remove(NEW.card_before, '$.card_id')
BEGIN
  SELECT RAISE(ABORT, 'review_log is append-only');
END;
`;

// v3: a quiz answer keeps what the learner typed, and whether they overrode a wrong verdict ("I was
// right": recorded as Good), so that wrong verdicts can be found later. Both NULL on rows from before
// and on review/card answers. The append-only trigger is made again to name the two new columns.
const QUIZ_ANSWER_TEXT_SQL = `
ALTER TABLE review_log ADD COLUMN answer_text TEXT;
ALTER TABLE review_log ADD COLUMN overridden INTEGER CHECK (overridden IN (0, 1));

CREATE INDEX review_log_overridden ON review_log (reviewed_ms) WHERE overridden = 1;

DROP TRIGGER review_log_append_only;
CREATE TRIGGER review_log_append_only
BEFORE UPDATE OF id, reviewed_ms, rating, state_before, state_after, due_before_ms, due_after_ms,
  stability_after, difficulty_after, elapsed_days, scheduled_days, duration_ms, source, answer_text,
  overridden ON review_log
BEGIN
  SELECT RAISE(ABORT, 'review_log is append-only');
END;
`;

// v4 (remembered notes): the paths `dockstudy notes add` keeps, loaded by every command as if given
// with --notes. Self-contained: one new table, nothing else changes.
const REMEMBERED_NOTES_SQL = `
CREATE TABLE remembered_note (
  path     TEXT    NOT NULL PRIMARY KEY,
  added_ms INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
`;

// v5: cards brought in by `dockstudy import` (an Anki package or text export, or a backup's imported
// cards). They live here rather than in a note, so they load without --notes. summary and key_terms
// (a JSON array) are what the notes stage derives from the back, kept so that loading needs no parser.
const IMPORTED_CARD_SQL = `
CREATE TABLE imported_card (
  card_id     TEXT    NOT NULL PRIMARY KEY,
  deck        TEXT    NOT NULL,
  deck_title  TEXT    NOT NULL,
  kind        TEXT    NOT NULL,
  front       TEXT    NOT NULL,
  back        TEXT    NOT NULL,
  summary     TEXT    NOT NULL,
  key_terms   TEXT    NOT NULL,
  lang        TEXT    NOT NULL CHECK (lang IN ('ko', 'en')),
  tags        TEXT    NOT NULL,
  origin      TEXT    NOT NULL,
  imported_ms INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
`;

// v6: what the learner did to a card besides answering it (review's s, b and f keys, and leeches):
// suspended, buried until a time, flagged, and tags (space-separated, e.g. `leech`). A row exists
// only while one of these is set.
const CARD_MARKS_SQL = `
CREATE TABLE card_mark (
  card_id         TEXT    NOT NULL PRIMARY KEY,
  suspended       INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1)),
  buried_until_ms INTEGER,
  flagged         INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
  tags            TEXT    NOT NULL DEFAULT '',
  updated_ms      INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
`;

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, sql: SCHEMA_V1_SQL },
  { version: 2, sql: USER_CARD_IDENTITY_SQL },
  { version: 3, sql: QUIZ_ANSWER_TEXT_SQL },
  { version: 4, sql: REMEMBERED_NOTES_SQL },
  { version: 5, sql: IMPORTED_CARD_SQL },
  { version: 6, sql: CARD_MARKS_SQL },
];

export function latestVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.at(-1)?.version ?? 0;
}

export const LATEST_SCHEMA_VERSION = latestVersion();

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings `db` up to the last migration; a no-op when it is there already. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): void {
  if (schemaVersion(db) >= latestVersion(migrations)) return;
  db.transaction(() => {
    // Read again under the write lock: another process may have migrated meanwhile.
    const current = schemaVersion(db);
    for (const migration of migrations) {
      if (migration.version <= current) continue;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
}

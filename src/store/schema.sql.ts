// Schema version 1: the tables as first released. Later versions are migrations
// (see migrations.ts); this text never changes once shipped.
//
// Times are integer epoch milliseconds (`_ms`), FSRS day counts are integers (`_days`).
// card_state is WITHOUT ROWID so its due_ms index carries card_id: the due query never
// touches the table.

export const SCHEMA_V1_SQL = `
CREATE TABLE card_state (
  card_id        TEXT    NOT NULL PRIMARY KEY,
  due_ms         INTEGER NOT NULL,
  stability      REAL    NOT NULL,
  difficulty     REAL    NOT NULL,
  elapsed_days   INTEGER NOT NULL,
  scheduled_days INTEGER NOT NULL,
  learning_steps INTEGER NOT NULL,
  reps           INTEGER NOT NULL,
  lapses         INTEGER NOT NULL,
  state          INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),
  last_review_ms INTEGER,
  updated_ms     INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE INDEX card_state_by_due ON card_state (due_ms, state);

CREATE TABLE review_log (
  id               INTEGER PRIMARY KEY,
  card_id          TEXT    NOT NULL REFERENCES card_state (card_id),
  reviewed_ms      INTEGER NOT NULL,
  rating           INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
  state_before     INTEGER NOT NULL CHECK (state_before BETWEEN 0 AND 3),
  state_after      INTEGER NOT NULL CHECK (state_after BETWEEN 0 AND 3),
  due_before_ms    INTEGER,
  due_after_ms     INTEGER NOT NULL,
  stability_after  REAL    NOT NULL,
  difficulty_after REAL    NOT NULL,
  elapsed_days     INTEGER NOT NULL,
  scheduled_days   INTEGER NOT NULL,
  duration_ms      INTEGER NOT NULL CHECK (duration_ms >= 0),
  source           TEXT    NOT NULL CHECK (source IN ('review', 'quiz', 'card')),
  -- The whole card_state row before this answer, as JSON; NULL when the card was new.
  -- Undo restores it exactly.
  card_before      TEXT
) STRICT;

CREATE INDEX review_log_by_card ON review_log (card_id, reviewed_ms);
-- Leads with reviewed_ms for time ranges and covers the per-day statistics.
CREATE INDEX review_log_by_time ON review_log (reviewed_ms, state_before, rating);

-- Answers are history: they are never edited. Undo deletes the last one, nothing else.
CREATE TRIGGER review_log_append_only BEFORE UPDATE ON review_log
BEGIN
  SELECT RAISE(ABORT, 'review_log is append-only');
END;

CREATE TABLE config (
  key   TEXT NOT NULL PRIMARY KEY,
  value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
`;

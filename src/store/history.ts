// Review history as the statistics need it, summed per study day inside SQLite so a
// million log rows never cross into JavaScript.

import { DAY_MS, studyDayShiftMs } from '../srs/index.js';
import { guarded } from './errors.js';
import type { Store } from './open.js';

/** Answers given during one study day. */
export interface DayReviews {
  /** Study day number (see studyDayNumber in src/srs). */
  day: number;
  /** All answers. */
  reviews: number;
  /** Answers to cards that were in the review state (the ones retention is measured on). */
  reviewStateAnswers: number;
  /** Of those, how many were Again. */
  reviewStateAgain: number;
}

export interface ReviewHistory {
  /** Every recorded answer, all time. */
  totalReviews: number;
  /** Per study day since the query's `sinceMs`, oldest first; days without answers are absent. */
  days: DayReviews[];
  /** Every study day with at least one answer, newest first. */
  studyDays: number[];
}

export interface HistoryQuery {
  /** Start of the window for `days` (a study day's start). */
  sinceMs: number;
  /** Minutes east of UTC, for where study days begin. */
  utcOffsetMinutes: number;
  /** Only the answers to these cards (one deck's); all answers when absent. */
  cardIds?: readonly string[];
}

/**
 * The study day of an instant, in SQL: floor((ms + shift) / day). SQLite's integer division rounds
 * toward zero, which would put an answer from before 1970 in the day after its own (and send the
 * study-day hops below back to the same row forever).
 */
function studyDaySql(ms: string): string {
  const shifted = `(${ms} + CAST(@shift AS INTEGER))`;
  return `((${shifted} - ((${shifted} % ${DAY_MS}) + ${DAY_MS}) % ${DAY_MS}) / ${DAY_MS})`;
}

// A deck's history: the (card_id, reviewed_ms) index finds its rows; decks are small enough to scan.
const IN_DECK = 'card_id IN (SELECT value FROM json_each(@ids))';
const DECK_TOTAL_SQL = `SELECT count(*) FROM review_log WHERE ${IN_DECK}`;
const DECK_STUDY_DAYS_SQL = `
SELECT DISTINCT ${studyDaySql('reviewed_ms')} AS day
FROM review_log WHERE ${IN_DECK} ORDER BY day DESC`;

// better-sqlite3 binds every JS number as REAL: cast, or the day division keeps fractions.
const DAYS_SQL = `
SELECT ${studyDaySql('reviewed_ms')} AS day,
       count(*) AS reviews,
       sum(state_before = 2) AS reviewStateAnswers,
       sum(state_before = 2 AND rating = 1) AS reviewStateAgain
FROM review_log WHERE reviewed_ms >= @since AND (@ids IS NULL OR ${IN_DECK})
GROUP BY day ORDER BY day`;

// Hops from each study day to the latest answer before it: one index seek per study day instead of
// a scan over every answer. Each hop lands on an earlier day (the floor of an earlier instant), so
// the recursion ends, whatever the rows hold.
const STUDY_DAYS_SQL = `
WITH RECURSIVE
study_day(day) AS (
  SELECT ${studyDaySql('(SELECT max(reviewed_ms) FROM review_log)')}
  UNION ALL
  SELECT ${studyDaySql(`(SELECT max(reviewed_ms) FROM review_log WHERE reviewed_ms < day * ${DAY_MS} - CAST(@shift AS INTEGER))`)}
  FROM study_day WHERE day IS NOT NULL
)
SELECT day FROM study_day WHERE day IS NOT NULL`;

export function loadReviewHistory(store: Store, query: HistoryQuery): ReviewHistory {
  const { db } = store;
  const shift = studyDayShiftMs(query.utcOffsetMinutes);
  const ids = query.cardIds ? JSON.stringify(query.cardIds) : null;
  return guarded(store.path, () =>
    db
      .transaction(() => ({
        totalReviews:
          (ids === null
            ? db.prepare<[], number>('SELECT count(*) FROM review_log').pluck().get()
            : db.prepare<[{ ids: string }], number>(DECK_TOTAL_SQL).pluck().get({ ids })) ?? 0,
        days: db
          .prepare<[{ shift: number; since: number; ids: string | null }], DayReviews>(DAYS_SQL)
          .all({ shift, since: query.sinceMs, ids }),
        studyDays:
          ids === null
            ? db.prepare<[{ shift: number }], number>(STUDY_DAYS_SQL).pluck().all({ shift })
            : db
                .prepare<[{ shift: number; ids: string }], number>(DECK_STUDY_DAYS_SQL)
                .pluck()
                .all({ shift, ids }),
      }))
      // One snapshot, so the three parts agree even while another process answers.
      .deferred(),
  );
}

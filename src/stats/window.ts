// The time spans the statistics cover, and the history query that fetches them.

import { DAY_MS, dayStart } from '../srs/index.js';
import type { HistoryQuery } from '../store/index.js';

/** Reviews per day and true retention look back this many study days, today included. */
export const HISTORY_DAYS = 30;
/** The due forecast looks ahead this many study days, today included. */
export const FORECAST_DAYS = 14;

/** What to ask the store (loadReviewHistory) for so computeStats has all it needs. */
export function statsHistoryQuery(now: Date, utcOffsetMinutes: number): HistoryQuery {
  const todayStart = dayStart(now, utcOffsetMinutes).getTime();
  return { sinceMs: todayStart - (HISTORY_DAYS - 1) * DAY_MS, utcOffsetMinutes };
}

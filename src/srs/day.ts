// The study day: like Anki, a day starts at 04:00 local time, so a late-night session
// still counts for the evening it began in.
//
// `utcOffsetMinutes` is minutes east of UTC (CET = 60, New York = -300), the opposite
// sign of Date#getTimezoneOffset. When omitted, the local zone's offset at that instant
// is used; tests and callers that need determinism pass it explicitly.

export const DAY_MS = 86_400_000;
export const DAY_START_HOUR = 4;

/** The local zone's offset, minutes east of UTC, at that instant. */
export function localUtcOffsetMinutes(at: Date): number {
  return -at.getTimezoneOffset();
}

/**
 * How far to move an instant so that whole UTC days of the moved value are study days:
 * `studyDayNumber = floor((ms + shift) / DAY_MS)`. The store uses it in SQL too.
 */
export function studyDayShiftMs(utcOffsetMinutes: number): number {
  return utcOffsetMinutes * 60_000 - DAY_START_HOUR * 3_600_000;
}

function offsetAt(at: Date | number, utcOffsetMinutes: number | undefined): number {
  return utcOffsetMinutes ?? localUtcOffsetMinutes(new Date(at));
}

/** Days since 1970-01-01 counted in study days; consecutive days differ by 1. */
export function studyDayNumber(at: Date | number, utcOffsetMinutes?: number): number {
  const ms = typeof at === 'number' ? at : at.getTime();
  return Math.floor((ms + studyDayShiftMs(offsetAt(at, utcOffsetMinutes))) / DAY_MS);
}

/** The instant a study day begins (04:00 local). */
export function studyDayStartMs(dayNumber: number, utcOffsetMinutes: number): number {
  return dayNumber * DAY_MS - studyDayShiftMs(utcOffsetMinutes);
}

/** 'YYYY-MM-DD' naming a study day number (the calendar date its 04:00 falls on). */
export function dayKeyOfNumber(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** When the study day containing `now` began. */
export function dayStart(now: Date, utcOffsetMinutes?: number): Date {
  const offset = offsetAt(now, utcOffsetMinutes);
  return new Date(studyDayStartMs(studyDayNumber(now, offset), offset));
}

/** When the study day containing `now` ends (the next day's start). */
export function dayEnd(now: Date, utcOffsetMinutes?: number): Date {
  const offset = offsetAt(now, utcOffsetMinutes);
  return new Date(studyDayStartMs(studyDayNumber(now, offset) + 1, offset));
}

/** 'YYYY-MM-DD' of the study day containing `now`; 02:00 on the 2nd is still the 1st. */
export function dayKey(now: Date, utcOffsetMinutes?: number): string {
  return dayKeyOfNumber(studyDayNumber(now, utcOffsetMinutes));
}

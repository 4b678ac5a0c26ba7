// Short human text for the time until a card comes back, as Anki prints on its buttons: the one
// formatter for intervals (rating keys, "next due", card facts), in the UI's language.

import { type Lang, messages } from './messages.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** Rounded to one decimal: 1.5, 2, 12.3. */
function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * '<1m', '10m', '1.5h', '3d', '2mo', '1.2y' (Korean: '<1분', '10분', '1.5시간', '3일', '2개월',
 * '1.2년'). Each unit is chosen after rounding, so 59.7 minutes reads '1h', not '60m'. Spans under
 * half a minute read '<1m'.
 */
export function formatInterval(ms: number, lang: Lang): string {
  const u = messages(lang).units;
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 1) return `<${u.minutes(1)}`;
  if (minutes < 60) return u.minutes(minutes);
  const hours = oneDecimal(ms / HOUR);
  if (hours < 24) return u.hours(hours);
  const days = Math.round(ms / DAY);
  if (days < 30) return u.days(days);
  const months = oneDecimal(ms / MONTH);
  if (months < 12) return u.months(months);
  return u.years(oneDecimal(ms / YEAR));
}

/** A session's length: '3m 20s', '45s' (Korean: '3분 20초', '45초'). */
export function formatDuration(ms: number, lang: Lang): string {
  const u = messages(lang).units;
  const seconds = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${u.minutes(minutes)} ${u.seconds(seconds % 60)}` : u.seconds(seconds);
}

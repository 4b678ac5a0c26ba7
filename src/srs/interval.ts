// Short human text for the time until a card comes back, as Anki prints on its buttons.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** Rounded to one decimal: 1.5, 2, 12.3. */
function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * '<1m', '10m', '1.5h', '3d', '2mo', '1.2y'. Each unit is chosen after rounding,
 * so 59.7 minutes reads '1h', not '60m'. Spans under half a minute read '<1m'.
 */
export function formatInterval(ms: number): string {
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 1) return '<1m';
  if (minutes < 60) return `${minutes}m`;
  const hours = oneDecimal(ms / HOUR);
  if (hours < 24) return `${hours}h`;
  const days = Math.round(ms / DAY);
  if (days < 30) return `${days}d`;
  const months = oneDecimal(ms / MONTH);
  if (months < 12) return `${months}mo`;
  return `${oneDecimal(ms / YEAR)}y`;
}

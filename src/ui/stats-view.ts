// The `dockstudy stats` report: the figures from computeStats as a short list, then two charts.
// Pure: a Stats object and view options in, text out.

import type { Stats } from '../stats/index.js';
import { stripControl } from '../text/safety.js';
import { barChart } from './chart.js';
import { type Lang, messages } from './messages.js';
import { chalkFor, displayWidth, padEnd, padStart, wrapText } from './text.js';

export interface StatsViewOptions {
  lang: Lang;
  color: boolean;
  /** Columns available. */
  width: number;
  /** The deck the figures are limited to (--deck); absent for all decks. */
  deck?: { id: string; title: string };
}

/** Chart height in rows: enough to compare days, short enough to see both charts at once. */
const CHART_HEIGHT = 6;
const NO_DATA = '–';

/** 1234 → '1,234' (the same grouping in both languages), independent of the machine's locale. */
export function formatCount(value: number): string {
  return String(Math.trunc(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 13/16 → '81.3%'; null (nothing to measure) → '–'. */
export function formatRate(rate: number | null): string {
  return rate === null || !Number.isFinite(rate) ? NO_DATA : `${(rate * 100).toFixed(1)}%`;
}

/** 'YYYY-MM-DD' → 'M/D', the chart's day label. */
export function dayLabel(day: string): string {
  const match = /^\d{4}-(\d{2})-(\d{2})$/.exec(day);
  return match ? `${Number(match[1])}/${Number(match[2])}` : day;
}

interface Row {
  label: string;
  value: string;
  detail?: string;
}

/**
 * Labels padded to one column, values right-aligned in the next, details after them (or on the
 * next line, under the values, when the line would be wider than `width`).
 */
function rows(list: readonly Row[], width: number, dim: (s: string) => string): string[] {
  const labelWidth = Math.max(...list.map((r) => displayWidth(r.label)));
  const valueWidth = Math.max(...list.map((r) => displayWidth(r.value)));
  return list.flatMap((r) => {
    const line = `${padEnd(r.label, labelWidth)}  ${padStart(r.value, valueWidth)}`;
    if (!r.detail) return [line];
    if (displayWidth(line) + 2 + displayWidth(r.detail) <= width) return [`${line}  ${dim(r.detail)}`];
    const indent = ' '.repeat(Math.min(labelWidth + 2, Math.floor(width / 2)));
    const wrapped = wrapText(r.detail, width - indent.length).split('\n');
    return [line, ...wrapped.map((part) => indent + dim(part))];
  });
}

export function renderStats(stats: Stats, opts: StatsViewOptions): string {
  const t = messages(opts.lang).stats;
  const c = chalkFor(opts.color);
  const width = Math.max(20, Math.floor(opts.width));
  const scope = opts.deck ? t.deck(stripControl(opts.deck.id), stripControl(opts.deck.title)) : t.allDecks;
  const { retention } = stats;

  const out: string[] = [c.bold(wrapText(`${t.title} · ${scope} · ${stats.today}`, width)), ''];
  out.push(
    ...rows(
      [
        { label: t.cards, value: formatCount(stats.cards.total) },
        { label: `  ${t.new}`, value: formatCount(stats.cards.new) },
        { label: `  ${t.learning}`, value: formatCount(stats.cards.learning) },
        { label: `  ${t.review}`, value: formatCount(stats.cards.review) },
        { label: `  ${t.relearning}`, value: formatCount(stats.cards.relearning) },
        { label: t.reviewsToday, value: formatCount(stats.reviewsToday) },
        { label: t.reviewsTotal, value: formatCount(stats.reviews) },
        {
          label: t.retention(retention.days),
          value: formatRate(retention.rate),
          detail:
            retention.answers > 0 ? t.retentionDetail(retention.passed, retention.answers) : t.retentionNone,
        },
        { label: t.streak, value: t.streakValue(stats.streak) },
      ],
      width,
      c.dim,
    ),
  );
  if (stats.reviews === 0) out.push('', wrapText(t.noReviews, width));

  const chart = (values: number[], days: string[]) =>
    barChart(values, days.map(dayLabel), { color: opts.color, width, height: CHART_HEIGHT });
  out.push(
    '',
    c.bold(t.reviewsChart(stats.reviewsPerDay.length)),
    chart(
      stats.reviewsPerDay.map((d) => d.reviews),
      stats.reviewsPerDay.map((d) => d.day),
    ),
    '',
    c.bold(t.dueChart(stats.duePerDay.length)),
    chart(
      stats.duePerDay.map((d) => d.due),
      stats.duePerDay.map((d) => d.day),
    ),
  );
  return out.join('\n');
}

/**
 * `dockstudy stats --overrides`: the quiz answers the learner marked right after a wrong verdict,
 * oldest first, as `  YYYY-MM-DD HH:MM  card-id  answer` in local time.
 */
export function renderOverriddenAnswers(
  answers: readonly { cardId: string; answer: string; reviewedMs: number }[],
  options: Omit<StatsViewOptions, 'deck'> & { utcOffsetMinutes: number },
): string {
  const chalk = chalkFor(options.color);
  const at = (ms: number) =>
    new Date(ms + options.utcOffsetMinutes * 60_000).toISOString().slice(0, 16).replace('T', ' ');
  const idWidth = Math.max(0, ...answers.map((a) => displayWidth(a.cardId)));
  return [
    chalk.bold(messages(options.lang).stats.overrides(answers.length)),
    ...answers.map(
      (a) => `  ${chalk.dim(at(a.reviewedMs))}  ${padEnd(a.cardId, idWidth)}  ${stripControl(a.answer)}`,
    ),
  ].join('\n');
}

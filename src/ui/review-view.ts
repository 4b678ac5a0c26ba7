import type { Card } from '../notes/types.js';
import { type Grade, Grades, isBuried, LEECH_TAG } from '../srs/index.js';
import type { CardStatus, ReviewProgress } from '../study/review-session.js';
import { stripControl } from '../text/safety.js';
import {
  type CardTokens,
  renderCardBack,
  renderCardFront,
  renderSeparator,
  type ViewOptions,
} from './card-view.js';
import { formatDuration, formatInterval } from './interval.js';
import { type Lang, messages } from './messages.js';
import { chalkFor, displayWidth, padEnd, wrapText } from './text.js';

export interface ReviewViewOptions {
  color: boolean;
  lang: Lang;
}

/** `12 done · 3 learning · 5 due · 10 new` */
export function renderReviewProgress(
  done: number,
  left: { learning: number; review: number; new: number },
  options: ReviewViewOptions,
): string {
  const c = chalkFor(options.color);
  const w = messages(options.lang).review;
  return c.dim(
    [
      `${done} ${w.done}`,
      `${left.learning} ${w.learning}`,
      `${left.review} ${w.due}`,
      `${left.new} ${w.new}`,
    ].join(' · '),
  );
}

/**
 * `1 Again · 1m   2 Hard · 6m   3 Good · 10m   4 Easy · 3d` — each choice with its next interval (ms,
 * worded in the UI's language), as many to a line as `width` holds; a `suggested` grade (after
 * typing) is marked `›` and named below.
 */
export function renderRatingChoices(
  intervals: readonly number[],
  options: ReviewViewOptions & { width?: number; suggested?: Grade },
): string {
  const c = chalkFor(options.color);
  const colors = [c.red, c.yellow, c.green, c.cyan];
  const w = messages(options.lang).review;
  const choices = w.grades.map((grade, i) => {
    const interval = intervals[i];
    const when = interval === undefined ? '' : formatInterval(interval, options.lang);
    const choice = `${c.bold(String(i + 1))} ${colors[i]!(grade)} · ${when}`;
    return options.suggested === i + 1 ? `${c.bold('›')}${choice}` : choice;
  });
  const line = fitParts(choices, '   ', options.width ?? Number.POSITIVE_INFINITY);
  if (options.suggested === undefined) return line;
  return `${line}\n${c.bold(w.suggested(w.grades[options.suggested - 1] ?? ''))}`;
}

/** What was done (counts and time), then the lines on what is left (`left`, from the caller). */
export function renderReviewSummary(
  result: {
    done: number;
    again: number;
    elapsedMs: number;
    suspended?: number;
    buried?: number;
    leeches?: number;
    left?: readonly string[];
  },
  options: ReviewViewOptions,
): string {
  const c = chalkFor(options.color);
  const w = messages(options.lang).review;
  const lines = [
    c.bold(w.summary(result.done, result.again, formatDuration(result.elapsedMs, options.lang))),
  ];
  const hidden = w.summaryHidden(result.suspended ?? 0, result.buried ?? 0, result.leeches ?? 0);
  if (hidden) lines.push(hidden);
  lines.push(...(result.left ?? []));
  return lines.join('\n');
}

/** A rating typed or pressed: 1–4 or its name (again, hard, good, easy); FSRS grades are 1–4 too. */
export function gradeOf(input: string): Grade | undefined {
  const word = input.toLowerCase();
  return Grades.find((grade) => String(grade) === word || GRADE_NAMES[grade - 1] === word);
}

const GRADE_NAMES = ['again', 'hard', 'good', 'easy'];

/**
 * `parts` joined by `separator`, as many to a line as fit in `width`: a part is never broken (one
 * wider than the line has a line to itself, and the terminal's own wrapping).
 */
export function fitParts(parts: readonly string[], separator: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    if (line && displayWidth(line + separator + part) > width) {
      lines.push(line);
      line = part;
    } else line = line ? line + separator + part : part;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** `12/51 ██████░░░░ · ~4 min` then `3 new · 2 learning · 5 review`, fitted to the width. */
export function renderProgressLine(progress: ReviewProgress, options: ReviewViewOptions & { width: number }) {
  const c = chalkFor(options.color);
  const w = messages(options.lang).review;
  const total = Math.max(progress.total, 1);
  const barWidth = Math.max(5, Math.min(20, Math.floor(options.width / 4)));
  const filled = Math.round((progress.done / total) * barWidth);
  const bar = `${c.cyan('█'.repeat(filled))}${c.dim('░'.repeat(barWidth - filled))}`;
  const parts = [`${c.bold(`${progress.done}/${progress.total}`)} ${bar}`];
  if (progress.leftMs !== undefined && progress.done < progress.total)
    parts.push(w.minutesLeft(Math.round(progress.leftMs / 60_000)));
  const counts = [
    `${progress.new} ${w.new}`,
    `${progress.learning} ${w.learning}`,
    `${progress.review} ${w.due}`,
  ].map((part) => c.dim(part));
  return fitParts([...parts, ...counts], c.dim(' · '), options.width);
}

/** `⚑ flagged · suspended · leech`, or '' for a card with no marks. */
export function renderMarks(status: CardStatus, now: Date, options: ReviewViewOptions): string {
  const c = chalkFor(options.color);
  const w = messages(options.lang).review.marks;
  const { marks } = status;
  const shown = [
    marks.flagged ? `⚑ ${w.flagged}` : '',
    marks.suspended ? w.suspended : '',
    isBuried(marks, now) ? w.buried : '',
    marks.tags.includes(LEECH_TAG) ? w.leech : '',
  ].filter(Boolean);
  return shown.length ? c.yellow(shown.join(' · ')) : '';
}

export interface ReviewFrame {
  card: Card;
  tokens: CardTokens;
  deckTitle?: string;
  progress: ReviewProgress;
  side: 'front' | 'back' | 'typing';
  /** On the back: each grade's next interval. */
  intervals?: readonly number[];
  status: CardStatus;
  /** What the last key did (undone, suspended, nothing to undo…), shown under the card. */
  notice: string[];
  /** The `?` overlay instead of the card. */
  help: boolean;
  /** While typing (`t`): the line so far. */
  typed?: string;
  now: Date;
}

type ScreenOptions = ReviewViewOptions & ViewOptions;

/** The keys and what they do, for the `?` overlay. */
export function renderHelp(options: ScreenOptions): string {
  const c = chalkFor(options.color);
  const w = messages(options.lang).review;
  const keyWidth = Math.max(...w.help.map(([key]) => displayWidth(key)));
  const lines = [c.bold(w.helpTitle), ''];
  // Two columns when every line fits so; otherwise each key above its text, for all keys alike.
  const columns = w.help.every(([, what]) => keyWidth + 2 + displayWidth(what) <= options.width);
  for (const [key, what] of w.help) {
    if (columns) lines.push(`${c.bold(padEnd(key, keyWidth))}  ${what}`);
    else lines.push(c.bold(key), wrapText(what, options.width - 2).replace(/^/gm, '  '));
  }
  lines.push('', c.dim(w.keysHelpClose));
  return lines.join('\n');
}

/** One card a screen: progress, the card (front, or front and back), marks, notices and key hints. */
export function renderReviewScreen(frame: ReviewFrame, options: ScreenOptions): string {
  const c = chalkFor(options.color);
  const w = messages(options.lang).review;
  const view = { ...options, fitCode: true };
  const lines = [renderProgressLine(frame.progress, options), ''];
  if (frame.help) {
    lines.push(renderHelp(options));
    return lines.join('\n');
  }
  const { card } = frame;
  const kind = w.kinds[card.kind] ?? card.kind;
  lines.push(
    c.dim(fitParts([frame.deckTitle ?? card.deck, kind, card.id].map(stripControl), ' · ', options.width)),
  );
  const marks = renderMarks(frame.status, frame.now, options);
  if (marks) lines.push(marks);
  lines.push('', renderCardFront(frame.tokens, view));
  if (frame.side === 'typing') {
    lines.push('', c.dim(w.typePrompt), `${c.cyan('›')} ${frame.typed ?? ''}`);
    return lines.join('\n');
  }
  if (frame.side === 'back') {
    lines.push('', renderSeparator(options), renderCardBack(frame.tokens, view));
  }
  if (frame.notice.length) lines.push('', ...frame.notice.map((n) => wrapText(n, options.width)));
  lines.push('', renderSeparator(options));
  if (frame.side === 'back') {
    lines.push(renderRatingChoices(frame.intervals ?? [], { ...options, suggested: frame.status.suggested }));
    lines.push(c.dim(fitParts(w.keysBack.split(' · '), ' · ', options.width)));
  } else {
    const typeable = card.kind === 'command';
    lines.push(c.dim(fitParts(w.keysFront(typeable).split(' · '), ' · ', options.width)));
  }
  return lines.join('\n');
}

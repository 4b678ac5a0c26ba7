import { stripVTControlCharacters } from 'node:util';
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
  const suggested = w.suggested(w.grades[options.suggested - 1] ?? '');
  return `${line}\n${c.bold(wrapText(suggested, options.width ?? Number.POSITIVE_INFINITY))}`;
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

/** The keys and what they do, for the `?` overlay (its closing hint is the screen's last line). */
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
  return lines.join('\n');
}

/**
 * One card a screen in parts: `head` (progress) and `foot` (ratings, key hints, the typed line)
 * stay put; `body` (the card, or the help) scrolls when the screen is too short for it; `notice`
 * (what the last key did, the grader's verdict) sits above the foot while there is room for it.
 * `answerAt` is the body line where the answer begins.
 */
export interface ScreenLayout {
  head: string[];
  body: string[];
  notice: string[];
  foot: string[];
  answerAt?: number;
  /**
   * The foot's last lines, which few rows give up: the key hints (a short line stands in for them)
   * and, above them, the words on a suggested rating (its `›` stays).
   */
  hints: { lines: number; short: string };
  suggestion: number;
}

const linesOf = (...parts: string[]) => parts.flatMap((part) => part.split('\n'));

/** A notice wrapped to the width, its wrapped lines under its text (`  · ` details hang). */
function wrapNotice(notice: string, width: number): string[] {
  const indent = /^\s*(?:· )?/.exec(notice)?.[0] ?? '';
  const text = wrapText(notice.slice(indent.length), Math.max(10, width - indent.length));
  return text.split('\n').map((line, i) => (i === 0 ? indent : ' '.repeat(indent.length)) + line);
}

export function layoutReviewScreen(frame: ReviewFrame, options: ScreenOptions): ScreenLayout {
  const c = chalkFor(options.color);
  const w = messages(options.lang).review;
  const view = { ...options, fitCode: true };
  const head = linesOf(renderProgressLine(frame.progress, options));
  const short = c.dim(fitParts(w.keysShort.split(' · '), ' · ', options.width));
  if (frame.help) {
    const close = linesOf(c.dim(wrapText(w.keysHelpClose, options.width)));
    const body = linesOf(renderHelp(options));
    return { head, body, notice: [], foot: close, hints: { lines: close.length, short }, suggestion: 0 };
  }
  const { card } = frame;
  const kind = w.kinds[card.kind] ?? card.kind;
  const body = linesOf(
    c.dim(fitParts([frame.deckTitle ?? card.deck, kind, card.id].map(stripControl), ' · ', options.width)),
  );
  const marks = renderMarks(frame.status, frame.now, options);
  if (marks) body.push(...linesOf(marks));
  body.push('', ...linesOf(renderCardFront(frame.tokens, view)));
  let answerAt: number | undefined;
  if (frame.side === 'back') {
    answerAt = body.length + 1;
    body.push('', ...linesOf(renderSeparator(options), renderCardBack(frame.tokens, view)));
  }
  if (frame.side === 'typing') {
    const foot = linesOf(c.dim(w.typePrompt), `${c.cyan('›')} ${frame.typed ?? ''}`);
    return { head, body, notice: [], foot, hints: { lines: 0, short }, suggestion: 0 };
  }
  const notice = frame.notice.flatMap((n) => wrapNotice(n, options.width));
  const foot = [renderSeparator(options)];
  let hints: string;
  let suggestion = 0;
  if (frame.side === 'back') {
    const { suggested } = frame.status;
    const intervals = frame.intervals ?? [];
    const ratings = linesOf(renderRatingChoices(intervals, { ...options, suggested }));
    if (suggested !== undefined)
      suggestion = ratings.length - linesOf(renderRatingChoices(intervals, options)).length;
    foot.push(...ratings);
    hints = c.dim(fitParts(w.keysBack.split(' · '), ' · ', options.width));
  } else {
    const typeable = card.kind === 'command';
    hints = c.dim(fitParts(w.keysFront(typeable).split(' · '), ' · ', options.width));
  }
  foot.push(...linesOf(hints));
  return { head, body, notice, foot, answerAt, hints: { lines: linesOf(hints).length, short }, suggestion };
}

/** The fewest card lines a short screen keeps, giving up key hints and progress lines for them. */
const MIN_BODY_ROWS = 3;

/**
 * Where the body starts on the screen: at a line; at the line with this much text above it (after
 * a resize, which wraps the text again); so that the answer is in view (just revealed); at the end.
 */
export type ScreenPosition = { top: number } | { textAbove: number } | 'answer' | 'end';

export interface FittedScreen {
  text: string;
  /** The first body line shown, after clamping. */
  top: number;
  /** The letters and digits above it: the same text is found on top after a resize. */
  textAbove: number;
  /** How many body lines the screen shows at once. */
  rows: number;
  /** The largest `top`: 0 when the whole body fits. */
  maxTop: number;
}

/** The letters and digits of `lines`: what wrapping keeps (rules, gutters and spaces change). */
const textIn = (lines: readonly string[]) =>
  lines.reduce((sum, line) => sum + stripVTControlCharacters(line).replace(/[^\p{L}\p{N}]/gu, '').length, 0);

/** The first line of `body` with `textAbove` characters above it. */
function lineAfterText(body: readonly string[], textAbove: number): number {
  let seen = 0;
  for (const [index, line] of body.entries()) {
    if (seen >= textAbove) return index;
    seen += textIn([line]);
  }
  return body.length;
}

/**
 * The layout in `rows` lines, the body from `at`: one line above it says what is hidden above
 * ("↑ 4 more above"), one below it what is hidden below, blank when nothing is. With few rows the
 * key hints shrink to one short line (`?` lists them), the progress to its first line, the words
 * on a suggested rating go, and the notice moves to the top of the body, to scroll with the card.
 */
export function fitScreen(
  layout: ScreenLayout,
  rows: number,
  at: ScreenPosition,
  options: ScreenOptions,
): FittedScreen {
  const c = chalkFor(options.color);
  const w = messages(options.lang).review;
  let { head, foot, body, answerAt } = layout;
  let notice = layout.notice.length ? [...layout.notice, ''] : [];
  const room = () => rows - head.length - notice.length - foot.length - 2;
  const short = () => body.length > room() && room() < MIN_BODY_ROWS;
  const { hints, suggestion } = layout;
  if (short() && hints.lines > 1) foot = [...foot.slice(0, foot.length - hints.lines), hints.short];
  if (short()) head = head.slice(0, 1);
  if (short() && suggestion > 0) foot = [...foot.slice(0, foot.length - 1 - suggestion), hints.short];
  if (short() && notice.length) {
    // The notice first, above the card: it says what just happened (and, after `t`, the answer).
    body = [...notice, ...body];
    notice = [];
    answerAt = undefined;
  }
  const shown = Math.max(1, Math.min(body.length, room()));
  const maxTop = Math.max(0, body.length - shown);
  const wanted =
    at === 'end'
      ? maxTop
      : at === 'answer'
        ? answerAt !== undefined && answerAt + 2 > shown
          ? answerAt
          : 0
        : 'top' in at
          ? at.top
          : lineAfterText(body, at.textAbove);
  const first = Math.max(0, Math.min(wanted, maxTop));
  const hidden = body.length - first - shown;
  const marker = (arrow: string, text: string, hint: string) => {
    const line = `${arrow} ${text}`;
    const withHint = `${line} · ${hint}`;
    return c.dim(displayWidth(withHint) <= options.width ? withHint : line);
  };
  const lines = [
    ...head,
    first > 0 ? marker('↑', w.moreAbove(first), w.scrollHint) : '',
    ...body.slice(first, first + shown),
    hidden > 0 ? marker('↓', w.moreBelow(hidden), w.scrollHint) : '',
    ...notice,
    ...foot,
  ];
  const textAbove = textIn(body.slice(0, first));
  return { text: lines.join('\n'), top: first, textAbove, rows: shown, maxTop };
}

/** One card a screen: progress, the card (front, or front and back), marks, notices and key hints. */
export function renderReviewScreen(frame: ReviewFrame, options: ScreenOptions): string {
  const { head, body, notice, foot } = layoutReviewScreen(frame, options);
  return [...head, '', ...body, '', ...(notice.length ? [...notice, ''] : []), ...foot].join('\n');
}

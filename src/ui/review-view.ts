import { type Grade, Grades } from '../srs/index.js';
import { type Lang, messages } from './messages.js';
import { chalkFor } from './text.js';

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

/** `1 Again · 1m   2 Hard · 6m   3 Good · 10m   4 Easy · 3d` — each choice with its next interval. */
export function renderRatingChoices(intervals: readonly string[], options: ReviewViewOptions): string {
  const c = chalkFor(options.color);
  const colors = [c.red, c.yellow, c.green, c.cyan];
  return messages(options.lang)
    .review.grades.map((grade, i) => `${c.bold(String(i + 1))} ${colors[i]!(grade)} · ${intervals[i] ?? ''}`)
    .join('   ');
}

/** `3m 20s` */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes}m ${seconds % 60}s` : `${seconds}s`;
}

export function renderReviewSummary(
  result: { done: number; again: number; elapsedMs: number; nextDue?: string },
  options: ReviewViewOptions,
): string {
  const c = chalkFor(options.color);
  const w = messages(options.lang).review;
  const lines = [c.bold(w.summary(result.done, result.again, formatDuration(result.elapsedMs)))];
  if (result.nextDue) lines.push(`${w.nextDue}: ${result.nextDue}`);
  return lines.join('\n');
}

/** A rating typed or pressed: 1–4 or its name (again, hard, good, easy); FSRS grades are 1–4 too. */
export function gradeOf(input: string): Grade | undefined {
  const word = input.toLowerCase();
  return Grades.find((grade) => String(grade) === word || GRADE_NAMES[grade - 1] === word);
}

const GRADE_NAMES = ['again', 'hard', 'good', 'easy'];

import type { Lang } from './messages.js';
import { chalkFor } from './text.js';

export interface ReviewViewOptions {
  color: boolean;
  lang: Lang;
}

const words = {
  en: {
    grades: ['Again', 'Hard', 'Good', 'Easy'],
    done: 'done',
    learning: 'learning',
    due: 'due',
    new: 'new',
    reveal: 'Space/Enter: show answer · u: undo · q: quit',
    plainAsk: 'rating (1-4, again/hard/good/easy, u = undo, q = quit)',
    plainBad: (input: string) => `'${input}' is not a rating: type 1, 2, 3 or 4 (or again, hard, good, easy)`,
    nothing: 'Nothing to review now.',
    nextDue: 'next card due',
    summary: (done: number, again: number, minutes: string) =>
      `${done} card${done === 1 ? '' : 's'} reviewed, ${again} again (${done ? Math.round((again / done) * 100) : 0}%), ${minutes}`,
    undone: (id: string) => `undone: ${id}`,
  },
  ko: {
    grades: ['다시', '어려움', '좋음', '쉬움'],
    done: '완료',
    learning: '학습 중',
    due: '복습',
    new: '새 카드',
    reveal: 'Space/Enter: 정답 보기 · u: 되돌리기 · q: 끝내기',
    plainAsk: '평가 (1-4, again/hard/good/easy, u = 되돌리기, q = 끝내기)',
    plainBad: (input: string) => `'${input}'은(는) 평가가 아닙니다: 1, 2, 3, 4 중 하나를 입력하세요`,
    nothing: '지금 복습할 카드가 없습니다.',
    nextDue: '다음 복습',
    summary: (done: number, again: number, minutes: string) =>
      `${done}장 복습, 다시 ${again}장 (${done ? Math.round((again / done) * 100) : 0}%), ${minutes}`,
    undone: (id: string) => `되돌림: ${id}`,
  },
};

export const reviewWords = (lang: Lang) => words[lang];

/** `12 done · 3 learning · 5 due · 10 new` */
export function renderReviewProgress(
  done: number,
  left: { learning: number; review: number; new: number },
  options: ReviewViewOptions,
): string {
  const c = chalkFor(options.color);
  const w = words[options.lang];
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
  return words[options.lang].grades
    .map((grade, i) => `${c.bold(String(i + 1))} ${colors[i]!(grade)} · ${intervals[i] ?? ''}`)
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
  const w = words[options.lang];
  const lines = [c.bold(w.summary(result.done, result.again, formatDuration(result.elapsedMs)))];
  if (result.nextDue) lines.push(`${w.nextDue}: ${result.nextDue}`);
  return lines.join('\n');
}

/** A rating typed or pressed: 1–4 or its name (again, hard, good, easy); FSRS grades are 1–4 too. */
export function gradeOf(input: string): 1 | 2 | 3 | 4 | undefined {
  const index =
    ['1', '2', '3', '4'].indexOf(input) + 1 ||
    ['again', 'hard', 'good', 'easy'].indexOf(input.toLowerCase()) + 1;
  return index > 0 ? (index as 1 | 2 | 3 | 4) : undefined;
}

import { type FsrsCard, Rating } from '../srs/index.js';
import type { Context } from './context.js';
import { openScheduler } from './scheduling.js';

/** Records quiz answers as reviews: a right answer is Good, a wrong one Again. */
export interface Recorder {
  record(cardId: string, correct: boolean, durationMs: number): void;
  close(): void;
}

export function openRecorder(context: Context, states: Map<string, FsrsCard>): Recorder {
  const scheduler = openScheduler(states);
  return {
    record(cardId, correct, durationMs) {
      const now = new Date(context.clock());
      const grade = correct ? Rating.Good : Rating.Again;
      // Each answer is its own transaction, committed before the next question.
      scheduler.answer(cardId, scheduler.preview(cardId, now), grade, { now, durationMs, source: 'quiz' });
    },
    close: () => scheduler.close(),
  };
}

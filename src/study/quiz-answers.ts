// A quiz answer is a review too: right is Good, wrong is Again (no quiz can tell Hard from Easy).

import { type Card, type Grade, Rating } from '../srs/index.js';
import { type Answering, type Committed, openAnswering } from './answering.js';

export function gradeOfQuizAnswer(correct: boolean): Grade {
  return correct ? Rating.Good : Rating.Again;
}

export interface QuizRecorder {
  /** Commits one graded answer before the next question is asked. */
  record(answer: { cardId: string; correct: boolean; durationMs: number }, now: Date): Committed;
  close(): void;
}

/** `states`: what the quiz read to order its questions, so that they are not loaded twice. */
export function openQuizRecorder(storeFile: string, states: Map<string, Card>): QuizRecorder {
  const answering: Answering = openAnswering(storeFile, states);
  return {
    record({ cardId, correct, durationMs }, now) {
      // Previewed at the answer: the state is the newest this session knows, and the store checks it.
      const preview = answering.preview(cardId, now);
      return answering.commit(preview, gradeOfQuizAnswer(correct), { now, durationMs, source: 'quiz' });
    },
    close: () => answering.close(),
  };
}

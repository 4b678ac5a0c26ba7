// A quiz answer is a review too: right is Good, wrong is Again (no quiz can tell Hard from Easy).
// "I was right" after a wrong verdict makes it right: Good, and the log row says it was overridden.

import { type Card, type Grade, Rating } from '../srs/index.js';
import { type Answering, type Committed, openAnswering } from './answering.js';

export interface QuizAnswer {
  cardId: string;
  /** What the learner gave: kept in the review log, so that wrong verdicts can be found later. */
  answer: string;
  correct: boolean;
  /** Graded wrong, but the learner said they were right. */
  overridden: boolean;
  durationMs: number;
}

export function gradeOfQuizAnswer(answer: { correct: boolean; overridden?: boolean }): Grade {
  return answer.correct || answer.overridden ? Rating.Good : Rating.Again;
}

export interface QuizRecorder {
  /**
   * Commits one answer, once it is final: after the learner had the chance to override a wrong
   * verdict, and before the next question is asked. One row per answer; nothing to take back.
   */
  record(answer: QuizAnswer, now: Date): Committed;
  close(): void;
}

/** `states`: what the quiz read to order its questions, so that they are not loaded twice. */
export function openQuizRecorder(storeFile: string, states: Map<string, Card>): QuizRecorder {
  const answering: Answering = openAnswering(storeFile, states);
  return {
    record(answer, now) {
      // Previewed at the answer: the state is the newest this session knows, and the store checks it.
      const preview = answering.preview(answer.cardId, now);
      return answering.commit(preview, gradeOfQuizAnswer(answer), {
        now,
        durationMs: answer.durationMs,
        source: 'quiz',
        // An override is only of a wrong verdict.
        quizAnswer: { text: answer.answer, overridden: answer.overridden && !answer.correct },
      });
    },
    close: () => answering.close(),
  };
}

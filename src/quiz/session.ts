import { gradeAnswer } from './grade.js';
import type { Question, Verdict } from './question.js';

export interface AnsweredQuestion {
  question: Question;
  answer: string;
  verdict: Verdict;
  durationMs: number;
  /** Graded wrong, but the learner said "I was right": it counts, and is recorded, as right. */
  overridden: boolean;
}

/** Right by the grader, or by the learner's override. */
export const countsAsRight = (a: AnsweredQuestion) => a.verdict.correct || a.overridden;

export interface QuizResult {
  answered: AnsweredQuestion[];
  total: number;
  correct: number;
  /** The learner stopped early (end of input, or quit). */
  stopped: boolean;
}

/** What the session needs from the outside world: asking, telling, recording, and a clock. */
export interface QuizIo {
  /** The learner's answer, or undefined when input ended. */
  ask(question: Question, index: number, total: number): Promise<string | undefined>;
  tell(question: Question, verdict: Verdict, index: number, total: number, answer: string): void;
  /** After a wrong verdict was told: whether the learner says the answer was right after all. */
  overrule?(answered: AnsweredQuestion, index: number, total: number): Promise<boolean>;
  /** Called once each answer is final (after `overrule`), before the next question: commit it here. */
  record?(answered: AnsweredQuestion): void;
  clock(): number;
}

/**
 * Plays the questions in order: ask, grade, tell, (after a wrong verdict) hear an override, record.
 * Grading happens here, not in the prompts.
 * An exception from `ask` (Ctrl-C) propagates after the answers so far are recorded; `partial`
 * receives them so that the caller can still summarise.
 */
export async function playQuiz(
  questions: Question[],
  io: QuizIo,
  partial?: (result: QuizResult) => void,
): Promise<QuizResult> {
  const answered: AnsweredQuestion[] = [];
  const result = (stopped: boolean): QuizResult => ({
    answered,
    total: questions.length,
    correct: answered.filter(countsAsRight).length,
    stopped,
  });
  try {
    for (const [index, question] of questions.entries()) {
      const started = io.clock();
      const answer = await io.ask(question, index, questions.length);
      if (answer === undefined) return result(true);
      const verdict = gradeAnswer(question, answer);
      const durationMs = Math.max(0, io.clock() - started);
      const entry: AnsweredQuestion = { question, answer, verdict, durationMs, overridden: false };
      answered.push(entry);
      io.tell(question, verdict, index, questions.length, answer);
      try {
        if (!verdict.correct && io.overrule)
          entry.overridden = await io.overrule(entry, index, questions.length);
      } finally {
        // Recorded once, as final: even when the learner interrupts instead of answering the override.
        io.record?.(entry);
      }
    }
    return result(false);
  } catch (err) {
    partial?.(result(true));
    throw err;
  }
}

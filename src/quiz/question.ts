export type QuestionType = 'choice' | 'typed' | 'cloze' | 'scenario';

export const QUESTION_TYPES: readonly QuestionType[] = ['choice', 'typed', 'cloze', 'scenario'];

/** One quiz question. `answer` is the right option's text, the canonical command or the blanked term. */
export interface Question {
  cardId: string;
  type: QuestionType;
  prompt: string;
  /** Options for choice and scenario questions; absent for typed and cloze. */
  choices?: string[];
  answer: string;
}

export interface Verdict {
  correct: boolean;
  /** The right answer as shown to the learner. */
  expected: string;
  /** Specific reasons an answer is wrong (a missing flag, a wrong value). */
  details: string[];
}

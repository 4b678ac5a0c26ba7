import type { CommandProblem } from '../docker/index.js';

export type QuestionType = 'choice' | 'typed' | 'cloze' | 'scenario';

export const QUESTION_TYPES: readonly QuestionType[] = ['choice', 'typed', 'cloze', 'scenario'];

interface QuestionBase {
  cardId: string;
  prompt: string;
}

/**
 * Four options, one right: the term for a description, or the description for a term. Or a
 * question the note wrote with its own options (multiple choice, O/X), asked as written.
 */
export interface ChoiceQuestion extends QuestionBase {
  type: 'choice';
  choices: string[];
  /** The right option's text, one of `choices`. */
  answer: string;
  /** A question asked as written: the note's marks of its options (`B`, `③`, `O`), answers too. */
  labels?: string[];
}

/** Options computed from Docker's rules (which process runs, which port is the host's). */
export interface ScenarioQuestion extends QuestionBase {
  type: 'scenario';
  choices: string[];
  answer: string;
}

/** A docker command to type, graded by meaning. */
export interface TypedQuestion extends QuestionBase {
  type: 'typed';
  /** The command shown as the answer. */
  answer: string;
  /** Other commands that do exactly the task (another card's task with the same prompt). */
  alsoRight: string[];
}

/** A key term blanked out of one of the card's sentences. */
export interface ClozeQuestion extends QuestionBase {
  type: 'cloze';
  /** The blanked term. */
  answer: string;
  /** What the question is about (the card's command or heading), shown in the prompt. */
  subject: string;
  /** The sentence with the blank, as shown. */
  text: string;
  /** Flags: `-p` is not `-P`. */
  caseSensitive: boolean;
  /** Other spellings that fill the blank as well (`docker history` for `docker image history`). */
  alsoRight: string[];
}

/** One quiz question, by type. */
export type Question = ChoiceQuestion | ScenarioQuestion | TypedQuestion | ClozeQuestion;

/** The options of a choice or scenario question; undefined for typed and cloze. */
export function choicesOf(question: Question): string[] | undefined {
  return question.type === 'choice' || question.type === 'scenario' ? question.choices : undefined;
}

/** Two questions are the same when they ask the same thing, whichever card they came from. */
export const questionKey = (q: Question) => `${q.type}\n${q.prompt}`;

export interface Verdict {
  correct: boolean;
  /** The right answer as shown to the learner. */
  expected: string;
  /** Specific reasons an answer is wrong (a missing flag, a wrong value); src/ui words them. */
  details: CommandProblem[];
}

import type { Card } from '../notes/types.js';
import { choiceQuestions } from './choice.js';
import { clozeQuestions } from './cloze.js';
import { phrases } from './phrases.js';
import { type Question, type QuestionType, questionKey } from './question.js';
import { createRng, type Rng, shuffle } from './rng.js';
import { scenarioQuestions } from './scenario.js';
import { questionDefects } from './soundness.js';
import { typedQuestions } from './typed.js';

export interface QuizOptions {
  count: number;
  types: readonly QuestionType[];
  seed: number;
  lang: string;
}

export interface Quiz {
  questions: Question[];
  /** Fewer questions could be made than `count` asked for (one per card); `questions` holds them all. */
  short: boolean;
}

/** Every question of one type the card can give (choice options and scenarios drawn from `rng`). */
export function questionsOf(
  card: Card,
  pool: Card[],
  type: QuestionType,
  rng: Rng,
  lang: string,
): Question[] {
  const say = phrases(lang);
  switch (type) {
    case 'choice':
      return choiceQuestions(card, pool, rng, say);
    case 'typed':
      return typedQuestions(card, pool, say);
    case 'cloze':
      return shuffle(rng, clozeQuestions(card, say));
    case 'scenario':
      return scenarioQuestions(card, rng, say);
  }
}

/**
 * A quiz of up to `count` questions, one per card (each answer is a review of its card), in a seeded
 * order with types taken in turn, never the same question twice (two cards can share a task). Pure:
 * the same cards and seed give the same quiz, whatever has been answered before.
 */
export function generateQuiz(cards: Card[], options: QuizOptions): Quiz {
  const rng = createRng(options.seed);
  const order = shuffle(rng, cards);
  const cycle = shuffle(rng, options.types);
  const asked = new Set<string>();
  const questions: Question[] = [];
  for (const card of order) {
    if (questions.length >= options.count) break;
    const preferred = cycle[questions.length % cycle.length]!;
    for (const type of [preferred, ...cycle.filter((t) => t !== preferred)]) {
      // A question that breaks a rule (possible with users' notes) is never asked.
      const question = questionsOf(card, cards, type, rng, options.lang).find(
        (q) => !asked.has(questionKey(q)) && questionDefects(q, card).length === 0,
      );
      if (!question) continue;
      asked.add(questionKey(question));
      questions.push(question);
      break;
    }
  }
  return { questions, short: questions.length < options.count };
}

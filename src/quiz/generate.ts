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
  /** Fewer different questions could be made than `count` asked for; `questions` holds them all. */
  short: boolean;
}

/** Every question of one type the card can give (choice options and scenarios drawn from `rng`). */
export function questionsOf(card: Card, pool: Card[], type: QuestionType, rng: Rng, lang: string): Question[] {
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
 * A quiz of up to `count` different questions: one per card in a seeded order, types taken in
 * turn, then a second round of other questions of the same cards if the deck is small. Pure: the
 * same cards and seed give the same quiz, whatever has been answered before.
 */
export function generateQuiz(cards: Card[], options: QuizOptions): Quiz {
  const rng = createRng(options.seed);
  const order = shuffle(rng, cards);
  const cycle = shuffle(rng, options.types);
  const built = new Map<string, Question[]>();
  const questionsFor = (card: Card, type: QuestionType) => {
    const key = `${card.id}\n${type}`;
    let list = built.get(key);
    // A question that breaks a rule (possible with users' notes) is never asked.
    if (!list) {
      list = questionsOf(card, cards, type, rng, options.lang).filter((q) => questionDefects(q, card).length === 0);
      built.set(key, list);
    }
    return list;
  };
  const asked = new Set<string>();
  const questions: Question[] = [];
  let added = true;
  while (added && questions.length < options.count) {
    added = false;
    for (const card of order) {
      if (questions.length >= options.count) break;
      const preferred = cycle[questions.length % cycle.length]!;
      for (const type of [preferred, ...cycle.filter((t) => t !== preferred)]) {
        const question = questionsFor(card, type).find((q) => !asked.has(questionKey(q)));
        if (!question) continue;
        asked.add(questionKey(question));
        questions.push(question);
        added = true;
        break;
      }
    }
  }
  return { questions, short: questions.length < options.count };
}

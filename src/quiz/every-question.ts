import type { Card } from '../notes/types.js';
import { choicePlans, writtenQuestion } from './choice.js';
import { clozeQuestions } from './cloze.js';
import { phrases } from './phrases.js';
import type { Question } from './question.js';
import { createRng } from './rng.js';
import { scenarioQuestions } from './scenario.js';
import { type Defect, questionDefects } from './soundness.js';
import { typedQuestions } from './typed.js';

/**
 * Every question the card can give: each choice with all the wrong options it may draw from (so
 * any four a quiz picks are covered), every cloze and task, and a spread of computed scenarios.
 */
export function everyQuestion(card: Card, pool: Card[], lang: string): Question[] {
  const say = phrases(lang);
  // A question written with its options is asked with those (a quiz draws none of its own).
  const choices: Question[] = card.choices
    ? [writtenQuestion(card, card.choices)]
    : choicePlans(card, pool, say).map((plan) => ({
        cardId: plan.cardId,
        type: 'choice',
        prompt: plan.prompt,
        choices: [plan.answer, ...plan.wrong],
        answer: plan.answer,
      }));
  return [
    ...choices,
    ...clozeQuestions(card, say),
    ...typedQuestions(card, pool, say),
    ...scenarioQuestions(card, createRng(1), say, 40),
  ];
}

/** The card's defects over every question it can give, and how many of its questions are sound. */
export function cardSoundness(card: Card, pool: Card[], lang: string): { sound: number; defects: Defect[] } {
  let sound = 0;
  const defects: Defect[] = [];
  for (const question of everyQuestion(card, pool, lang)) {
    const found = questionDefects(question, card);
    if (found.length === 0) sound++;
    defects.push(...found);
  }
  return { sound, defects };
}

// A typed command's verdict as a suggested rating: right is Good, wrong is Again, as in a quiz. The
// learner takes it with Space/Enter or picks another grade.

import type { Card } from '../notes/types.js';
import type { Verdict } from '../quiz/question.js';
import { gradeTypedCommand } from '../quiz/typed-card.js';
import type { Grade } from '../srs/index.js';
import { gradeOfQuizAnswer } from './quiz-answers.js';

export function suggestFromTyped(card: Card, input: string): (Verdict & { suggested: Grade }) | undefined {
  const verdict = gradeTypedCommand(card, input);
  return verdict && { ...verdict, suggested: gradeOfQuizAnswer({ correct: verdict.correct }) };
}

// `t` in a review: the learner types a command card's command instead of revealing it, and it is
// graded by meaning like a typed quiz question (any of the card's examples is right too).

import type { Card } from '../notes/types.js';
import { gradeAnswer } from './grade.js';
import type { Verdict } from './question.js';

/** The verdict on `input` for a command card; undefined for cards of other kinds. */
export function gradeTypedCommand(card: Card, input: string): Verdict | undefined {
  if (card.kind !== 'command') return undefined;
  return gradeAnswer(
    { type: 'typed', cardId: card.id, prompt: card.front, answer: card.command, alsoRight: card.examples },
    input,
  );
}

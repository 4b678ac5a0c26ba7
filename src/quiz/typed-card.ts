// `t` in a review: the learner types a command card's command instead of revealing it, and it is
// graded by meaning like a typed quiz question: the command or any of the card's examples is right.

import { compareCommands } from '../docker/index.js';
import type { Card } from '../notes/types.js';
import { gradeAnswer } from './grade.js';
import type { Verdict } from './question.js';

/**
 * The verdict on `input` for a command card; undefined for cards of other kinds. A wrong answer is
 * compared with the example nearest to it (fewest differences), so the details name what to change
 * rather than everything a bare `docker container run` lacks.
 */
export function gradeTypedCommand(card: Card, input: string): Verdict | undefined {
  if (card.kind !== 'command') return undefined;
  const candidates = [...card.examples, card.command];
  const distance = (candidate: string) => {
    const result = compareCommands(candidate, input);
    return result.equal ? -1 : result.error ? Number.POSITIVE_INFINITY : result.diffs.length;
  };
  const nearest = candidates.reduce((best, c) => (distance(c) < distance(best) ? c : best));
  return gradeAnswer(
    {
      type: 'typed',
      cardId: card.id,
      prompt: card.front,
      answer: nearest,
      alsoRight: candidates.filter((c) => c !== nearest),
    },
    input,
  );
}

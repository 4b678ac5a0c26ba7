import { parseCommandLine } from '../docker/index.js';
import type { Card } from '../notes/types.js';
import type { Phrases } from './phrases.js';
import type { Question } from './question.js';
import { pick, type Rng } from './rng.js';

/** "Type the command: …" from one of the card's described examples that docker's grammar accepts. */
export function typedQuestion(card: Card, rng: Rng, say: Phrases): Question | undefined {
  const tasks = (card.tasks ?? []).filter((t) => !('error' in parseCommandLine(t.command)));
  if (tasks.length === 0) return undefined;
  const task = pick(rng, tasks);
  return { cardId: card.id, type: 'typed', prompt: say.typeCommand(task.prompt), answer: task.command };
}

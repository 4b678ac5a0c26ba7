import type { Card } from '../notes/types.js';
import { choiceQuestion } from './choice.js';
import { clozeQuestion } from './cloze.js';
import { phrases } from './phrases.js';
import type { Question, QuestionType } from './question.js';
import { createRng, type Rng, shuffle } from './rng.js';
import { hasScenario, scenarioQuestion } from './scenario.js';
import { typedQuestion } from './typed.js';

export interface QuizOptions {
  count: number;
  types: readonly QuestionType[];
  seed: number;
  lang: string;
  /** When each card was last answered (ms since epoch): cards not seen recently come first. */
  lastSeen?: ReadonlyMap<string, number>;
}

type Builder = (card: Card, pool: Card[], rng: Rng, lang: string) => Question | undefined;

const BUILDERS: Record<QuestionType, Builder> = {
  choice: (card, pool, rng, lang) => choiceQuestion(card, pool, rng, phrases(lang)),
  typed: (card, _pool, rng, lang) => typedQuestion(card, rng, phrases(lang)),
  cloze: (card, _pool, rng, lang) => clozeQuestion(card, rng, phrases(lang)),
  scenario: (card, _pool, rng, lang) => scenarioQuestion(card, rng, phrases(lang)),
};

/**
 * A quiz of up to `count` questions, one per card, types mixed in turn. Pure: the same cards, seed
 * and history give the same quiz.
 */
export function generateQuiz(cards: Card[], options: QuizOptions): Question[] {
  const rng = createRng(options.seed);
  const seen = options.lastSeen ?? new Map<string, number>();
  const tiebreak = new Map(cards.map((c) => [c.id, rng()]));
  const queue = [...cards].sort(
    (a, b) => (seen.get(a.id) ?? -1) - (seen.get(b.id) ?? -1) || tiebreak.get(a.id)! - tiebreak.get(b.id)!,
  );
  const cycle = shuffle(rng, options.types);
  const questions: Question[] = [];
  for (let slot = 0; questions.length < options.count && queue.length > 0; slot++) {
    const preferred = cycle[slot % cycle.length]!;
    // The least recently seen card that can be asked this way; else the next card, asked any way it can.
    const index = Math.max(
      queue.findIndex((card) => canAsk(card, preferred)),
      0,
    );
    const card = queue.splice(index, 1)[0]!;
    const types = [
      preferred,
      ...shuffle(
        rng,
        options.types.filter((t) => t !== preferred),
      ),
    ];
    for (const type of types) {
      const question = BUILDERS[type](card, cards, rng, options.lang);
      if (question) {
        questions.push(question);
        break;
      }
    }
  }
  return questions;
}

// Cheap feasibility checks, so that searching for a card of the preferred type consumes no randomness.
function canAsk(card: Card, type: QuestionType): boolean {
  switch (type) {
    case 'typed':
      return (card.tasks?.length ?? 0) > 0;
    case 'cloze':
      return (card.keyTerms?.length ?? 0) > 0;
    case 'scenario':
      return hasScenario(card);
    case 'choice':
      return Boolean(card.summary);
  }
}

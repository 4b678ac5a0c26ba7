import type { Card } from '../notes/types.js';
import { normalizeDashes } from '../text/dashes.js';
import type { Phrases } from './phrases.js';
import type { Question } from './question.js';
import { pick, type Rng } from './rng.js';

export const BLANK = '_____';

/** One of the card's bold or code terms blanked out of its sentence. */
export function clozeQuestion(card: Card, rng: Rng, say: Phrases): Question | undefined {
  const candidates = (card.keyTerms ?? []).filter((k) => k.sentence.split(k.term).length === 2);
  if (candidates.length === 0) return undefined;
  const { term, sentence } = pick(rng, candidates);
  return {
    cardId: card.id,
    type: 'cloze',
    prompt: say.fillBlank(sentence.replace(term, BLANK)),
    answer: term,
  };
}

/** Case, spacing, quotes and dash style do not matter in a cloze answer. */
export function normalizeTerm(text: string): string {
  return normalizeDashes(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[`'"“”‘’]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

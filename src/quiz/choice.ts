import type { Card } from '../notes/types.js';
import type { Phrases } from './phrases.js';
import type { Question } from './question.js';
import { type Rng, shuffle } from './rng.js';

/** What a card is called in a choice list: the instruction, flag, command or term itself. */
export function termOf(card: Card): string | undefined {
  if (card.kind === 'instruction' && card.term) return card.term;
  if (card.kind === 'flag' && card.flag)
    return card.short ? `${card.short}, ${card.flag.split(' ').join(', ')}` : card.flag;
  if (card.kind === 'command' && card.command) return card.command;
  if (card.kind === 'term' && card.term) return card.term;
  return undefined;
}

/** Cards a wrong option may come from: the same kind, and for flags the same command if it has enough. */
export function siblingsOf(card: Card, pool: Card[]): Card[] {
  const sameKind = pool.filter((c) => c.id !== card.id && c.kind === card.kind);
  if (card.kind === 'flag') {
    const sameCommand = sameKind.filter((c) => c.command === card.command);
    return sameCommand.length >= 3 ? sameCommand : sameKind;
  }
  if (card.kind === 'concept' || card.kind === 'qa')
    return pool.filter((c) => c.id !== card.id && (c.kind === 'concept' || c.kind === 'qa'));
  return sameKind;
}

/** Three wrong options, none equal to the answer or to each other; undefined if the pool is too small. */
function distractors(rng: Rng, answer: string, candidates: string[]): string[] | undefined {
  const unique = [...new Set(candidates.filter((c) => c && c !== answer))];
  if (unique.length < 3) return undefined;
  return shuffle(rng, unique).slice(0, 3);
}

function asQuestion(rng: Rng, card: Card, prompt: string, answer: string, wrong: string[]): Question {
  return { cardId: card.id, type: 'choice', prompt, choices: shuffle(rng, [answer, ...wrong]), answer };
}

/**
 * A four-option question in one of two directions: from the description to the term ("which
 * instruction…?") or from the term to its description ("what does ENTRYPOINT do?").
 */
export function choiceQuestion(card: Card, pool: Card[], rng: Rng, say: Phrases): Question | undefined {
  const siblings = siblingsOf(card, pool);
  const term = termOf(card);
  const summary = firstSentence(card.summary) || undefined;
  const directions: Array<() => Question | undefined> = [];
  if (term && summary) {
    directions.push(() => {
      const wrong = distractors(
        rng,
        term,
        siblings.map(termOf).filter((t): t is string => Boolean(t)),
      );
      if (!wrong) return undefined;
      const ask =
        card.kind === 'instruction'
          ? say.whichInstruction(summary)
          : card.kind === 'flag'
            ? say.whichFlag(card.command ?? '', summary)
            : card.kind === 'command'
              ? say.whichCommand(summary)
              : say.whichTerm(summary);
      return asQuestion(rng, card, ask, term, wrong);
    });
    directions.push(() => {
      const wrong = distractors(
        rng,
        summary,
        siblings.map((c) => c.summary),
      );
      const named = card.kind === 'flag' ? `\`${card.command} ${card.short ?? card.flag}\`` : `\`${term}\``;
      return wrong && asQuestion(rng, card, say.whatDoes(named), summary, wrong);
    });
  } else if (summary) {
    // Concepts and questions: pick the right explanation for the heading or question.
    directions.push(() => {
      const wrong = distractors(
        rng,
        summary,
        siblings.map((c) => firstSentence(c.summary)),
      );
      const front = card.front.replace(/[`*_]/g, '');
      return (
        wrong &&
        asQuestion(
          rng,
          card,
          card.kind === 'qa' ? say.whichAnswers(front) : say.whichExplains(front),
          summary,
          wrong,
        )
      );
    });
  }
  for (const direction of shuffle(rng, directions)) {
    const question = direction();
    if (question) return question;
  }
  return undefined;
}

/** Options stay readable: the first sentence of a summary. */
export function firstSentence(text: string): string {
  return (text.split(/(?<=[.!?。])\s+/)[0] ?? '').trim();
}

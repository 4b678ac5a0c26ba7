// A review session without a terminal: it walks the queue, asks `io` for the learner's choices and
// commits them through `Answering`. Keys, lines and screens are the caller's (src/ui, src/cli).

import {
  afterAnswer,
  type Grade,
  nextInSession,
  Rating,
  returnToQueue,
  type StudyQueue,
} from '../srs/index.js';
import type { Answering, Committed, UndoOutcome } from './answering.js';

/** The learner at a card's front: see the back, take back the last answer, stop, or Ctrl-C. */
export type FrontChoice = 'reveal' | 'undo' | 'quit' | 'interrupt';
/** At the back: a grade, or the same three as at the front. */
export type BackChoice = Grade | Exclude<FrontChoice, 'reveal'>;

export interface ReviewProgress {
  done: number;
  learning: number;
  review: number;
  new: number;
}

/** What the session tells the learner between cards. */
export type ReviewEvent = { kind: 'answered'; answer: Committed } | { kind: 'undo'; outcome: UndoOutcome };

export interface ReviewIo<C> {
  /** Shows the card's front; resolves to what the learner does next. */
  front(card: C, progress: ReviewProgress): Promise<FrontChoice>;
  /** Shows the back with each grade's next interval (Again, Hard, Good, Easy). */
  back(card: C, intervals: readonly string[]): Promise<BackChoice>;
  tell(event: ReviewEvent): void;
  clock(): number;
}

export interface ReviewPlan<C extends { id: string }> {
  queue: StudyQueue;
  /** The cards the queue's ids name; an id without a card ends the session. */
  cards: ReadonlyMap<string, C>;
  answering: Answering;
  /** Stop after this many answers. */
  limit?: number;
}

export interface ReviewResult {
  /** Cards shown (an undone answer's card may be shown again). */
  shown: number;
  done: number;
  again: number;
  elapsedMs: number;
  /** Why the session ended: the queue ran out (or the limit was reached), q, or Ctrl-C. */
  ended: 'finished' | 'quit' | 'interrupted';
  /** The queue when the session ended. */
  queue: StudyQueue;
}

export async function playReview<C extends { id: string }>(
  plan: ReviewPlan<C>,
  io: ReviewIo<C>,
): Promise<ReviewResult> {
  const { answering, cards } = plan;
  const limit = plan.limit ?? Number.POSITIVE_INFINITY;
  const started = io.clock();
  let queue = plan.queue;
  let shownCards = 0;
  let done = 0;
  let again = 0;
  const result = (ended: ReviewResult['ended']): ReviewResult => ({
    shown: shownCards,
    done,
    again,
    elapsedMs: io.clock() - started,
    ended,
    queue,
  });
  const undo = () => {
    const outcome = answering.undo();
    if (outcome.kind === 'undone') {
      queue = returnToQueue(queue, outcome.cardId, outcome.restored);
      done--;
      if (outcome.grade === Rating.Again) again--;
    }
    io.tell({ kind: 'undo', outcome });
  };

  while (done < limit) {
    const shown = io.clock();
    const id = nextInSession(queue, answering.states, new Date(shown));
    const card = id === undefined ? undefined : cards.get(id);
    if (!card) break;
    const progress = {
      done,
      learning: queue.learning.length,
      review: queue.review.length,
      new: queue.new.length,
    };
    shownCards++;
    const front = await io.front(card, progress);
    if (front === 'quit' || front === 'interrupt') return result(front === 'quit' ? 'quit' : 'interrupted');
    if (front === 'undo') {
      undo();
      continue;
    }
    const preview = answering.preview(card.id, new Date(shown));
    const choice = await io.back(card, preview.intervals);
    if (choice === 'quit' || choice === 'interrupt')
      return result(choice === 'quit' ? 'quit' : 'interrupted');
    if (choice === 'undo') {
      undo();
      continue;
    }
    const answeredAt = io.clock();
    const answer = answering.commit(preview, choice, {
      now: new Date(answeredAt),
      durationMs: answeredAt - shown,
      source: 'review',
    });
    queue = afterAnswer(queue, card.id, answer.card);
    done++;
    if (choice === Rating.Again) again++;
    io.tell({ kind: 'answered', answer });
  }
  return result('finished');
}

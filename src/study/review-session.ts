// A review session without a terminal: it walks the queue, asks `io` for the learner's choices and
// commits them through `Answering`. Keys, lines and screens are the caller's (src/ui, src/cli).

import {
  afterAnswer,
  type CardMarks,
  type Grade,
  NO_MARKS,
  nextInSession,
  Rating,
  returnToQueue,
  type StudyQueue,
} from '../srs/index.js';
import type { Answering, Committed, MarkAction, UndoOutcome } from './answering.js';

/**
 * The learner at a card's front: see the back, take back the last answer or mark, suspend, bury or
 * flag the card, edit its note, type the answer (`typed`: the grade the grader suggests), stop,
 * or Ctrl-C.
 */
export type FrontChoice = 'reveal' | 'undo' | 'quit' | 'interrupt' | MarkAction | 'edit' | { typed: Grade };
/** At the back: a grade, or what the front offers besides revealing and typing. */
export type BackChoice = Grade | 'undo' | 'quit' | 'interrupt' | MarkAction | 'edit';

export interface ReviewProgress {
  done: number;
  learning: number;
  review: number;
  new: number;
  /** done + what is left. */
  total: number;
  /** The time the rest should take at this learner's usual pace; undefined before any answer. */
  leftMs: number | undefined;
}

/** What the card on screen is: its marks and, after `t`, the grade the grader suggests. */
export interface CardStatus {
  marks: CardMarks;
  suggested?: Grade;
}

/** What the session tells the learner between cards. */
export type ReviewEvent =
  | { kind: 'answered'; answer: Committed }
  | { kind: 'undo'; outcome: UndoOutcome }
  | { kind: 'marked'; cardId: string; action: MarkAction; marks: CardMarks }
  | { kind: 'edit'; outcome: EditOutcome<unknown> };

/** After `e`: the card as re-read from its edited note, or why there is none. */
export type EditOutcome<C> =
  | { kind: 'edited'; card: C }
  | { kind: 'builtin' }
  | { kind: 'gone' }
  | { kind: 'failed'; message: string };

export interface ReviewIo<C> {
  /** Shows the card's front; resolves to what the learner does next. */
  front(card: C, progress: ReviewProgress, status: CardStatus): Promise<FrontChoice>;
  /** Shows the back with each grade's next interval in ms (Again, Hard, Good, Easy). */
  back(card: C, intervals: readonly number[], status: CardStatus): Promise<BackChoice>;
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
  /** Opens the card's note in an editor and re-reads it (the `e` key); without it, `e` does nothing. */
  edit?(card: C): Promise<EditOutcome<C>>;
}

export interface ReviewResult {
  /** Cards shown (an undone answer's card may be shown again). */
  shown: number;
  done: number;
  again: number;
  /** Cards suspended, buried and made leeches in this session (undone ones not counted). */
  suspended: number;
  buried: number;
  leeches: number;
  elapsedMs: number;
  /** Why the session ended: the queue ran out (or the limit was reached), q, or Ctrl-C. */
  ended: 'finished' | 'quit' | 'interrupted';
  /** The queue when the session ended. */
  queue: StudyQueue;
}

const without = (queue: StudyQueue, cardId: string): StudyQueue => {
  const others = (ids: string[]) => ids.filter((id) => id !== cardId);
  return { learning: others(queue.learning), review: others(queue.review), new: others(queue.new) };
};

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

export async function playReview<C extends { id: string }>(
  plan: ReviewPlan<C>,
  io: ReviewIo<C>,
): Promise<ReviewResult> {
  const { answering } = plan;
  const cards = new Map(plan.cards);
  const limit = plan.limit ?? Number.POSITIVE_INFINITY;
  const started = io.clock();
  // The pace: this session's answer times once there are some, before that the learner's usual one.
  const usual = answering.typicalAnswerMs();
  const times: number[] = [];
  // Whether each of this session's answers made a leech, so that undo can count it out.
  const leeched: boolean[] = [];
  let queue = plan.queue;
  let shownCards = 0;
  const count = { done: 0, again: 0, suspended: 0, buried: 0, leeches: 0 };
  const result = (ended: ReviewResult['ended']): ReviewResult => ({
    shown: shownCards,
    ...count,
    elapsedMs: io.clock() - started,
    ended,
    queue,
  });
  const status = (cardId: string, extra: Partial<CardStatus> = {}): CardStatus => ({
    marks: answering.marks.get(cardId) ?? NO_MARKS,
    ...extra,
  });
  /** Takes back the last answer or mark; false when there was nothing this session could undo. */
  const undo = (): boolean => {
    const outcome = answering.undo();
    if (outcome.kind === 'undone') {
      queue = returnToQueue(queue, outcome.cardId, outcome.restored);
      count.done--;
      times.pop();
      if (leeched.pop()) count.leeches--;
      if (outcome.grade === Rating.Again) count.again--;
    } else if (outcome.kind === 'unmarked') {
      if (outcome.action === 'suspend') count.suspended--;
      if (outcome.action === 'bury') count.buried--;
      if (outcome.action !== 'flag')
        queue = returnToQueue(queue, outcome.cardId, answering.states.get(outcome.cardId));
    }
    io.tell({ kind: 'undo', outcome });
    return outcome.kind === 'undone' || outcome.kind === 'unmarked';
  };
  /** s, b or f; true when the card leaves the session (suspended or buried). */
  const mark = (cardId: string, action: MarkAction): boolean => {
    const marks = answering.mark(cardId, action, new Date(io.clock()));
    io.tell({ kind: 'marked', cardId, action, marks });
    if (action === 'flag') return false;
    count[action === 'suspend' ? 'suspended' : 'buried']++;
    queue = without(queue, cardId);
    return true;
  };
  /** e: the card re-read from its edited note (it may have a new id); undefined when it is gone. */
  const edit = async (card: C): Promise<C | undefined> => {
    if (!plan.edit) return card;
    const outcome = await plan.edit(card);
    io.tell({ kind: 'edit', outcome });
    if (outcome.kind === 'gone') {
      queue = without(queue, card.id);
      return undefined;
    }
    if (outcome.kind !== 'edited') return card;
    const edited = outcome.card;
    cards.set(edited.id, edited);
    if (edited.id !== card.id) {
      const rename = (ids: string[]) => ids.map((id) => (id === card.id ? edited.id : id));
      queue = { learning: rename(queue.learning), review: rename(queue.review), new: rename(queue.new) };
      const state = answering.states.get(card.id);
      if (state && !answering.states.has(edited.id)) answering.states.set(edited.id, state);
    }
    return edited;
  };
  const progress = (): ReviewProgress => {
    const left = queue.learning.length + queue.review.length + queue.new.length;
    const pace = times.length ? median(times) : usual;
    return {
      done: count.done,
      learning: queue.learning.length,
      review: queue.review.length,
      new: queue.new.length,
      total: count.done + left,
      leftMs: pace === undefined ? undefined : pace * left,
    };
  };

  nextCard: while (count.done < limit) {
    const shown = io.clock();
    const id = nextInSession(queue, answering.states, new Date(shown));
    let card = id === undefined ? undefined : cards.get(id);
    if (!card) break;
    shownCards++;
    let typed: CardStatus = status(card.id);
    // The front, until the learner reveals it (or types the answer).
    for (;;) {
      const front = await io.front(card, progress(), status(card.id));
      if (front === 'quit' || front === 'interrupt') return result(front === 'quit' ? 'quit' : 'interrupted');
      if (front === 'undo') {
        if (undo()) continue nextCard;
        continue;
      }
      if (front === 'suspend' || front === 'bury' || front === 'flag') {
        if (mark(card.id, front)) continue nextCard;
        continue;
      }
      if (front === 'edit') {
        card = await edit(card);
        if (!card) continue nextCard;
        continue;
      }
      if (typeof front === 'object') typed = status(card.id, { suggested: front.typed });
      break;
    }
    // The back, until the learner rates it.
    for (;;) {
      const preview = answering.preview(card.id, new Date(shown));
      const choice = await io.back(card, preview.intervals, { ...typed, marks: status(card.id).marks });
      if (choice === 'quit' || choice === 'interrupt')
        return result(choice === 'quit' ? 'quit' : 'interrupted');
      if (choice === 'undo') {
        // Nothing to undo: the answer stays revealed.
        if (undo()) continue nextCard;
        continue;
      }
      if (choice === 'suspend' || choice === 'bury' || choice === 'flag') {
        if (mark(card.id, choice)) continue nextCard;
        continue;
      }
      if (choice === 'edit') {
        const edited = await edit(card);
        if (!edited) continue nextCard;
        card = edited;
        continue;
      }
      const answeredAt = io.clock();
      const answer = answering.commit(preview, choice, {
        now: new Date(answeredAt),
        durationMs: answeredAt - shown,
        source: 'review',
      });
      // The pace counts what is recorded: a card left on screen over lunch does not slow the estimate.
      times.push(answer.durationMs);
      leeched.push(answer.leech);
      queue = answer.leech ? without(queue, card.id) : afterAnswer(queue, card.id, answer.card);
      count.done++;
      if (answer.leech) count.leeches++;
      if (choice === Rating.Again) count.again++;
      io.tell({ kind: 'answered', answer });
      continue nextCard;
    }
  }
  return result('finished');
}

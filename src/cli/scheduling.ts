// The store and the scheduler together, as the commands use them: what is due, and answering a card
// in two steps (preview every grade, then commit the chosen one in its own transaction).
import type { CardRef, Registry } from '../decks/registry.js';
import {
  type AnswerPreviews,
  buildQueue,
  DEFAULT_SRS_CONFIG,
  dayEnd,
  dayStart,
  type FsrsCard,
  type Grade,
  localUtcOffsetMinutes,
  previewAnswers,
  Rating,
  type SrsConfig,
  type StudyQueue,
} from '../srs/index.js';
import {
  type AnswerSource,
  closeStore,
  countNewIntroducedSince,
  getConfig,
  loadKnownCardIds,
  loadStates,
  loadStatesDueBefore,
  openStore,
  recordAnswer,
  type Store,
  type UndoneAnswer,
  undoLast,
} from '../store/index.js';
import { withStore } from './store-access.js';
import { storePath } from './store-path.js';

export interface QueueOptions {
  cardIds: readonly string[];
  now: Date;
  dueOnly?: boolean;
  /** Overrides the day's new-card allowance (review --new N). */
  newLimit?: number;
}

/** What a queue is built from: stored states, the day's new-card allowance and what is used of it. */
interface QueueSource {
  states: ReadonlyMap<string, FsrsCard>;
  /** Ids with a stored state, when `states` holds only the due ones. */
  known?: ReadonlySet<string>;
  newPerDay: number;
  newSeenToday: number;
}

/** Only the states that matter today (an indexed query), read once for any number of queues. */
function dueSource(store: Store | undefined, now: Date): QueueSource {
  if (!store) return { states: new Map(), newPerDay: DEFAULT_SRS_CONFIG.newPerDay, newSeenToday: 0 };
  const tz = localUtcOffsetMinutes(now);
  return {
    states: loadStatesDueBefore(store, dayEnd(now, tz).getTime()),
    known: loadKnownCardIds(store),
    newPerDay: getConfig(store).newPerDay,
    newSeenToday: countNewIntroducedSince(store, dayStart(now, tz).getTime()),
  };
}

function queueOf(source: QueueSource, options: QueueOptions): StudyQueue {
  return buildQueue({
    cardIds: options.cardIds,
    now: options.now,
    utcOffsetMinutes: localUtcOffsetMinutes(options.now),
    dueOnly: options.dueOnly,
    states: source.states,
    ...(source.known ? { known: source.known } : {}),
    // --new N replaces the day's allowance for this session.
    config: { newPerDay: options.newLimit ?? source.newPerDay },
    newSeenToday: options.newLimit === undefined ? source.newSeenToday : 0,
  });
}

/** Today's queue, read-only (review --due --json). */
export function readQueue(options: QueueOptions): StudyQueue {
  return withStore('read', (store) => queueOf(dueSource(store, options.now), options));
}

/** Every stored card state, read-only; empty without a store (none is created). */
export function readStates(): Map<string, FsrsCard> {
  return withStore('read', (store) => (store ? loadStates(store) : new Map()));
}

/** Cards never studied and cards due now, for each deck (`dockstudy decks`). */
export function deckCounts(
  registry: Registry<CardRef>,
  now: Date,
): Map<string, { new: number; due: number }> {
  return withStore('read', (store) => {
    const source = dueSource(store, now);
    const counts = new Map<string, { new: number; due: number }>();
    for (const deck of registry.decks) {
      const cardIds = deck.cards.map((c) => c.id);
      const queue = queueOf(source, { cardIds, now, newLimit: Number.MAX_SAFE_INTEGER });
      counts.set(deck.id, { new: queue.new.length, due: queue.learning.length + queue.review.length });
    }
    return counts;
  });
}

/** An open store for a study session. */
export interface Scheduler {
  config: SrsConfig;
  states: Map<string, FsrsCard>;
  queue(options: QueueOptions): StudyQueue;
  preview(cardId: string, now: Date): AnswerPreviews;
  /** Commits one answer (its own transaction) and returns the card's new state. */
  answer(
    cardId: string,
    previews: AnswerPreviews,
    grade: Grade,
    options: { now: Date; durationMs: number; source: AnswerSource },
  ): FsrsCard;
  /** Takes back the last answer for the card; its state is restored exactly. */
  undo(cardId: string): UndoneAnswer | undefined;
  close(): void;
}

/** `states`: what the caller read already (readStates), so that they are not loaded twice. */
export function openScheduler(known?: Map<string, FsrsCard>): Scheduler {
  const store = openStore(storePath());
  const config = getConfig(store);
  const states = known ?? loadStates(store);
  return {
    config,
    states,
    queue: (options) =>
      queueOf(
        {
          states,
          newPerDay: config.newPerDay,
          newSeenToday: countNewIntroducedSince(
            store,
            dayStart(options.now, localUtcOffsetMinutes(options.now)).getTime(),
          ),
        },
        options,
      ),
    preview: (cardId, now) => previewAnswers(states.get(cardId), now, config),
    answer(cardId, previews, grade, { now, durationMs, source }) {
      const chosen = previews[grade];
      recordAnswer(store, { cardId, answer: chosen, durationMs, source, now });
      states.set(cardId, chosen.card);
      return chosen.card;
    },
    undo(cardId) {
      const undone = undoLast(store, cardId);
      if (undone) {
        if (undone.restored) states.set(undone.cardId, undone.restored);
        else states.delete(undone.cardId);
      }
      return undone;
    },
    close: () => closeStore(store),
  };
}

/** Each grade's next interval in button order: Again, Hard, Good, Easy. */
export function intervalsOf(previews: AnswerPreviews): string[] {
  return [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy].map((g) => previews[g as Grade].interval);
}

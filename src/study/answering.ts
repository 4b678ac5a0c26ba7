// Answering cards, the one path for review, quiz and card alike: preview every grade from the card's
// state, commit the chosen one, undo it. Each preview remembers the state it was computed from, and
// the store commits only while that is still the stored state (compare-before-commit, as Anki does):
// an answer another session gave meanwhile is never overwritten; this one is computed again from it.

import {
  type AnswerPreviews,
  type Card,
  formatInterval,
  type Grade,
  intervalsOf,
  previewAnswers,
  recordedDurationMs,
  type SrsConfig,
  type StudyQueue,
} from '../srs/index.js';
import {
  type AnswerSource,
  closeStore,
  getConfig,
  loadStates,
  openStore,
  recordAnswer,
  type UndoRefusal,
  undoAnswer,
} from '../store/index.js';
import { newSeenToday, type QueueOptions, queueOf } from './queues.js';

/** The four grades of one card, previewed from the state in `from`. */
export interface Preview {
  cardId: string;
  /** The state the previews were computed from (undefined: never answered). */
  from: Card | undefined;
  grades: AnswerPreviews;
  /** Each grade's next interval in button order: Again, Hard, Good, Easy. */
  intervals: string[];
}

export interface Committed {
  cardId: string;
  grade: Grade;
  /** The card's new state. */
  card: Card;
  /** When it comes back, as `10m` or `3d`. */
  interval: string;
  /** Another session had answered the card since the preview: this answer was computed from its state. */
  rebased: boolean;
}

export type UndoOutcome =
  | { kind: 'undone'; cardId: string; grade: Grade; restored: Card | undefined }
  | { kind: 'nothing' }
  | { kind: 'refused'; cardId: string; reason: UndoRefusal };

export interface AnswerOptions {
  now: Date;
  durationMs: number;
  source: AnswerSource;
}

/** An open store for one study session. `states` is kept up to date with every commit and undo. */
export interface Answering {
  readonly config: SrsConfig;
  readonly states: Map<string, Card>;
  queue(options: QueueOptions): StudyQueue;
  preview(cardId: string, now: Date): Preview;
  /** Commits one grade of a preview, in its own transaction. */
  commit(preview: Preview, grade: Grade, options: AnswerOptions): Committed;
  /** Takes back this session's last answer, if nothing came after it. */
  undo(): UndoOutcome;
  close(): void;
}

/** `known`: the states the caller read already (readStates), so that they are not loaded twice. */
export function openAnswering(storeFile: string, known?: Map<string, Card>): Answering {
  const store = openStore(storeFile);
  let config: SrsConfig;
  let states: Map<string, Card>;
  try {
    config = getConfig(store);
    states = known ?? loadStates(store);
  } catch (error) {
    closeStore(store);
    throw error;
  }
  // This session's own answers, newest last: only these can be undone.
  const mine: { logId: number; cardId: string }[] = [];
  return {
    config,
    states,
    queue: (options) =>
      queueOf(
        { states, newPerDay: config.newPerDay, newSeenToday: newSeenToday(store, options.now) },
        options,
      ),
    preview(cardId, now) {
      const from = states.get(cardId);
      const grades = previewAnswers(from, now, config);
      return { cardId, from, grades, intervals: intervalsOf(grades) };
    },
    commit(preview, grade, { now, durationMs, source }) {
      const { cardId } = preview;
      const recorded = recordAnswer(store, {
        cardId,
        from: preview.from,
        answer: preview.grades[grade],
        rebase: (stored) => previewAnswers(stored, now, config)[grade],
        durationMs: recordedDurationMs(durationMs),
        source,
        now,
      });
      states.set(cardId, recorded.card);
      mine.push({ logId: recorded.logId, cardId });
      const interval = formatInterval(recorded.card.due.getTime() - now.getTime());
      return { cardId, grade, card: recorded.card, interval, rebased: recorded.rebased };
    },
    undo() {
      // A refused answer stays the last one: undo never skips over it to an older answer.
      const last = mine.at(-1);
      if (!last) return { kind: 'nothing' };
      const undone = undoAnswer(store, last.logId);
      if ('refused' in undone) return { kind: 'refused', cardId: last.cardId, reason: undone.refused };
      mine.pop();
      if (undone.restored) states.set(undone.cardId, undone.restored);
      else states.delete(undone.cardId);
      return { kind: 'undone', cardId: undone.cardId, grade: undone.rating, restored: undone.restored };
    },
    close: () => closeStore(store),
  };
}

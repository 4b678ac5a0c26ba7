// Answering cards, the one path for review, quiz and card alike: preview every grade from the card's
// state, commit the chosen one, undo it. Each preview remembers the state it was computed from, and
// the store commits only while that is still the stored state (compare-before-commit, as Anki does):
// an answer another session gave meanwhile is never overwritten; this one is computed again from it.

import {
  type AnswerPreviews,
  becomesLeech,
  buryUntil,
  type Card,
  type CardMarks,
  dayStart,
  formatInterval,
  type Grade,
  intervalsOf,
  localUtcOffsetMinutes,
  NO_MARKS,
  previewAnswers,
  recordedDurationMs,
  type SrsConfig,
  type StudyQueue,
  withLeech,
} from '../srs/index.js';
import {
  type AnswerSource,
  closeStore,
  getConfig,
  loadMarks,
  loadStates,
  newIntroducedBySource,
  openStore,
  type QuizAnswerText,
  recordAnswer,
  saveMarks,
  typicalAnswerMs,
  type UndoRefusal,
  undoAnswer,
} from '../store/index.js';
import { hiddenCards, newSeenToday, type QueueOptions, queueOf } from './queues.js';

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
  /** This answer made the card a leech: it is now tagged `leech` and suspended. */
  leech: boolean;
}

/** What the review keys s, b and f do to a card (f flags it, or lifts its flag). */
export type MarkAction = 'suspend' | 'bury' | 'flag';

export type UndoOutcome =
  | { kind: 'undone'; cardId: string; grade: Grade; restored: Card | undefined }
  | { kind: 'unmarked'; cardId: string; action: MarkAction; marks: CardMarks }
  | { kind: 'nothing' }
  | { kind: 'refused'; cardId: string; reason: UndoRefusal };

export interface AnswerOptions {
  now: Date;
  durationMs: number;
  source: AnswerSource;
  /** A quiz answer's text and override, kept in the review log. */
  quizAnswer?: QuizAnswerText;
}

/** An open store for one study session. `states` is kept up to date with every commit and undo. */
export interface Answering {
  readonly config: SrsConfig;
  readonly states: Map<string, Card>;
  /** Suspended, buried, flagged and tagged cards, kept up to date like `states`. */
  readonly marks: Map<string, CardMarks>;
  /** A queue without the hidden cards; `learnAhead`: learning cards due within 20 minutes count. */
  queue(options: QueueOptions): StudyQueue;
  /** Suspends, buries (until the next study day) or toggles the flag of a card; undo takes it back. */
  mark(cardId: string, action: MarkAction, now: Date): CardMarks;
  /** This learner's usual answer time in ms, from the answer log; undefined before any answer. */
  typicalAnswerMs(): number | undefined;
  /** New cards introduced today, by where (review, quiz, card). */
  newToday(now: Date): Partial<Record<'review' | 'quiz' | 'card', number>>;
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
  let marks: Map<string, CardMarks>;
  try {
    config = getConfig(store);
    states = known ?? loadStates(store);
    marks = loadMarks(store);
  } catch (error) {
    closeStore(store);
    throw error;
  }
  // This session's own answers and marks, newest last: only these can be undone. An answer that made
  // a leech remembers the marks it replaced.
  type Done =
    | { kind: 'answer'; logId: number; cardId: string; marksBefore?: CardMarks }
    | { kind: 'mark'; cardId: string; action: MarkAction; marksBefore: CardMarks };
  const mine: Done[] = [];
  const setMarks = (cardId: string, next: CardMarks, now: number) => {
    saveMarks(store, cardId, next, now);
    marks.set(cardId, next);
  };
  return {
    config,
    states,
    marks,
    queue(options) {
      const hidden = hiddenCards(marks, options.now);
      return queueOf(
        { states, newPerDay: config.newPerDay, newSeenToday: newSeenToday(store, options.now), hidden },
        options,
      );
    },
    mark(cardId, action, now) {
      const before = marks.get(cardId) ?? NO_MARKS;
      const next: CardMarks =
        action === 'suspend'
          ? { ...before, suspended: true }
          : action === 'bury'
            ? { ...before, buriedUntilMs: buryUntil(now) }
            : { ...before, flagged: !before.flagged };
      setMarks(cardId, next, now.getTime());
      mine.push({ kind: 'mark', cardId, action, marksBefore: before });
      return next;
    },
    typicalAnswerMs: () => typicalAnswerMs(store),
    newToday: (now) => newIntroducedBySource(store, dayStart(now, localUtcOffsetMinutes(now)).getTime()),
    preview(cardId, now) {
      const from = states.get(cardId);
      const grades = previewAnswers(from, now, config);
      return { cardId, from, grades, intervals: intervalsOf(grades) };
    },
    commit(preview, grade, { now, durationMs, source, quizAnswer }) {
      const { cardId } = preview;
      const recorded = recordAnswer(store, {
        cardId,
        from: preview.from,
        answer: preview.grades[grade],
        rebase: (stored) => previewAnswers(stored, now, config)[grade],
        durationMs: recordedDurationMs(durationMs),
        source,
        now,
        ...(quizAnswer ? { quizAnswer } : {}),
      });
      states.set(cardId, recorded.card);
      const before = marks.get(cardId) ?? NO_MARKS;
      const leech = becomesLeech(preview.from, recorded.card, config.leechThreshold);
      if (leech) setMarks(cardId, withLeech(before), now.getTime());
      mine.push({ kind: 'answer', logId: recorded.logId, cardId, ...(leech ? { marksBefore: before } : {}) });
      const interval = formatInterval(recorded.card.due.getTime() - now.getTime());
      return { cardId, grade, card: recorded.card, interval, rebased: recorded.rebased, leech };
    },
    undo() {
      // A refused answer stays the last one: undo never skips over it to an older answer.
      const last = mine.at(-1);
      if (!last) return { kind: 'nothing' };
      if (last.kind === 'mark') {
        mine.pop();
        setMarks(last.cardId, last.marksBefore, Date.now());
        return { kind: 'unmarked', cardId: last.cardId, action: last.action, marks: last.marksBefore };
      }
      const undone = undoAnswer(store, last.logId);
      if ('refused' in undone) return { kind: 'refused', cardId: last.cardId, reason: undone.refused };
      mine.pop();
      if (last.marksBefore) setMarks(last.cardId, last.marksBefore, Date.now());
      if (undone.restored) states.set(undone.cardId, undone.restored);
      else states.delete(undone.cardId);
      return { kind: 'undone', cardId: undone.cardId, grade: undone.rating, restored: undone.restored };
    },
    close: () => closeStore(store),
  };
}

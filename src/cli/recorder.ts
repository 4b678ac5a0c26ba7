import { type FsrsCard, Rating, previewAnswers } from '../srs/index.js';
import {
  type AnswerSource,
  type Store,
  closeStore,
  defaultStorePath,
  getConfig,
  loadStates,
  openStore,
  recordAnswer,
} from '../store/index.js';
import type { Context } from './context.js';

/** Records quiz and card answers as reviews: a right answer is Good, a wrong one Again. */
export interface Recorder {
  /** When each card was last answered (ms). */
  lastSeen(): Map<string, number>;
  record(cardId: string, correct: boolean, durationMs: number): void;
  close(): void;
}

export function openRecorder(context: Context, source: AnswerSource = 'quiz'): Recorder {
  const store: Store = openStore(defaultStorePath(process.env));
  let states: Map<string, FsrsCard> | undefined;
  const load = () => {
    states ??= loadStates(store);
    return states;
  };
  return {
    lastSeen: () => new Map([...load()].flatMap(([id, card]) => (card.last_review ? [[id, card.last_review.getTime()]] : []))),
    record(cardId, correct, durationMs) {
      const now = new Date(context.clock());
      const preview = previewAnswers(load().get(cardId), now, getConfig(store));
      const chosen = preview[correct ? Rating.Good : Rating.Again];
      // Each answer is its own transaction, committed before the next question.
      recordAnswer(store, { cardId, answer: chosen, durationMs, source, now });
      load().set(cardId, chosen.card);
    },
    close: () => closeStore(store),
  };
}

// The store's public face. Only src/store imports better-sqlite3.
//
//   const store = openStore(defaultStorePath(process.env));      // or { readonly: true }
//   try {
//     const config = getConfig(store);
//     const previews = previewAnswers(states.get(id), now, config);  // src/srs
//     recordAnswer(store, { cardId: id, answer: previews[grade], durationMs, source: 'review', now });
//     undoLast(store, id);
//   } finally {
//     closeStore(store);
//   }
//
// Every failure the user can act on is a StoreError (code + one-line message naming the file).

export {
  type AnswerInput,
  type AnswerSource,
  recordAnswer,
  type UndoneAnswer,
  undoLast,
} from './answers.js';
export {
  keepCardHistory,
  type MovedHistory,
  SAME_CARD_SIMILARITY,
  type UserCardIdentity,
} from './card-identity.js';
export { countNewIntroducedSince, loadKnownCardIds, loadStates, loadStatesDueBefore } from './card-states.js';
export { CONFIG_KEYS, getConfig, setConfig } from './config.js';
export { StoreError, type StoreErrorCode } from './errors.js';
export {
  type DayReviews,
  type HistoryQuery,
  loadReviewHistory,
  type ReviewHistory,
} from './history.js';
export { LATEST_SCHEMA_VERSION } from './migrations.js';
export { BUSY_TIMEOUT_MS, closeStore, type OpenOptions, openStore, type Store } from './open.js';
export { defaultStorePath, STORE_FILE_NAME } from './paths.js';

// The store's public face. Only src/store imports better-sqlite3. src/study answers through it:
// recordAnswer commits an answer only if the card's stored state is still the one it was computed
// from (compare-before-commit), and undoAnswer takes back an answer only while it is the card's last.
//
// Every failure the user can act on is a StoreError (code + one-line message naming the file).

export { withStore } from './access.js';
export {
  type AnkiCardRow,
  type AnkiCollectionContent,
  type AnkiCollectionData,
  AnkiCollectionError,
  type AnkiDeck,
  type AnkiNoteRow,
  type AnkiRevlogRow,
  type CollectionProblem,
  collectionProblemText,
  readAnkiCollection,
  writeAnkiCollection,
} from './anki-collection.js';
export {
  type AnswerInput,
  type AnswerSource,
  type QuizAnswerText,
  type RecordedAnswer,
  recordAnswer,
  type UndoneAnswer,
  type UndoRefusal,
  undoAnswer,
} from './answers.js';
export {
  keepCardHistory,
  type MovedHistory,
  SAME_CARD_SIMILARITY,
  type UserCardIdentity,
} from './card-identity.js';
export { loadMarks, loadMarksOf, newIntroducedBySource, saveMarks, typicalAnswerMs } from './card-marks.js';
export { type CardStateRow, cardToRow, rowToCard } from './card-row.js';
export {
  countNewIntroducedSince,
  loadDueBefore,
  loadKnownCardIds,
  loadStates,
  loadStatesOf,
} from './card-states.js';
export { getConfig, setConfig } from './config.js';
export { addonPath, BUSY_TIMEOUT_MS } from './connection.js';
export { type Diagnosis, diagnoseStore } from './doctor.js';
export {
  displayPath,
  type NotDatabase,
  StoreError,
  type StoreErrorCode,
  type StoreProblem,
  storeProblemText,
  toStoreError,
} from './errors.js';
export {
  applyImport,
  backupStore,
  type CardHistory,
  type ImportBatch,
  type ImportCounts,
  type ReviewRecord,
  readHistories,
} from './exchange.js';
export {
  type DayReviews,
  type HistoryQuery,
  loadReviewHistory,
  type ReviewHistory,
} from './history.js';
export { type ImportedCard, loadImportedCards } from './imported-cards.js';
export { LATEST_SCHEMA_VERSION } from './migrations.js';
export {
  APPLICATION_ID,
  CHECKED_DAY_KEY,
  closeStore,
  migrationBackupPath,
  type OpenOptions,
  openStore,
  type Store,
} from './open.js';
export { loadOverriddenAnswers, type OverriddenAnswer } from './overrides.js';
export { defaultCacheDir, defaultStorePath, rememberedNotesFile, STORE_FILE_NAME } from './paths.js';
export { probeStore } from './probe.js';
export { forgetNotes, listRememberedNotes, rememberNotes } from './remembered-notes.js';

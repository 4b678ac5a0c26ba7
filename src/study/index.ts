// The answering stage, between srs and store: previews, commits (compare-before-commit) and undo for
// review, quiz and card, the headless review session, and the read-only queues. Lazy-loaded by the CLI.

export {
  type Answering,
  type AnswerOptions,
  type Committed,
  type MarkAction,
  openAnswering,
  type Preview,
  type UndoOutcome,
} from './answering.js';
export {
  CARD_STATES,
  type CardFacts,
  type CardStateFilter,
  factsOf,
  matchesState,
} from './card-facts.js';
export {
  deckCounts,
  nextDueAfter,
  type QueueOptions,
  readQueue,
  readStates,
} from './queues.js';
export { gradeOfQuizAnswer, openQuizRecorder, type QuizAnswer, type QuizRecorder } from './quiz-answers.js';
export { readCardFacts } from './read-card-facts.js';
export {
  type BackChoice,
  type CardStatus,
  type EditOutcome,
  type FrontChoice,
  playReview,
  type ReviewEvent,
  type ReviewIo,
  type ReviewPlan,
  type ReviewProgress,
  type ReviewResult,
} from './review-session.js';

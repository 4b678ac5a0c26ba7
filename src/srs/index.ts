// The scheduling stage's public face. Only src/srs imports ts-fsrs: everything else
// gets the FSRS names it needs from here.

export {
  type Card,
  createEmptyCard,
  type Grade,
  Grades,
  Rating,
  type RecordLogItem,
  type ReviewLog,
  State,
} from 'ts-fsrs';
export {
  DEFAULT_SRS_CONFIG,
  isValidSetting,
  readSetting,
  recordedDurationMs,
  SETTING_RULES,
  SETTINGS,
  type Setting,
  type SrsConfig,
  settingNamed,
} from './config.js';
export {
  DAY_MS,
  DAY_START_HOUR,
  dayEnd,
  dayKey,
  dayKeyOfNumber,
  dayStart,
  localUtcOffsetMinutes,
  studyDayNumber,
  studyDayShiftMs,
  studyDayStartMs,
} from './day.js';
export {
  becomesLeech,
  buryUntil,
  type CardMarks,
  hasNoMarks,
  isBuried,
  isHidden,
  LEECH_TAG,
  NO_MARKS,
  withLeech,
} from './marks.js';
export {
  buildQueue,
  isDue,
  isLearning,
  type QueueInput,
  type QueueState,
  type StudyQueue,
} from './queue.js';
export {
  type AnswerPreview,
  type AnswerPreviews,
  FSRS_DECAY,
  intervalsOf,
  previewAnswers,
} from './scheduler.js';
export { afterAnswer, LEARN_AHEAD_MS, nextInSession, returnToQueue } from './session.js';

// What the learner's store says about each card, for `dockstudy cards --state` and `dockstudy card`:
// its scheduling state, when it is due, its interval, lapses and reviews, and its marks. No store code
// here (read-card-facts.ts reads them), so `dockstudy card` can show a new card's facts without SQLite.

import {
  type Card,
  type CardMarks,
  dayEnd,
  isBuried,
  isDue,
  isHidden,
  LEECH_TAG,
  localUtcOffsetMinutes,
  State,
} from '../srs/index.js';

export const CARD_STATES = [
  'new',
  'learning',
  'review',
  'relearning',
  'suspended',
  'buried',
  'flagged',
  'leech',
  'due',
] as const;
export type CardStateFilter = (typeof CARD_STATES)[number];

export interface CardFacts {
  state: 'new' | 'learning' | 'review' | 'relearning';
  /** ISO time; null for a card never answered. */
  due: string | null;
  /** Days between the last review and the due date (0 in learning steps). */
  intervalDays: number;
  lapses: number;
  reviews: number;
  suspended: boolean;
  /** ISO time the card comes back; null when not buried. */
  buriedUntil: string | null;
  flagged: boolean;
  leech: boolean;
  /** Due now (and not hidden). */
  isDue: boolean;
}

const STATE_NAMES = ['new', 'learning', 'review', 'relearning'] as const;

export function factsOf(state: Card | undefined, marks: CardMarks | undefined, now: Date): CardFacts {
  const buried = isBuried(marks, now);
  return {
    state: STATE_NAMES[state?.state ?? State.New] ?? 'new',
    due: state && state.state !== State.New ? state.due.toISOString() : null,
    intervalDays: state?.scheduled_days ?? 0,
    lapses: state?.lapses ?? 0,
    reviews: state?.reps ?? 0,
    suspended: Boolean(marks?.suspended),
    buriedUntil:
      buried && marks?.buriedUntilMs !== undefined ? new Date(marks.buriedUntilMs).toISOString() : null,
    flagged: Boolean(marks?.flagged),
    leech: Boolean(marks?.tags.includes(LEECH_TAG)),
    isDue:
      state !== undefined &&
      !isHidden(marks, now) &&
      isDue(state, now, dayEnd(now, localUtcOffsetMinutes(now)).getTime()),
  };
}

export function matchesState(facts: CardFacts, filter: CardStateFilter): boolean {
  switch (filter) {
    case 'suspended':
      return facts.suspended;
    case 'buried':
      return facts.buriedUntil !== null;
    case 'flagged':
      return facts.flagged;
    case 'leech':
      return facts.leech;
    case 'due':
      return facts.isDue;
    default:
      return facts.state === filter;
  }
}

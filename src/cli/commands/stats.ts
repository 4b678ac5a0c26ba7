import { selectDecks } from '../../decks/registry.js';
import { type Card, localUtcOffsetMinutes } from '../../srs/index.js';
import { computeStats, type Stats, statsHistoryQuery } from '../../stats/index.js';
import {
  loadOverriddenAnswers,
  loadReviewHistory,
  loadStates,
  type OverriddenAnswer,
  type ReviewHistory,
  type Store,
  withStore,
} from '../../store/index.js';
import { toJson } from '../../text/safety.js';
import { renderOverriddenAnswers, renderStats } from '../../ui/stats-view.js';
import type { Context } from '../context.js';

export interface StatsOptions {
  deck?: string;
  json?: boolean;
  /** Only the quiz answers overridden as "I was right", to find where the grader was wrong. */
  overrides?: boolean;
}

/** What a learner with no store file yet has done: nothing. */
const NO_HISTORY: ReviewHistory = Object.freeze({ totalReviews: 0, days: [], studyDays: [] });

/**
 * `dockstudy stats [--deck ID] [--json]`: cards by state, reviews, true retention, streak, and
 * charts of reviews per day and cards due per day. Reads the store read-only; never creates it.
 *
 * With --deck, every figure is that deck's: its cards, and the answers given to them. --json also
 * lists the overridden quiz answers (`overrides`); --overrides prints only those.
 */
export async function statsCommand(context: Context, options: StatsOptions): Promise<void> {
  const registry = await context.registry();
  const decks = selectDecks(registry, options.deck ? [options.deck] : []);
  // `--deck all` selects every deck, like no --deck.
  const deck = options.deck && options.deck.toLowerCase() !== 'all' ? decks[0] : undefined;
  const cardIds = decks.flatMap((d) => d.cards.map((card) => card.id));

  const now = context.env.now;
  const tz = localUtcOffsetMinutes(now);
  const view = { lang: context.env.lang, color: context.env.color, width: context.env.width };
  const overridesOf = (store: Store | undefined): OverriddenAnswer[] =>
    store ? loadOverriddenAnswers(store, deck ? cardIds : undefined) : [];
  if (options.overrides && !options.json) {
    const overrides = withStore(context.storeFile, 'read', overridesOf);
    context.out(renderOverriddenAnswers(overrides, { ...view, utcOffsetMinutes: tz }));
    return;
  }
  const { stats, overrides } = withStore(context.storeFile, 'read', (store) => {
    const states: ReadonlyMap<string, Card> = store ? loadStates(store) : new Map();
    const query = { ...statsHistoryQuery(now, tz), ...(deck ? { cardIds } : {}) };
    const history = store ? loadReviewHistory(store, query) : NO_HISTORY;
    const stats: Stats = computeStats({ cardIds, states, history }, now, tz);
    return { stats, overrides: options.json ? overridesOf(store) : [] };
  });

  if (options.json) {
    // `deck` says what the card figures cover (null: every deck).
    const listed = overrides.map((o) => ({
      cardId: o.cardId,
      answer: o.answer,
      at: new Date(o.reviewedMs).toISOString(),
    }));
    context.out(toJson({ deck: deck?.id ?? null, ...stats, overrides: listed }, 2));
    return;
  }
  context.out(renderStats(stats, { ...view, deck: deck && { id: deck.id, title: deck.title } }));
}

import { selectDecks } from '../../decks/registry.js';
import { type Card, localUtcOffsetMinutes } from '../../srs/index.js';
import { computeStats, type Stats, statsHistoryQuery } from '../../stats/index.js';
import { loadReviewHistory, loadStates, type ReviewHistory, withStore } from '../../store/index.js';
import { toJson } from '../../text/safety.js';
import { renderStats } from '../../ui/stats-view.js';
import type { Context } from '../context.js';

export interface StatsOptions {
  deck?: string;
  json?: boolean;
}

/** What a learner with no store file yet has done: nothing. */
const NO_HISTORY: ReviewHistory = Object.freeze({ totalReviews: 0, days: [], studyDays: [] });

/**
 * `dockstudy stats [--deck ID] [--json]`: cards by state, reviews, true retention, streak, and
 * charts of reviews per day and cards due per day. Reads the store read-only; never creates it.
 *
 * With --deck, every figure is that deck's: its cards, and the answers given to them.
 */
export async function statsCommand(context: Context, options: StatsOptions): Promise<void> {
  const registry = await context.registry();
  const decks = selectDecks(registry, options.deck ? [options.deck] : []);
  // `--deck all` selects every deck, like no --deck.
  const deck = options.deck && options.deck.toLowerCase() !== 'all' ? decks[0] : undefined;
  const cardIds = decks.flatMap((d) => d.cards.map((card) => card.id));

  const now = context.env.now;
  const tz = localUtcOffsetMinutes(now);
  const stats: Stats = withStore(context.storeFile, 'read', (store) => {
    const states: ReadonlyMap<string, Card> = store ? loadStates(store) : new Map();
    const query = { ...statsHistoryQuery(now, tz), ...(deck ? { cardIds } : {}) };
    const history = store ? loadReviewHistory(store, query) : NO_HISTORY;
    return computeStats({ cardIds, states, history }, now, tz);
  });

  if (options.json) {
    // `deck` says what the card figures cover (null: every deck).
    context.out(toJson({ deck: deck?.id ?? null, ...stats }, 2));
    return;
  }
  context.out(
    renderStats(stats, {
      lang: context.env.lang,
      color: context.env.color,
      width: context.env.width,
      deck: deck && { id: deck.id, title: deck.title },
    }),
  );
}

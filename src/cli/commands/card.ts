import { requireCard } from '../../decks/registry.js';
import type { Card } from '../../notes/types.js';
import { probeStore } from '../../store/probe.js';
import { factsOf } from '../../study/card-facts.js';
import {
  type CardTokens,
  renderCardBack,
  renderCardFacts,
  renderCardFront,
  renderCardHeader,
  renderSeparator,
} from '../../ui/card-view.js';
import { formatInterval } from '../../ui/interval.js';
import { createKeyReader, isInterrupt, isQuit, isReveal, type KeyReader } from '../../ui/keys.js';
import { messages } from '../../ui/messages.js';
import { gradeOf, renderRatingChoices } from '../../ui/review-view.js';
import type { Context } from '../context.js';
import { Interrupted } from '../errors.js';
import { lazy } from '../lazy.js';
import { readCardTokens } from '../load-decks.js';

/** What the build writes for each built-in card (dist/tokens/LANG/ID.json). */
export interface BuiltinCardFile extends CardTokens {
  card: Pick<Card, 'id' | 'deck' | 'kind'>;
  deckTitle: string;
}

export async function cardCommand(context: Context, id: string, options: { reveal?: boolean }) {
  // The front and back tokens, with the card and its deck's title.
  const tokens = (await builtinCardAlone(context, id)) ?? (await cardOfDecks(context, id));
  const { card, deckTitle } = tokens;
  const view = {
    lang: context.env.lang,
    width: context.env.width,
    color: context.env.color,
    deckTitle,
    highlight: context.env.color ? (await lazy('highlight')).highlightCode : undefined,
  };
  const t = messages(context.env.lang);
  context.out(renderCardHeader(card, view));
  context.out(renderCardFront(tokens, view));
  if (!context.env.interactive || options.reveal) {
    context.out(`\n${renderSeparator(view)}`);
    context.out(renderCardBack(tokens, view));
    await showFacts(context, card.id);
    return;
  }
  const keys = createKeyReader(context.stdin);
  try {
    context.out(`\n${renderSeparator(view)}\n${t.card.reveal}`);
    for (;;) {
      const key = await keys.next();
      if (isInterrupt(key)) throw new Interrupted();
      if (isQuit(key)) return;
      if (isReveal(key)) break;
    }
    context.out(`\n${renderSeparator(view)}`);
    context.out(renderCardBack(tokens, view));
    await showFacts(context, card.id);
    await offerRating(context, card.id, keys);
  } finally {
    keys.close();
  }
}

/**
 * A built-in card when nothing else is in play (no notes, no store, so no imported cards): its own
 * file has all the card shows, and no deck need be read. A built-in card keeps its id whatever else
 * is loaded (registry.ts renames the others), so this is the card the decks would give.
 */
async function builtinCardAlone(context: Context, id: string): Promise<BuiltinCardFile | undefined> {
  if (!context.options.builtin || (await context.notePaths()).length > 0) return undefined;
  if (probeStore(context.storeFile, 'read') !== undefined) return undefined;
  return readCardTokens<BuiltinCardFile>(context.env.lang, id.toLowerCase());
}

/** The card as the decks have it (an unknown id: an error with the likely ones). */
async function cardOfDecks(
  context: Context,
  id: string,
): Promise<Omit<BuiltinCardFile, 'deckTitle'> & { deckTitle?: string }> {
  // The id from the index (an unknown one gets the likely ones), the card from its note alone.
  const index = await context.cardIndex();
  const ref = requireCard(index, id);
  const card = (await context.cards([ref.id])).get(ref.id)!;
  const deck = index.deck(card.deck);
  const tokens =
    (deck?.origin === 'builtin' ? readCardTokens<CardTokens>(context.env.lang, card.id) : undefined) ??
    (await lazy('user-notes')).lexCard(card);
  return { card, deckTitle: deck?.title, ...tokens };
}

/** What the store says about the card: state, due, interval, lapses, reviews and marks. */
async function showFacts(context: Context, cardId: string) {
  const now = new Date(context.clock());
  // With no store yet the card is new: the facts say so without loading SQLite.
  const facts =
    probeStore(context.storeFile, 'read') === undefined
      ? factsOf(undefined, undefined, now)
      : (await lazy('study')).readCardFacts(context.storeFile, [cardId], now).get(cardId);
  if (facts) context.out(`\n${renderCardFacts(facts, context.env)}`);
}

/** After a reveal in a terminal, the card can be rated like a review (recorded with source 'card'). */
async function offerRating(context: Context, cardId: string, keys: KeyReader) {
  const { openAnswering } = await lazy('study');
  const t = messages(context.env.lang);
  const answering = openAnswering(context.storeFile);
  try {
    const shown = context.clock();
    const preview = answering.preview(cardId, new Date(shown));
    context.out(`\n${renderRatingChoices(preview.intervals, context.env)}\n${t.card.rateHint}`);
    const key = await keys.next();
    if (isInterrupt(key)) throw new Interrupted();
    const grade = gradeOf(key.sequence);
    if (grade === undefined) return;
    const now = context.clock();
    const committed = answering.commit(preview, grade, {
      now: new Date(now),
      durationMs: now - shown,
      source: 'card',
    });
    if (committed.rebased) context.out(t.answer.rebased(cardId));
    context.out(t.card.rated(formatInterval(committed.intervalMs, context.env.lang)));
  } finally {
    answering.close();
  }
}

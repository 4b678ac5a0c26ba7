import { requireCard } from '../../decks/registry.js';
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

export async function cardCommand(context: Context, id: string, options: { reveal?: boolean }) {
  const registry = await context.registry();
  const card = requireCard(registry, id);
  const deck = registry.deck(card.deck);
  const view = {
    lang: context.env.lang,
    width: context.env.width,
    color: context.env.color,
    deckTitle: deck?.title,
    highlight: context.env.color ? (await lazy('highlight')).highlightCode : undefined,
  };
  const t = messages(context.env.lang);
  const tokens =
    (deck?.origin === 'builtin' ? readCardTokens<CardTokens>(context.env.lang, card.id) : undefined) ??
    (await lazy('user-notes')).lexCard(card);
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

/** What the store says about the card: state, due, interval, lapses, reviews and marks. */
async function showFacts(context: Context, cardId: string) {
  const { readCardFacts } = await lazy('study');
  const facts = readCardFacts(context.storeFile, [cardId], new Date(context.clock())).get(cardId);
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

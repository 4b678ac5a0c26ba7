import { requireCard } from '../../decks/registry.js';
import {
  type CardTokens,
  renderCardBack,
  renderCardFront,
  renderCardHeader,
  renderSeparator,
} from '../../ui/card-view.js';
import { isInterrupt, isQuit, isReveal, readKey } from '../../ui/keys.js';
import { messages } from '../../ui/messages.js';
import { gradeOf, renderRatingChoices } from '../../ui/review-view.js';
import type { Context } from '../context.js';
import type { Lang } from '../environment.js';
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
  if (context.env.interactive && !options.reveal) {
    context.out(`\n${renderSeparator(view)}\n${t['card.reveal']}`);
    for (;;) {
      const key = await readKey(process.stdin);
      if (isInterrupt(key)) throw new Interrupted();
      if (isQuit(key)) return;
      if (isReveal(key)) break;
    }
  }
  context.out(`\n${renderSeparator(view)}`);
  context.out(renderCardBack(tokens, view));
  if (context.env.interactive && !options.reveal) await offerRating(context, card.id, view);
}

/** After a reveal in a terminal, the card can be rated like a review (recorded with source 'card'). */
async function offerRating(context: Context, cardId: string, view: { color: boolean; lang: Lang }) {
  const { openScheduler, intervalsOf } = await lazy('scheduling');
  const scheduler = openScheduler();
  try {
    const shown = new Date(context.clock());
    const previews = scheduler.preview(cardId, shown);
    context.out(
      `\n${renderRatingChoices(intervalsOf(previews), view)}\n${messages(view.lang)['card.rateHint']}`,
    );
    const key = await readKey(process.stdin);
    if (isInterrupt(key)) throw new Interrupted();
    const grade = gradeOf(key.sequence);
    if (grade === undefined) return;
    const now = new Date(context.clock());
    scheduler.answer(cardId, previews, grade, {
      now,
      durationMs: now.getTime() - shown.getTime(),
      source: 'card',
    });
    context.out(messages(view.lang)['card.rated'](previews[grade].interval));
  } finally {
    scheduler.close();
  }
}

import { selectDecks } from '../../decks/registry.js';
import { formatInterval } from '../../srs/index.js';
import { nextDueAfter, openAnswering, playReview } from '../../study/index.js';
import { highlightCode } from '../../ui/highlight.js';
import { messages } from '../../ui/messages.js';
import { openReviewIo, type ReviewScreen } from '../../ui/review-io.js';
import { renderReviewSummary } from '../../ui/review-view.js';
import { wholeNumber } from '../arguments.js';
import type { Context } from '../context.js';
import { Interrupted } from '../errors.js';

export interface ReviewOptions {
  due?: boolean;
  deck?: string;
  new?: string;
  limit?: string;
  plain?: boolean;
  json?: boolean;
}

/** `dockstudy review`: the session is src/study's playReview; this wires it to the terminal. */
export async function reviewCommand(context: Context, options: ReviewOptions) {
  const newLimit = options.new === undefined ? undefined : wholeNumber(options.new, '--new', 0);
  const limit = options.limit === undefined ? undefined : wholeNumber(options.limit, '--limit', 1);
  const registry = await context.registry();
  const cards = selectDecks(registry, options.deck ? [options.deck] : []).flatMap((d) => d.cards);
  const cardIds = cards.map((c) => c.id);

  const answering = openAnswering(context.storeFile);
  const view = {
    width: context.env.width,
    color: context.env.color,
    lang: context.env.lang,
    highlight: highlightCode,
  };
  const screen: ReviewScreen = {
    view,
    write: context.write,
    deckTitle: (card) => registry.deck(card.deck)?.title,
    clock: context.clock,
  };
  const plain = options.plain || !context.env.interactive;
  const io = openReviewIo(screen, context.stdin, { plain, interrupt: context.interrupt });
  const t = messages(context.env.lang);
  try {
    const queue = answering.queue({ cardIds, now: context.env.now, dueOnly: options.due, newLimit });
    const result = await playReview(
      { queue, cards: new Map(cards.map((c) => [c.id, c])), answering, limit },
      io,
    );
    if (result.shown === 0 && result.ended === 'finished') context.out(t.review.nothing);
    const now = context.clock();
    const next = nextDueAfter(answering.states, cardIds, now);
    const nextDue =
      next === undefined
        ? undefined
        : `${formatInterval(next - now)} (${new Date(next).toISOString().slice(0, 16).replace('T', ' ')} UTC)`;
    context.out(`\n${renderReviewSummary({ ...result, nextDue }, view)}`);
    if (result.ended === 'interrupted') throw new Interrupted();
  } finally {
    io.close();
    answering.close();
  }
}

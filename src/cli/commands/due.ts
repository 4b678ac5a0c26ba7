import { selectDecks } from '../../decks/registry.js';
import { readQueue } from '../../study/index.js';
import { toJson } from '../../text/safety.js';
import { messages } from '../../ui/messages.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';

/**
 * `review --due --json`: for shell prompts and status bars, so no session and nothing heavy — just
 * the store's indexed due query. `new` is what today's allowance would bring even with --due.
 */
export async function dueCommand(
  context: Context,
  options: { deck?: string; new?: string; limit?: string; plain?: boolean },
) {
  const session = (['new', 'limit', 'plain'] as const).filter((o) => options[o] !== undefined);
  if (session.length > 0) {
    throw new UsageError(messages(context.env.lang).args.reviewJsonOnly(session[0]!));
  }
  const registry = await context.cardIndex();
  const cardIds = selectDecks(registry, options.deck ? [options.deck] : []).flatMap((d) =>
    d.cards.map((c) => c.id),
  );
  const queue = readQueue(context.storeFile, { cardIds, now: context.env.now });
  const due = [...queue.learning, ...queue.review];
  context.out(toJson({ due: due.length, new: queue.new.length, cards: due }));
}

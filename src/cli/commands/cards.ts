import { selectDecks } from '../../decks/registry.js';
import { searchCards } from '../../decks/search.js';
import type { CardStateFilter } from '../../study/index.js';
import { toJson } from '../../text/safety.js';
import { messages } from '../../ui/messages.js';
import { renderTable } from '../../ui/table.js';
import { truncate } from '../../ui/text.js';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { lazy } from '../lazy.js';

const STATES = ['new', 'learning', 'review', 'relearning', 'suspended', 'buried', 'flagged', 'leech', 'due'];

export async function cardsCommand(
  context: Context,
  deck: string | undefined,
  options: { json?: boolean; search?: string; state?: string },
) {
  const state = options.state?.trim().toLowerCase();
  if (state !== undefined && !STATES.includes(state))
    throw new UsageError(messages(context.env.lang).args.state(STATES, options.state ?? ''));
  const registry = await context.registry();
  let cards = searchCards(
    selectDecks(registry, deck ? [deck] : []).flatMap((d) => d.cards),
    options.search ?? '',
  );
  // The store is read only when asked about states (or for --json, which carries them).
  const facts =
    state !== undefined || options.json
      ? (await lazy('study')).readCardFacts(
          context.storeFile,
          cards.map((c) => c.id),
          new Date(context.clock()),
        )
      : undefined;
  if (state !== undefined && facts) {
    const { matchesState } = await lazy('study');
    cards = cards.filter((c) => matchesState(facts.get(c.id)!, state as CardStateFilter));
  }
  if (options.json)
    return context.out(
      toJson(
        cards.map((c) => ({ ...c, ...facts?.get(c.id) })),
        2,
      ),
    );
  const t = messages(context.env.lang).cards;
  if (cards.length === 0) return context.out(t.none);
  const frontWidth = Math.max(20, context.env.width - 40);
  context.out(
    renderTable(
      t.header,
      cards.map((c) => [
        c.id,
        c.kind,
        truncate(c.front.replace(/\s+/g, ' ').replace(/[`*_]/g, ''), frontWidth),
      ]),
      { color: context.env.color, width: context.env.width },
    ),
  );
}

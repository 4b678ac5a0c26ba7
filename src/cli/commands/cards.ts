import { selectDecks } from '../../decks/registry.js';
import { searchCards } from '../../decks/search.js';
import { toJson } from '../../text/safety.js';
import { messages } from '../../ui/messages.js';
import { renderTable } from '../../ui/table.js';
import { truncate } from '../../ui/text.js';
import type { Context } from '../context.js';

export async function cardsCommand(
  context: Context,
  deck: string | undefined,
  options: { json?: boolean; search?: string },
) {
  const registry = await context.registry();
  const cards = searchCards(
    selectDecks(registry, deck ? [deck] : []).flatMap((d) => d.cards),
    options.search ?? '',
  );
  if (options.json) return context.out(toJson(cards, 2));
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

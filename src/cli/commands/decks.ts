import { renderTable } from '../../ui/table.js';
import { messages } from '../../ui/messages.js';
import type { Context } from '../context.js';

export async function decksCommand(context: Context, options: { json?: boolean }) {
  const registry = await context.registry();
  const rows = registry.decks.map((deck) => ({
    id: deck.id,
    title: deck.title,
    lang: deck.lang,
    origin: deck.origin,
    cards: deck.cards.length,
    new: deck.cards.length,
    due: 0,
  }));
  if (options.json) return context.out(JSON.stringify(rows, null, 2));
  const t = messages(context.env.lang);
  context.out(
    renderTable(
      t['decks.header'],
      rows.map((r) => [r.id, r.title, String(r.cards), String(r.new), String(r.due)]),
      { color: context.env.color },
    ),
  );
}

import { probeStore } from '../../store/probe.js';
import { stripControl, toJson } from '../../text/safety.js';
import { messages } from '../../ui/messages.js';
import { renderTable } from '../../ui/table.js';
import type { Context } from '../context.js';
import { lazy } from '../lazy.js';

export async function decksCommand(context: Context, options: { json?: boolean }) {
  const registry = await context.cardIndex();
  // Without a store every card is new; with one, the scheduler (a lazy module) counts.
  const counts =
    probeStore(context.storeFile, 'read') !== undefined
      ? (await lazy('study')).deckCounts(context.storeFile, registry, context.env.now)
      : undefined;
  const rows = registry.decks.map((deck) => ({
    id: deck.id,
    title: stripControl(deck.title),
    lang: deck.lang,
    origin: deck.origin,
    cards: deck.cards.length,
    new: counts?.get(deck.id)?.new ?? deck.cards.length,
    due: counts?.get(deck.id)?.due ?? 0,
  }));
  if (options.json) return context.out(toJson(rows, 2));
  const t = messages(context.env.lang).decks;
  context.out(
    renderTable(
      t.header,
      rows.map((r) => [r.id, r.title, String(r.cards), String(r.new), String(r.due)]),
      { color: context.env.color, width: context.env.width },
    ),
  );
}

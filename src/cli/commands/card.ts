import { requireCard } from '../../decks/registry.js';
import { renderCardBack, renderCardFront, renderCardHeader, renderSeparator } from '../../ui/card-view.js';
import { isInterrupt, isQuit, readKey } from '../../ui/keys.js';
import { messages } from '../../ui/messages.js';
import type { Context } from '../context.js';
import { Interrupted } from '../errors.js';

export async function cardCommand(context: Context, id: string, options: { reveal?: boolean }) {
  const registry = await context.registry();
  const card = requireCard(registry, id);
  const view = { width: context.env.width, color: context.env.color, deckTitle: registry.deck(card.deck)?.title };
  const t = messages(context.env.lang);
  context.out(renderCardHeader(card, view));
  context.out(renderCardFront(card, view));
  if (context.env.interactive && !options.reveal) {
    context.out(`\n${renderSeparator(view)}\n${t['card.reveal']}`);
    for (;;) {
      const key = await readKey(process.stdin);
      if (isInterrupt(key)) throw new Interrupted();
      if (isQuit(key)) return;
      if (key.name === 'space' || key.name === 'return' || key.name === 'enter') break;
    }
  }
  context.out(`\n${renderSeparator(view)}`);
  context.out(renderCardBack(card, view));
}

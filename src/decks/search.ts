import type { Card } from '../notes/types.js';

/** Cards whose id, term, command or text contains every word of the query (case-insensitive). */
export function searchCards(cards: Card[], query: string): Card[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return cards;
  return cards.filter((card) => {
    const haystack = [card.id, card.term, card.command, card.flag, card.short, card.front, card.back]
      .filter(Boolean)
      .join('\n')
      .toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

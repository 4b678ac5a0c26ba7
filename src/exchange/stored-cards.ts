// Imported cards as the registry takes them: one note per deck, loaded from the store, so that
// they show up in every command without --notes. A lazy module: it brings better-sqlite3 along.

import type { Card, ParsedNote } from '../notes/types.js';
import { type ImportedCard, loadImportedCards, withStore } from '../store/index.js';

/** The deck origin of imported cards (`decks --json` shows it). */
export const IMPORTED_ORIGIN = 'imported';

/** The imported cards of the store at `storeFile`, by deck (none when there is no store). */
export function importedNotes(storeFile: string): ParsedNote[] {
  const cards = withStore(storeFile, 'read', (store) => (store ? loadImportedCards(store) : []));
  const notes = new Map<string, ParsedNote>();
  for (const card of cards) {
    let note = notes.get(card.deck);
    if (!note) {
      const deck = { id: card.deck, title: card.deckTitle, lang: card.lang, origin: IMPORTED_ORIGIN };
      note = { file: card.origin, deck, cards: [], diagnostics: [] };
      notes.set(card.deck, note);
    }
    note.cards.push(toCard(card));
  }
  return [...notes.values()];
}

function toCard(card: ImportedCard): Card {
  return {
    id: card.id,
    deck: card.deck,
    kind: 'qa',
    front: card.front,
    back: card.back,
    summary: card.summary,
    ...(card.keyTerms.length > 0 ? { keyTerms: card.keyTerms } : {}),
    lang: card.lang,
    tags: card.tags,
    source: { file: card.origin, line: 1 },
  };
}

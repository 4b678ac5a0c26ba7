import type { Card, DeckInfo, Diagnostic } from '../notes/types.js';
import { closestNames } from '../text/suggest.js';

/**
 * What the registry needs of a card. Usually whole cards; commands that only count (decks,
 * review --due --json) build it from ids alone, which loads far faster for big notes.
 */
export type CardRef = Pick<Card, 'id' | 'deck'>;

export interface Deck<C extends CardRef = Card> extends DeckInfo {
  cards: C[];
}

/** All cards by id and all decks by id, built from parsed notes (built-in ones first). */
export interface Registry<C extends CardRef = Card> {
  decks: Deck<C>[];
  cards: C[];
  diagnostics: Diagnostic[];
  card(id: string): C | undefined;
  deck(id: string): Deck<C> | undefined;
}

export interface NoteCards<C extends CardRef = Card> {
  deck: DeckInfo;
  cards: C[];
  diagnostics: Diagnostic[];
}

export function createRegistry<C extends CardRef = Card>(notes: NoteCards<C>[]): Registry<C> {
  const decks = new Map<string, Deck<C>>();
  const cards = new Map<string, C>();
  const diagnostics: Diagnostic[] = [];
  for (const note of notes) {
    for (const d of note.diagnostics) diagnostics.push(d);
    let deck = decks.get(note.deck.id);
    // Notes that name the same deck (several files, or a user note adding to a built-in deck) merge.
    if (!deck) {
      deck = Object.assign({}, note.deck, { cards: [] as C[] });
      decks.set(deck.id, deck);
    }
    for (const card of note.cards) {
      const unique = cards.has(card.id) ? { ...card, id: uniqueId(card, cards) } : card;
      if (unique !== card && 'source' in card) {
        // Only ids a note gave, or notes sharing a deck, meet here: say so, since the id then
        // depends on which notes are loaded.
        const source = (card as unknown as Card).source;
        diagnostics.push({
          file: source.file,
          line: source.line,
          message: `card id '${card.id}' is taken by another note; here it is '${unique.id}' (give it its own <!-- id: … -->)`,
          severity: 'warning',
        });
      }
      cards.set(unique.id, unique);
      deck.cards.push(unique);
    }
  }
  const deckList = [...decks.values()].filter((d) => d.cards.length > 0);
  return {
    decks: deckList,
    cards: [...cards.values()],
    diagnostics,
    card: (id) => cards.get(id.toLowerCase()),
    deck: (id) => decks.get(id.toLowerCase()),
  };
}

// A user's `container-run` next to the built-in one keeps its own history under its deck's name.
function uniqueId(card: CardRef, taken: Map<string, CardRef>): string {
  const base = card.id.startsWith(`${card.deck}-`) ? card.id : `${card.deck}-${card.id}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export class UnknownNameError extends Error {
  override name = 'UnknownNameError';
  constructor(
    readonly what: 'card' | 'deck',
    readonly input: string,
    readonly suggestions: string[],
    /** Every deck id, so that an unknown deck can list them. */
    readonly available: string[] = [],
  ) {
    super(`unknown ${what} '${input}'`);
  }
}

export function requireCard<C extends CardRef>(registry: Registry<C>, id: string): C {
  const card = registry.card(id);
  if (card) return card;
  throw new UnknownNameError(
    'card',
    id,
    closestNames(
      id,
      registry.cards.map((c) => c.id),
    ),
  );
}

/** Decks named by the user; `all` means every deck. */
export function selectDecks<C extends CardRef>(registry: Registry<C>, names: string[]): Deck<C>[] {
  if (names.length === 0 || names.some((n) => n.toLowerCase() === 'all')) return registry.decks;
  // A deck named twice is still one deck.
  return [...new Set(names.map((n) => n.toLowerCase()))].map((name) => {
    const deck = registry.deck(name);
    if (deck) return deck;
    throw new UnknownNameError(
      'deck',
      name,
      closestNames(
        name,
        registry.decks.map((d) => d.id),
      ),
      registry.decks.map((d) => d.id),
    );
  });
}

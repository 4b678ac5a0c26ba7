import { describe, expect, it } from 'vitest';
import { createRegistry, requireCard, selectDecks, UnknownNameError } from '../../src/decks/registry.js';
import { searchCards } from '../../src/decks/search.js';
import type { Card, DeckInfo } from '../../src/notes/types.js';
import { card } from '../quiz/cards.js';

const deck = (id: string, origin = 'builtin'): DeckInfo => ({ id, title: `${id} deck`, lang: 'en', origin });
const note = (
  info: DeckInfo,
  cards: Card[],
  diagnostics: { file: string; line: number; message: string }[] = [],
) => ({
  deck: info,
  cards: cards.map((c) => ({ ...c, deck: info.id })),
  diagnostics,
});

const builtin = [
  note(deck('container'), [
    card({ id: 'container-run', kind: 'command', command: 'docker run', front: 'Start a container' }),
    card({ id: 'container-ps', kind: 'command', command: 'docker ps', front: 'List containers' }),
  ]),
  note(deck('image'), [card({ id: 'image-build', kind: 'command', front: 'Build an image' })]),
];

describe('createRegistry', () => {
  it('lists decks and cards in note order and finds them by id, in any case', () => {
    const registry = createRegistry(builtin);
    expect(registry.decks.map((d) => d.id)).toEqual(['container', 'image']);
    expect(registry.cards.map((c) => c.id)).toEqual(['container-run', 'container-ps', 'image-build']);
    expect(registry.card('Container-Run')?.command).toBe('docker run');
    expect(registry.deck('IMAGE')?.cards.map((c) => c.id)).toEqual(['image-build']);
    expect(registry.card('nope')).toBeUndefined();
  });

  it('merges notes that name the same deck', () => {
    const more = note(deck('container', '/notes/mine.md'), [card({ id: 'container-logs', kind: 'command' })]);
    const registry = createRegistry([...builtin, more]);
    expect(registry.decks).toHaveLength(2);
    expect(registry.deck('container')?.cards.map((c) => c.id)).toEqual([
      'container-run',
      'container-ps',
      'container-logs',
    ]);
    // The first note to name a deck gives its title and origin.
    expect(registry.deck('container')?.origin).toBe('builtin');
  });

  it("renames a user's card whose id is taken, under its own deck, keeping the first card's id", () => {
    const mine = note(deck('mine', '/notes/mine.md'), [
      card({ id: 'container-run', kind: 'command', front: 'My run' }),
      card({ id: 'container-run', kind: 'command', front: 'My second run' }),
    ]);
    const registry = createRegistry([...builtin, mine]);
    expect(registry.card('container-run')?.front).toBe('Start a container');
    expect(registry.deck('mine')?.cards.map((c) => c.id)).toEqual([
      'mine-container-run',
      'mine-container-run-2',
    ]);
    expect(registry.card('mine-container-run-2')?.front).toBe('My second run');
  });

  it('keeps every note diagnostic and leaves out decks without cards', () => {
    const broken = note(
      deck('broken', '/notes/broken.md'),
      [],
      [{ file: 'broken.md', line: 3, message: 'bad' }],
    );
    const registry = createRegistry([...builtin, broken]);
    expect(registry.decks.map((d) => d.id)).toEqual(['container', 'image']);
    expect(registry.diagnostics).toEqual([{ file: 'broken.md', line: 3, message: 'bad' }]);
  });
});

describe('requireCard and selectDecks', () => {
  const registry = createRegistry(builtin);

  it('find what is named', () => {
    expect(requireCard(registry, 'container-ps').front).toBe('List containers');
    expect(selectDecks(registry, ['image']).map((d) => d.id)).toEqual(['image']);
  });

  it('take no names or `all` as every deck, and a deck named twice once', () => {
    expect(selectDecks(registry, []).map((d) => d.id)).toEqual(['container', 'image']);
    expect(selectDecks(registry, ['image', 'ALL']).map((d) => d.id)).toEqual(['container', 'image']);
    expect(selectDecks(registry, ['image', 'Image']).map((d) => d.id)).toEqual(['image']);
  });

  it('name an unknown card with the ids it may have meant', () => {
    const error = (() => {
      try {
        requireCard(registry, 'container-rnu');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UnknownNameError);
    expect(error).toMatchObject({ what: 'card', input: 'container-rnu' });
    expect((error as UnknownNameError).suggestions[0]).toBe('container-run');
  });

  it('name an unknown deck with the decks there are', () => {
    expect(() => selectDecks(registry, ['imag'])).toThrow(
      expect.objectContaining({
        what: 'deck',
        input: 'imag',
        suggestions: ['image'],
        available: ['container', 'image'],
      }),
    );
  });
});

describe('searchCards', () => {
  const cards = createRegistry(builtin).cards;

  it('keeps the cards containing every word, in any case', () => {
    expect(searchCards(cards, 'CONTAINER').map((c) => c.id)).toEqual(['container-run', 'container-ps']);
    expect(searchCards(cards, 'docker run').map((c) => c.id)).toEqual(['container-run']);
    expect(searchCards(cards, 'run nothing-like-this')).toEqual([]);
  });

  it('an empty query keeps every card', () => {
    expect(searchCards(cards, '  ')).toBe(cards);
  });
});

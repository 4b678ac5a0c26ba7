// `dockstudy decks` counts: one queue of every card, counted by deck, as each deck's own queue would.
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createRegistry } from '../../src/decks/registry.js';
import { Rating } from '../../src/srs/index.js';
import { deckCounts, openAnswering, readQueue } from '../../src/study/index.js';
import { NOW, tempDir } from '../store/helpers.js';

const DAY = 86_400_000;

test('each deck counts its new and due cards as a queue of that deck alone', () => {
  const file = join(tempDir(), 'dockstudy.db');
  const answering = openAnswering(file);
  const at = (ms: number) => new Date(NOW.getTime() + ms);
  // a1: review card due in days; a2: learning card due in minutes; b1: review card; the rest new.
  for (const [id, grade] of [
    ['a1', Rating.Easy],
    ['a2', Rating.Good],
    ['b1', Rating.Easy],
  ] as const)
    answering.commit(answering.preview(id, NOW), grade, { now: NOW, durationMs: 1000, source: 'review' });
  // A suspended new card is no new card.
  answering.mark('a4', 'suspend', NOW);
  answering.close();
  const note = (deck: string, ids: string[]) => ({
    deck: { id: deck, title: deck, lang: 'en' as const, origin: 'x' },
    diagnostics: [],
    cards: ids.map((id) => ({ id, deck })),
  });
  const registry = createRegistry([note('a', ['a1', 'a2', 'a3', 'a4']), note('b', ['b1', 'b2'])]);
  for (const now of [at(0), at(30 * 60_000), at(30 * DAY)]) {
    const counts = deckCounts(file, registry, now);
    for (const deck of registry.decks) {
      const alone = readQueue(file, { cardIds: deck.cards.map((c) => c.id), now, newLimit: 1e9 });
      expect(counts.get(deck.id)).toEqual({
        new: alone.new.length,
        due: alone.learning.length + alone.review.length,
      });
    }
  }
  expect(deckCounts(file, registry, at(30 * DAY))).toEqual(
    new Map([
      ['a', { new: 1, due: 2 }],
      ['b', { new: 1, due: 1 }],
    ]),
  );
});

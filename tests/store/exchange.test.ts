import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Rating } from '../../src/srs/index.js';
import {
  applyImport,
  closeStore,
  type ImportBatch,
  loadImportedCards,
  openStore,
  readHistories,
} from '../../src/store/index.js';
import { answer, NOW, tempDir } from './helpers.js';

const card = (id: string) => ({
  id,
  deck: 'mine',
  deckTitle: 'Mine',
  kind: 'qa',
  front: `front of ${id}`,
  back: 'back',
  summary: 'back',
  keyTerms: [],
  lang: 'en' as const,
  tags: [],
  origin: 'mine.txt',
});

describe('applyImport', () => {
  test('is one transaction: a row the schema refuses leaves nothing of the batch behind', () => {
    const from = openStore(join(tempDir(), 'a.db'));
    answer(from, 'one', Rating.Good, NOW);
    answer(from, 'two', Rating.Good, NOW);
    const histories = readHistories(from);
    closeStore(from);
    const bad = histories.get('two');
    if (!bad?.reviews[0]) throw new Error('no history');
    bad.reviews[0] = { ...bad.reviews[0], rating: 9 };

    const store = openStore(join(tempDir(), 'b.db'));
    const batch: ImportBatch = {
      cards: [card('one'), card('two')],
      histories,
      protectedIds: new Set(),
      nowMs: 0,
    };
    expect(() => applyImport(store, batch)).toThrow();
    expect(loadImportedCards(store)).toEqual([]);
    expect(readHistories(store).size).toBe(0);
    closeStore(store);
  });

  test('a newer state wins, an older one does not; protected cards keep their content out', () => {
    const store = openStore(join(tempDir(), 'c.db'));
    answer(store, 'one', Rating.Good, NOW);
    const mine = readHistories(store).get('one');
    const older = { ...mine, state: { ...mine!.state!, last_review_ms: 1, stability: 99 }, reviews: [] };
    const counts = applyImport(store, {
      cards: [card('one')],
      histories: new Map([['one', older]]),
      protectedIds: new Set(['one']),
      nowMs: 0,
    });
    expect(counts).toEqual({
      cards: { added: 0, updated: 0, skipped: 1 },
      reviews: { added: 0, skipped: 0 },
    });
    expect(readHistories(store).get('one')?.state).toEqual(mine?.state);
    expect(loadImportedCards(store)).toEqual([]);
    const newer = {
      state: { ...mine!.state!, last_review_ms: NOW.getTime() + 1, stability: 99 },
      reviews: [],
    };
    applyImport(store, {
      cards: [],
      histories: new Map([['one', newer]]),
      protectedIds: new Set(),
      nowMs: 0,
    });
    expect(readHistories(store).get('one')?.state?.stability).toBe(99);
    closeStore(store);
  });
});

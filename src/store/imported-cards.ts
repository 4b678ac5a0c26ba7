// Cards that `dockstudy import` brought in: kept in the store, since no note holds them.

import { guarded } from './errors.js';
import type { Store } from './open.js';

/** An imported card's content, as the registry needs it. */
export interface ImportedCard {
  id: string;
  deck: string;
  deckTitle: string;
  kind: string;
  /** Markdown. */
  front: string;
  back: string;
  /** What quizzes ask about, and the terms cloze questions hide (as the notes stage makes them). */
  summary: string;
  keyTerms: { term: string; sentence: string }[];
  lang: 'ko' | 'en';
  tags: string[];
  /** The file it was imported from (as the user named it). */
  origin: string;
}

interface ImportedCardRow {
  card_id: string;
  deck: string;
  deck_title: string;
  kind: string;
  front: string;
  back: string;
  summary: string;
  key_terms: string;
  lang: 'ko' | 'en';
  tags: string;
  origin: string;
}

const fromRow = (row: ImportedCardRow): ImportedCard => ({
  id: row.card_id,
  deck: row.deck,
  deckTitle: row.deck_title,
  kind: row.kind,
  front: row.front,
  back: row.back,
  summary: row.summary,
  keyTerms: JSON.parse(row.key_terms) as ImportedCard['keyTerms'],
  lang: row.lang,
  tags: JSON.parse(row.tags) as string[],
  origin: row.origin,
});

/** Every imported card, in the order they were first imported. */
export function loadImportedCards(store: Store): ImportedCard[] {
  return guarded(store.path, () =>
    store.db
      .prepare<[], ImportedCardRow>(
        `SELECT card_id, deck, deck_title, kind, front, back, summary, key_terms, lang, tags, origin
         FROM imported_card ORDER BY imported_ms, card_id`,
      )
      .all()
      .map(fromRow),
  );
}

/**
 * Writes one card inside the caller's transaction: 'added' when new, 'updated' when its content
 * changed, 'unchanged' otherwise (the first import time stays).
 */
export function upsertImportedCard(
  store: Store,
  card: ImportedCard,
  nowMs: number,
): 'added' | 'updated' | 'unchanged' {
  const { db } = store;
  const before = db
    .prepare<[string], ImportedCardRow>('SELECT * FROM imported_card WHERE card_id = ?')
    .get(card.id);
  const row = {
    card_id: card.id,
    deck: card.deck,
    deck_title: card.deckTitle,
    kind: card.kind,
    front: card.front,
    back: card.back,
    summary: card.summary,
    key_terms: JSON.stringify(card.keyTerms),
    lang: card.lang,
    tags: JSON.stringify(card.tags),
    origin: card.origin,
  };
  if (before && (Object.keys(row) as (keyof typeof row)[]).every((key) => before[key] === row[key]))
    return 'unchanged';
  db.prepare(
    `INSERT INTO imported_card (card_id, deck, deck_title, kind, front, back, summary, key_terms, lang, tags,
       origin, imported_ms)
     VALUES (@card_id, @deck, @deck_title, @kind, @front, @back, @summary, @key_terms, @lang, @tags, @origin, @now)
     ON CONFLICT (card_id) DO UPDATE SET deck = excluded.deck, deck_title = excluded.deck_title,
       kind = excluded.kind, front = excluded.front, back = excluded.back, summary = excluded.summary,
       key_terms = excluded.key_terms, lang = excluded.lang, tags = excluded.tags, origin = excluded.origin`,
  ).run({ ...row, now: nowMs });
  return before ? 'updated' : 'added';
}

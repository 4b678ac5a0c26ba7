// The store's side of export, import and backup: whole histories out, histories merged in (one
// transaction, rows already present skipped), and a consistent copy of the file.

import type { CardStateRow } from './card-row.js';
import { UPSERT_CARD_STATE_SQL } from './card-row.js';
import { guarded } from './errors.js';
import { type ImportedCard, upsertImportedCard } from './imported-cards.js';
import type { Store } from './open.js';

/** One review_log row, whole, with its units in the names (the store's own id and card id left out). */
export interface ReviewRecord {
  reviewed_ms: number;
  rating: number;
  state_before: number;
  state_after: number;
  due_before_ms: number | null;
  due_after_ms: number;
  stability_after: number;
  difficulty_after: number;
  elapsed_days: number;
  scheduled_days: number;
  duration_ms: number;
  source: 'review' | 'quiz' | 'card';
  /** The card's state row before this answer; null when it was new. */
  card_before: CardStateRow | null;
}

export interface CardHistory {
  /** The card's state now; undefined when it was never answered. */
  state?: CardStateRow;
  /** Its answers, oldest first. */
  reviews: ReviewRecord[];
}

interface StoredReviewRow extends Omit<ReviewRecord, 'card_before'> {
  card_id: string;
  card_before: string | null;
}

const REVIEW_COLUMNS = `reviewed_ms, rating, state_before, state_after, due_before_ms, due_after_ms,
  stability_after, difficulty_after, elapsed_days, scheduled_days, duration_ms, source, card_before`;

/** Every card's state and answers, by card id: of the given cards, or of every card the store knows. */
export function readHistories(store: Store, cardIds?: readonly string[]): Map<string, CardHistory> {
  const { db } = store;
  const histories = new Map<string, CardHistory>();
  const historyOf = (id: string) => {
    let history = histories.get(id);
    if (!history) {
      history = { reviews: [] };
      histories.set(id, history);
    }
    return history;
  };
  const ids = cardIds ? JSON.stringify(cardIds) : null;
  const only = 'card_id IN (SELECT value FROM json_each(@ids))';
  return guarded(store.path, () =>
    db
      .transaction(() => {
        const states = db
          .prepare<[{ ids: string | null }], CardStateRow>(
            `SELECT * FROM card_state WHERE @ids IS NULL OR ${only} ORDER BY card_id`,
          )
          .all({ ids });
        for (const state of states) historyOf(state.card_id).state = state;
        const rows = db
          .prepare<[{ ids: string | null }], StoredReviewRow>(
            `SELECT card_id, ${REVIEW_COLUMNS} FROM review_log WHERE @ids IS NULL OR ${only}
             ORDER BY card_id, reviewed_ms, id`,
          )
          .all({ ids });
        for (const { card_id, card_before, ...row } of rows) {
          historyOf(card_id).reviews.push({
            ...row,
            card_before: card_before === null ? null : (JSON.parse(card_before) as CardStateRow),
          });
        }
        return histories;
      })
      // One snapshot: the states and the answers agree even while another process answers.
      .deferred(),
  );
}

export interface ImportBatch {
  /** Cards whose content the store keeps (imported decks). */
  cards: ImportedCard[];
  /** States and answers to merge in, by card id. */
  histories: Map<string, CardHistory>;
  /** Cards that notes or the built-in decks hold: their content is never stored. */
  protectedIds: ReadonlySet<string>;
  nowMs: number;
}

export interface ImportCounts {
  /** Cards the store knew nothing of, cards that changed (content, state or new answers), the rest. */
  cards: { added: number; updated: number; skipped: number };
  /** Answers written, and answers already present (same card, same time) or without a card state. */
  reviews: { added: number; skipped: number };
}

/**
 * Merges a batch in one IMMEDIATE transaction: everything or nothing. An answer is the same answer
 * when card and time agree, so importing twice adds nothing; a state replaces the stored one only
 * when its last review is later, so two machines' backups merge whichever is imported first.
 */
export function applyImport(store: Store, batch: ImportBatch): ImportCounts {
  const { db } = store;
  const counts: ImportCounts = {
    cards: { added: 0, updated: 0, skipped: 0 },
    reviews: { added: 0, skipped: 0 },
  };
  return guarded(store.path, () =>
    db
      .transaction(() => {
        const stateOf = db.prepare<[string], CardStateRow>('SELECT * FROM card_state WHERE card_id = ?');
        const imported = db
          .prepare<[string], number>('SELECT 1 FROM imported_card WHERE card_id = ?')
          .pluck();
        const hasReview = db
          .prepare<[string, number], number>('SELECT 1 FROM review_log WHERE card_id = ? AND reviewed_ms = ?')
          .pluck();
        const insertReview = db.prepare(
          `INSERT INTO review_log (card_id, ${REVIEW_COLUMNS}) VALUES (@card_id, @reviewed_ms, @rating,
            @state_before, @state_after, @due_before_ms, @due_after_ms, @stability_after, @difficulty_after,
            @elapsed_days, @scheduled_days, @duration_ms, @source, @card_before)`,
        );
        const upsertState = db.prepare(UPSERT_CARD_STATE_SQL);
        const contents = new Map(batch.cards.map((card) => [card.id, card]));
        const ids = new Set([...contents.keys(), ...batch.histories.keys()]);

        for (const id of ids) {
          const stored = stateOf.get(id);
          const known = stored !== undefined || imported.get(id) !== undefined;
          let changed = false;
          const content = contents.get(id);
          if (content && !batch.protectedIds.has(id))
            changed = upsertImportedCard(store, content, batch.nowMs) !== 'unchanged';

          const history = batch.histories.get(id);
          const incoming = history?.state;
          if (incoming && (!stored || (incoming.last_review_ms ?? -1) > (stored.last_review_ms ?? -1))) {
            upsertState.run({ ...incoming, card_id: id });
            changed = true;
          }
          const hasState = stored !== undefined || incoming !== undefined;
          for (const review of history?.reviews ?? []) {
            if (!hasState || hasReview.get(id, review.reviewed_ms)) {
              counts.reviews.skipped++;
              continue;
            }
            insertReview.run({
              ...review,
              card_id: id,
              card_before: review.card_before && JSON.stringify({ ...review.card_before, card_id: id }),
            });
            counts.reviews.added++;
            changed = true;
          }
          if (!known && changed) counts.cards.added++;
          else if (changed) counts.cards.updated++;
          else counts.cards.skipped++;
        }
        return counts;
      })
      .immediate(),
  );
}

/** A consistent copy of the whole store in `file` (which must not exist), even while others write. */
export function backupStore(store: Store, file: string): void {
  // A read connection is query_only, which refuses VACUUM INTO; the copy writes only the new file.
  const queryOnly = store.db.pragma('query_only', { simple: true }) === 1;
  if (queryOnly) store.db.pragma('query_only = OFF');
  try {
    guarded(file, () => store.db.prepare('VACUUM INTO ?').run(file));
  } finally {
    if (queryOnly) store.db.pragma('query_only = ON');
  }
}

// Keeps a user's review history on the same card when a note is edited and a card's id changes.
//
// Per user-note card the store keeps its note file, kind and a fingerprint (its key text). When a
// loaded card has no state yet, and a card of the same note and kind that is no longer loaded has a
// close fingerprint (or was the term card this flag card once was), the history moves to the new
// id: its state row and its review rows are re-keyed, in one transaction. A pair moves only when each is the other's single best match, so a card's
// history never goes to a different card. Ids the old parser gave (`legacyIds`) move the same way
// the first time a note is read, unless the old id is a built-in card's, which it may be.
import { editDistance } from '../text/suggest.js';
import { guarded } from './errors.js';
import type { Store } from './open.js';

/** A user-note card as the store remembers it. */
export interface UserCardIdentity {
  id: string;
  /** The note's file (an absolute path). */
  note: string;
  kind: string;
  /** The card's key text: what it asks and the start of its answer. */
  fingerprint: string;
  /** Ids an earlier parser gave this card. */
  legacyIds?: string[];
}

export interface MovedHistory {
  from: string;
  to: string;
  /** How the two were matched. */
  by: 'fingerprint' | 'legacy id';
}

/** Where a history waits while the histories around it move (no card id starts with a NUL). */
const MOVING = '\u0000moving:';

/** How alike two fingerprints must be (1 − edit distance / length) for a history to move. */
export const SAME_CARD_SIMILARITY = 0.8;

export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

interface IdentityRow {
  card_id: string;
  note: string;
  kind: string;
  fingerprint: string;
}

/**
 * Records the loaded user cards and moves the history of vanished cards to their renamed selves.
 * `protectedIds` (the built-in cards) never lose their history to a user card.
 */
export function keepCardHistory(
  store: Store,
  cards: readonly UserCardIdentity[],
  options: {
    protectedIds: ReadonlySet<string>;
    now: number;
    /** Only remember these cards (ones known before), never insert over existing rows, move nothing. */
    recordOnly?: boolean;
  },
): MovedHistory[] {
  const { db } = store;
  return guarded(store.path, () =>
    db
      .transaction(() => {
        const hasState = db.prepare<[string], number>('SELECT 1 FROM card_state WHERE card_id = ?').pluck();
        const byNote = db.prepare<[string], IdentityRow>(
          'SELECT card_id, note, kind, fingerprint FROM user_card WHERE note = ?',
        );
        const known = db.prepare<[string], number>('SELECT 1 FROM user_card WHERE card_id = ?').pluck();
        const loaded = new Set(cards.map((c) => c.id));
        const moved: MovedHistory[] = [];
        if (options.recordOnly) {
          const insert = db.prepare(
            `INSERT INTO user_card (card_id, note, kind, fingerprint, seen_ms)
             VALUES (@id, @note, @kind, @fingerprint, @now) ON CONFLICT (card_id) DO NOTHING`,
          );
          for (const card of cards) insert.run(rowOf(card, options.now));
          return moved;
        }

        for (const note of new Set(cards.map((c) => c.note))) {
          const rows = byNote.all(note);
          const recorded = new Set(rows.map((r) => r.card_id));
          const vanished = rows.filter((r) => !loaded.has(r.card_id) && hasState.get(r.card_id));
          const fresh = cards.filter((c) => c.note === note && !recorded.has(c.id) && !hasState.get(c.id));
          // An id whose card is another one now (a new card of the same name came before it, and the
          // old one is numbered after it): its history goes where that card went, as a vanished one's.
          const ofNote = new Map(cards.filter((c) => c.note === note).map((c) => [c.id, c]));
          const displaced = rows.filter((r) => {
            const now = ofNote.get(r.card_id);
            return (
              now !== undefined && hasState.get(r.card_id) && sameCardScore(now, r) < SAME_CARD_SIMILARITY
            );
          });
          const freed = displaced.map((r) => ofNote.get(r.card_id)!);
          const pairs = bestPairs([...fresh, ...freed], [...vanished, ...displaced]);
          // (In two steps, through ids no card has: a chain of shifted ids may end where it started.)
          for (const { from, to } of pairs) moveHistory(store, from, `${MOVING}${to}`);
          for (const { from, to } of pairs) {
            moveHistory(store, `${MOVING}${to}`, to);
            moved.push({ from, to, by: 'fingerprint' });
          }
          const taken = new Set(moved.map((m) => m.to));
          for (const card of fresh) {
            if (taken.has(card.id)) continue;
            const legacy = card.legacyIds?.find(
              (old) =>
                old !== card.id &&
                !loaded.has(old) &&
                !options.protectedIds.has(old) &&
                !known.get(old) &&
                hasState.get(old) &&
                !moved.some((m) => m.from === old),
            );
            if (!legacy) continue;
            moveHistory(store, legacy, card.id);
            moved.push({ from: legacy, to: card.id, by: 'legacy id' });
          }
        }

        const upsert = db.prepare(
          `INSERT INTO user_card (card_id, note, kind, fingerprint, seen_ms) VALUES (@id, @note, @kind, @fingerprint, @now)
           ON CONFLICT (card_id) DO UPDATE SET note = excluded.note, kind = excluded.kind,
             fingerprint = excluded.fingerprint, seen_ms = excluded.seen_ms`,
        );
        for (const card of cards) upsert.run(rowOf(card, options.now));
        const forget = db.prepare('DELETE FROM user_card WHERE card_id = ?');
        for (const m of moved) if (!loaded.has(m.from)) forget.run(m.from);
        return moved;
      })
      .immediate(),
  );
}

const rowOf = (card: UserCardIdentity, now: number) => ({
  id: card.id,
  note: card.note,
  kind: card.kind,
  fingerprint: card.fingerprint,
  now,
});

/**
 * How alike a new card and a vanished one are, 0 when they cannot be the same card: of one kind, by
 * their fingerprints; or a term that became a flag card once the parser knew its command (`--tmpfs`
 * → `docker container run` `--tmpfs`): its flags all named on the flag card's front, and the
 * flag card's answer opening as the term's did.
 */
function sameCardScore(card: UserCardIdentity, row: IdentityRow): number {
  if (row.kind === card.kind) return similarity(card.fingerprint, row.fingerprint);
  if (row.kind !== 'term' || card.kind !== 'flag') return 0;
  const [termFront = '', termBack = ''] = splitFingerprint(row.fingerprint);
  const [flagFront = '', flagBack = ''] = splitFingerprint(card.fingerprint);
  const named = flagFront.split(/[\s,/]+/);
  const flags = termFront.split(/[\s,/]+/).filter((w) => /^-{1,2}[\w-]+$/.test(w));
  if (termBack === '' || flags.length === 0 || !flags.every((f) => named.includes(f))) return 0;
  return similarity(termBack, flagBack.slice(0, termBack.length));
}

/** A fingerprint's two halves, what the card asks and its answer (src/notes/fingerprint.ts joins them with ` | `). */
const splitFingerprint = (fingerprint: string) => {
  const at = fingerprint.indexOf(' | ');
  return at < 0 ? [fingerprint, ''] : [fingerprint.slice(0, at), fingerprint.slice(at + 3)];
};

/** Pairs (new card, vanished card) that are close (sameCardScore), each the other's only best. */
function bestPairs(fresh: readonly UserCardIdentity[], vanished: readonly IdentityRow[]) {
  const scores: { from: string; to: string; score: number }[] = [];
  for (const card of fresh) {
    for (const row of vanished) {
      const score = sameCardScore(card, row);
      if (score >= SAME_CARD_SIMILARITY) scores.push({ from: row.card_id, to: card.id, score });
    }
  }
  const best = (list: typeof scores) => Math.max(...list.map((s) => s.score));
  return scores.filter((pair) => {
    const forCard = scores.filter((s) => s.to === pair.to);
    const forRow = scores.filter((s) => s.from === pair.from);
    // Unambiguous: the best for both sides, and no other pair as good for either.
    return (
      pair.score === best(forCard) &&
      pair.score === best(forRow) &&
      forCard.filter((s) => s.score === pair.score).length === 1 &&
      forRow.filter((s) => s.score === pair.score).length === 1
    );
  });
}

/** Re-keys a card's state and its answers (the answers themselves stay as they were). */
function moveHistory(store: Store, from: string, to: string): void {
  const { db } = store;
  // The new state row first: review_log's rows point at card_state.
  db.prepare(
    `INSERT INTO card_state SELECT @to, due_ms, stability, difficulty, elapsed_days, scheduled_days,
       learning_steps, reps, lapses, state, last_review_ms, updated_ms FROM card_state WHERE card_id = @from`,
  ).run({ from, to });
  db.prepare(
    `UPDATE review_log SET card_id = @to,
       card_before = CASE WHEN card_before IS NULL THEN NULL ELSE json_set(card_before, '$.card_id', @to) END
     WHERE card_id = @from`,
  ).run({ from, to });
  db.prepare('DELETE FROM card_state WHERE card_id = ?').run(from);
}

// When a user's note changed, its cards' histories follow them to their new ids (see
// src/store/card-identity.ts for the rule). Runs only for notes parsed afresh, only when a store
// exists; the note's previous parse (the stale cache entry) says which cards were there before.
import { resolve } from 'node:path';
import { fingerprintOf } from '../notes/fingerprint.js';
import type { ParsedNote } from '../notes/types.js';
import {
  keepCardHistory,
  type MovedHistory,
  probeStore,
  type UserCardIdentity,
  withStore,
} from '../store/index.js';

export interface ChangedNote {
  note: ParsedNote;
  /** The parse of the same file before it changed, if the cache still had it. */
  previous?: ParsedNote;
}

function identities(note: ParsedNote): UserCardIdentity[] {
  const file = resolve(note.deck.origin);
  const legacy = new Map(
    (note.spans ?? []).flatMap((s) => (s.legacyId ? [[s.id, s.legacyId] as const] : [])),
  );
  const cards = [...note.cards, ...(note.openQuestions ?? []).map((o) => o.card)];
  return cards.map((card) => {
    const old = legacy.get(card.id);
    return {
      id: card.id,
      note: file,
      kind: card.kind,
      fingerprint: fingerprintOf(card),
      ...(old ? { legacyIds: [old] } : {}),
    };
  });
}

export function keepHistory(
  storeFile: string,
  changed: ChangedNote[],
  /** Asked only when there is a store (reading both languages' decks costs time). */
  builtinCardIds: () => ReadonlySet<string>,
  now: number,
): MovedHistory[] {
  if (changed.length === 0 || probeStore(storeFile, 'read') === undefined) return [];
  const builtinIds = builtinCardIds();
  return withStore(storeFile, 'write', (store) => {
    // What the store did not know yet of the notes' previous versions is recorded first, so that a
    // card renamed since then is found among the vanished ones.
    const before = changed.flatMap((c) => (c.previous ? identities(c.previous) : []));
    if (before.length > 0)
      keepCardHistory(store!, before, { protectedIds: builtinIds, now, recordOnly: true });
    return keepCardHistory(
      store!,
      changed.flatMap((c) => identities(c.note)),
      { protectedIds: builtinIds, now },
    );
  });
}

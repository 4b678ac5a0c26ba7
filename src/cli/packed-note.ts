// A parsed note as the parse cache keeps it (notes-cache.ts): its JSON, and what the commands that
// only count need of it. Made on the thread that parsed the note, so that a first parse over worker
// threads writes its cache without this thread serializing every note again.
import type { CardRef, NoteCards } from '../decks/registry.js';
import type { ParsedNote } from '../notes/types.js';

/** What counting commands need of a parse: its deck, diagnostics and card ids (a card's deck is the note's). */
export interface NoteIds extends Omit<NoteCards<CardRef>, 'cards'> {
  ids: string[];
  keyed?: true;
}

export interface PackedNote {
  json: string;
  ids: NoteIds;
}

export function idsOf(note: ParsedNote): NoteIds {
  // The multiple-choice cards an answer key may complete count as well.
  const cards = [...note.cards, ...(note.openQuestions ?? []).map((o) => o.card)];
  const ids: NoteIds = { deck: note.deck, diagnostics: note.diagnostics, ids: cards.map((c) => c.id) };
  // Its cards are whole only with the answer keys of other notes: read with all of them.
  if (note.openQuestions?.length || note.answerKey?.length) ids.keyed = true;
  return ids;
}

export const packNote = (note: ParsedNote): PackedNote => ({ json: JSON.stringify(note), ids: idsOf(note) });

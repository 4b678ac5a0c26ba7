// What `dockstudy lint` reports, built from parsed notes: every diagnostic, then per note which card
// came from which lines (and which recognizer read them) and which spans were skipped, and why. Data
// only: src/ui/lint-view.ts says it, in the UI's language.
import type { Card, Diagnostic, ParsedNote } from './types.js';

/** One line of a note's part of the report, in line order. */
export type LintRow =
  | { line: number; endLine: number; what: 'card'; kind: Card['kind']; id: string; recognizer: string }
  /** A span whose card did not make it (its id was taken, say). */
  | { line: number; endLine: number; what: 'left out'; id: string; recognizer: string }
  | { line: number; endLine: number; what: 'skipped'; reason: string };

export interface LintNote {
  file: string;
  deck: string;
  cards: number;
  skipped: number;
  rows: LintRow[];
}

export interface LintReport {
  diagnostics: Diagnostic[];
  notes: LintNote[];
  errors: number;
  warnings: number;
  cards: number;
  skipped: number;
}

export function lintReport(notes: ParsedNote[]): LintReport {
  const diagnostics = notes.flatMap((n) => n.diagnostics);
  const reported = notes.map((note): LintNote => {
    const kinds = new Map(note.cards.map((c) => [c.id, c.kind]));
    const rows: LintRow[] = [];
    for (const { line, endLine, id, recognizer } of note.spans ?? []) {
      const kind = kinds.get(id);
      rows.push(
        kind
          ? { line, endLine, what: 'card', kind, id, recognizer }
          : { line, endLine, what: 'left out', id, recognizer },
      );
    }
    for (const { line, endLine, reason } of note.skipped ?? [])
      rows.push({ line, endLine, what: 'skipped', reason });
    rows.sort((a, b) => a.line - b.line);
    return {
      file: note.file ?? note.deck.origin,
      deck: note.deck.id,
      cards: note.cards.length,
      skipped: note.skipped?.length ?? 0,
      rows,
    };
  });
  return {
    diagnostics,
    notes: reported,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity !== 'error').length,
    cards: reported.reduce((sum, n) => sum + n.cards, 0),
    skipped: reported.reduce((sum, n) => sum + n.skipped, 0),
  };
}

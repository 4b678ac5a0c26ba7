// What `dockstudy lint` prints, built from parsed notes: every diagnostic as `file:line: message`,
// then per note which card came from which lines (and which recognizer read them) and which spans
// were skipped, and why.
import { escapeControls } from '../text/safety.js';
import type { ParsedNote } from './types.js';

export interface LintReport {
  lines: string[];
  errors: number;
  warnings: number;
  cards: number;
  skipped: number;
}

const range = (line: number, endLine: number) => (endLine > line ? `${line}-${endLine}` : `${line}`);

export function lintReport(notes: ParsedNote[]): LintReport {
  const lines: string[] = [];
  const diagnostics = notes.flatMap((n) => n.diagnostics);
  for (const d of diagnostics)
    lines.push(`${escapeControls(d.file)}:${d.line}: ${d.severity === 'error' ? 'error: ' : ''}${d.message}`);
  if (diagnostics.length > 0) lines.push('');
  let cardCount = 0;
  let skippedCount = 0;
  for (const note of notes) {
    const file = note.file ?? note.deck.origin;
    const kinds = new Map(note.cards.map((c) => [c.id, c.kind]));
    const rows: { line: number; text: string }[] = [];
    for (const span of note.spans ?? []) {
      const kind = kinds.get(span.id);
      const what = kind ? `${kind.padEnd(11)} ${span.id}` : `${'(left out)'.padEnd(11)} ${span.id}`;
      rows.push({
        line: span.line,
        text: `  ${range(span.line, span.endLine).padEnd(9)} ${what}  [${span.recognizer}]`,
      });
    }
    for (const skip of note.skipped ?? []) {
      rows.push({
        line: skip.line,
        text: `  ${range(skip.line, skip.endLine).padEnd(9)} ${'skipped'.padEnd(11)} ${skip.reason}`,
      });
    }
    rows.sort((a, b) => a.line - b.line);
    cardCount += note.cards.length;
    skippedCount += note.skipped?.length ?? 0;
    lines.push(
      `${file}: deck '${note.deck.id}', ${note.cards.length} card${note.cards.length === 1 ? '' : 's'}, ${note.skipped?.length ?? 0} skipped`,
    );
    lines.push(...rows.map((r) => r.text));
  }
  return {
    lines,
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity !== 'error').length,
    cards: cardCount,
    skipped: skippedCount,
  };
}

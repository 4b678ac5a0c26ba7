// `dockstudy lint`'s report as lines, in the UI's language: every diagnostic as `file:line: message`,
// then per note its cards and skipped spans by line.
import type { LintReport, LintRow } from '../notes/lint-report.js';
import { escapeControls } from '../text/safety.js';
import { type Lang, messages, noteWarning, skipReason } from './messages.js';
import { padEnd } from './text.js';

const range = (line: number, endLine: number) => (endLine > line ? `${line}-${endLine}` : `${line}`);

export function renderLintReport(report: LintReport, lang: Lang): string[] {
  const t = messages(lang).lint;
  const lines: string[] = [];
  for (const d of report.diagnostics) {
    const severity = d.severity === 'error' ? t.error : '';
    lines.push(`${escapeControls(d.file)}:${d.line}: ${severity}${noteWarning(lang, d.message)}`);
  }
  if (report.diagnostics.length > 0) lines.push('');
  const row = (r: LintRow) => {
    const what =
      r.what === 'card'
        ? `${padEnd(t.kinds[r.kind] ?? r.kind, 11)} ${r.id}  [${r.recognizer}]`
        : r.what === 'left out'
          ? `${padEnd(t.leftOut, 11)} ${r.id}  [${r.recognizer}]`
          : `${padEnd(t.skipped, 11)} ${skipReason(lang, r.reason)}`;
    return `  ${range(r.line, r.endLine).padEnd(9)} ${what}`;
  };
  for (const note of report.notes) {
    lines.push(t.note(note.file, note.deck, note.cards, note.skipped));
    lines.push(...note.rows.map(row));
  }
  return lines;
}

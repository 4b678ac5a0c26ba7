// `dockstudy lint [PATH...]`: reads notes the way every command does and says what became of them
// (without paths: the notes every command loads, remembered ones, DOCKSTUDY_NOTES and --notes).
// Every diagnostic as `file:line: message`, then per note which card came from which lines and which
// spans were skipped and why. Exit 1 when a note has an error; warnings alone exit 0.

import { lintReport } from '../../notes/lint-report.js';
import type { Card, Diagnostic, ParsedNote } from '../../notes/types.js';
import { cardSoundness } from '../../quiz/every-question.js';
import { stripControl } from '../../text/safety.js';
import { renderLintReport } from '../../ui/lint-view.js';
import { messages } from '../../ui/messages.js';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import { readBuiltinNotes } from '../load-decks.js';
import { noteFiles } from '../note-files.js';
import { tierForParsing } from '../tiering.js';
import { joinAnswerKeys, parseNoteFile } from '../user-notes.js';

export async function lintCommand(context: Context, paths: string[]) {
  const t = messages(context.env.lang);
  const targets = paths.length > 0 ? paths : await context.notePaths();
  if (targets.length === 0) throw new UserError(t.lint.needPaths);
  tierForParsing();
  const parsed = joinAnswerKeys(noteFiles(targets, context.cwd, context.env.lang).map(parseNoteFile));
  // A quiz over these notes may take wrong options from the built-in decks too (unless --no-builtin).
  const builtin = context.options.builtin ? [...readBuiltinNotes('ko'), ...readBuiltinNotes('en')] : [];
  const notes = withUnsoundCards(
    parsed,
    [...parsed, ...builtin].flatMap((n) => n.cards),
  );
  const report = lintReport(notes);
  for (const line of renderLintReport(report, context.env.lang)) context.out(stripControl(line));
  context.out(t.lint.summary(report.cards, report.skipped, report.errors, report.warnings));
  // The report said it all: the exit code only tells scripts that a note could not be read.
  if (report.errors > 0) throw new UserError(t.lint.errors(report.errors));
}

/**
 * Each note with a warning for every card of it that no quiz could ask soundly (issue 9's rules,
 * src/quiz/soundness.ts), with `pool` the cards a quiz may draw wrong options from. (src/notes
 * knows nothing of quizzes, so the check lives here, at the edge.)
 */
function withUnsoundCards(notes: ParsedNote[], pool: Card[]): ParsedNote[] {
  return notes.map((note) => {
    const warnings: Diagnostic[] = [];
    for (const card of note.cards) {
      const { sound, defects } = cardSoundness(card, pool, card.lang);
      if (sound > 0) continue;
      const reasons =
        [...new Set(defects.map((d) => d.rule))].join(', ') || 'no question can be made from it';
      warnings.push({
        file: card.source.file,
        line: card.source.line,
        severity: 'warning',
        message: `warning: card ${card.id} gives no sound quiz question (${reasons})`,
      });
    }
    return warnings.length === 0 ? note : { ...note, diagnostics: [...note.diagnostics, ...warnings] };
  });
}

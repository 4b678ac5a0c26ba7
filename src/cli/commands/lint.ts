// `dockstudy lint [PATH...]`: reads notes the way every command does and says what became of them
// (without paths: the notes every command loads, remembered ones, DOCKSTUDY_NOTES and --notes).
// Every diagnostic as `file:line: message`, then per note which card came from which lines and which
// spans were skipped and why. Exit 1 when a note has an error; warnings alone exit 0.

import { lintReport } from '../../notes/lint-report.js';
import { stripControl } from '../../text/safety.js';
import { messages, noteWarning } from '../../ui/messages.js';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import { noteFiles } from '../note-files.js';
import { joinAnswerKeys, parseNoteFile } from '../user-notes.js';

export async function lintCommand(context: Context, paths: string[]) {
  const t = messages(context.env.lang);
  const targets = paths.length > 0 ? paths : await context.notePaths();
  if (targets.length === 0) throw new UserError(t.lint.needPaths);
  const notes = joinAnswerKeys(noteFiles(targets, context.cwd, context.env.lang).map(parseNoteFile)).map(
    (note) => ({
      ...note,
      diagnostics: note.diagnostics.map((d) => ({ ...d, message: noteWarning(context.env.lang, d.message) })),
    }),
  );
  const report = lintReport(notes);
  for (const line of report.lines) context.out(stripControl(line));
  context.out(t.lint.summary(report.cards, report.skipped, report.errors, report.warnings));
  // The report said it all: the exit code only tells scripts that a note could not be read.
  if (report.errors > 0) throw new UserError(t.lint.errors(report.errors));
}

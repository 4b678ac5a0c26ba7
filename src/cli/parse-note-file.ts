// One note file read and parsed, whatever is wrong with it: what every thread of a parse runs (a
// worker loads this and the parser, not the store).
import { readFileSync } from 'node:fs';
import { MAX_NOTE_CHARS } from '../notes/limits.js';
import { parseNote } from '../notes/parse.js';
import type { ParsedNote } from '../notes/types.js';
import { type NoteFile, unreadNote } from './note-files.js';
import { noteGrammar } from './note-grammar.js';

export function parseNoteFile(file: NoteFile): ParsedNote {
  // One unreadable note must not stop the others from loading.
  const unread = (message: string) => unreadNote(file, message);
  if (file.problem) return unread(file.problem);
  // Too big to be a note whatever its characters: not even read (a 50 MB file costs nothing).
  if (file.size > MAX_NOTE_CHARS * 4)
    return unread(
      `this note has ${file.size.toLocaleString('en')} bytes; notes over ${MAX_NOTE_CHARS.toLocaleString('en')} characters are not read (the largest real notes have ~120,000)`,
    );
  let text: string;
  try {
    text = readFileSync(file.bytes ?? file.absolute, 'utf8');
  } catch (err) {
    return unread(`cannot read this note (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseNote(text, { file: file.display, grammar: noteGrammar, origin: file.path, user: true });
}

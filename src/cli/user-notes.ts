// The notes parser and what it needs (marked, gray-matter, the docker grammar): a lazy module, loaded
// only when a user's note is not in the parse cache.
import { readFileSync } from 'node:fs';
import { parseNote } from '../notes/parse.js';
import type { ParsedNote } from '../notes/types.js';
import type { NoteFile } from './note-files.js';
import { noteGrammar } from './note-grammar.js';

export { joinAnswerKeys } from '../notes/answer-key.js';
export { lexCard } from '../ui/markdown.js';
export { keepHistory } from './card-history.js';

export function parseNoteFile(file: NoteFile): ParsedNote {
  let text: string;
  try {
    text = readFileSync(file.absolute, 'utf8');
  } catch (err) {
    // One unreadable note must not stop the others from loading.
    const message = `cannot read this note (${(err as NodeJS.ErrnoException).code ?? 'error'})`;
    const deck = { id: file.display, title: file.display, lang: 'en' as const, origin: file.path };
    return {
      file: file.display,
      deck,
      cards: [],
      diagnostics: [{ file: file.display, line: 1, message, severity: 'error' }],
    };
  }
  return parseNote(text, { file: file.display, grammar: noteGrammar, origin: file.path, user: true });
}

// The notes parser and what it needs (marked, gray-matter, the docker grammar): a lazy module, loaded
// only when a user's note is not in the parse cache.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { MAX_NOTE_CHARS } from '../notes/limits.js';
import { parseNote } from '../notes/parse.js';
import type { ParsedNote } from '../notes/types.js';
import { BUILD_DIR, BUNDLED } from './build-output.js';
import type { NoteFile } from './note-files.js';
import { noteGrammar } from './note-grammar.js';

export { joinAnswerKeys } from '../notes/answer-key.js';
export { lexCard } from '../ui/markdown.js';
export { keepHistory } from './card-history.js';

export function parseNoteFile(file: NoteFile): ParsedNote {
  // One unreadable note must not stop the others from loading.
  const unread = (message: string): ParsedNote => ({
    file: file.display,
    deck: { id: file.display, title: file.display, lang: 'en', origin: file.path },
    cards: [],
    diagnostics: [{ file: file.display, line: 1, message, severity: 'error' }],
  });
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

/** Below this much to parse, starting a worker (~40 ms) costs more than it saves. */
const WORKER_BYTES = 256 * 1024;
const MAX_WORKERS = 3;

/**
 * The notes parsed, in order. A big first parse is shared with worker threads when the machine has
 * cores to spare (2,000 notes: the whole parse, not one note at a time, is what a user waits for);
 * a worker that fails leaves its share to this thread. Run from the sources, no worker can load them.
 */
export async function parseNoteFiles(files: NoteFile[]): Promise<ParsedNote[]> {
  const bytes = files.reduce((sum, f) => sum + Math.max(f.size, 0), 0);
  const workers = BUNDLED
    ? Math.min(availableParallelism() - 1, MAX_WORKERS, Math.floor(bytes / WORKER_BYTES))
    : 0;
  if (workers < 1) return files.map(parseNoteFile);
  const shares = splitByBytes(files, workers + 1);
  const [own, ...others] = shares;
  const pending = others.map((share) => parseInWorker(share));
  const mine = own!.map(parseNoteFile);
  const theirs = await Promise.all(pending);
  return [...mine, ...theirs.flat()];
}

/** `parts` runs of consecutive files of about equal size. */
function splitByBytes(files: NoteFile[], parts: number): NoteFile[][] {
  const total = files.reduce((sum, f) => sum + Math.max(f.size, 0), 0);
  const shares: NoteFile[][] = [[]];
  let sum = 0;
  for (const file of files) {
    if (sum >= (total * shares.length) / parts && shares.length < parts) shares.push([]);
    shares.at(-1)!.push(file);
    sum += Math.max(file.size, 0);
  }
  return shares;
}

function parseInWorker(files: NoteFile[]): Promise<ParsedNote[]> {
  if (files.length === 0) return Promise.resolve([]);
  return new Promise((done) => {
    const fallback = () => done(files.map(parseNoteFile));
    let worker: Worker;
    try {
      worker = new Worker(new URL('lazy/parse-worker.js', BUILD_DIR), { workerData: { files } });
    } catch {
      fallback();
      return;
    }
    worker.once('message', (notes: ParsedNote[]) => {
      done(notes);
      void worker.terminate();
    });
    worker.once('error', fallback);
    worker.once('exit', (code) => {
      if (code !== 0) fallback();
    });
  });
}

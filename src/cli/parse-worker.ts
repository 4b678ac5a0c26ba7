// A worker thread's share of a big first parse (see parseNoteFiles in user-notes.ts): the files it
// is given, parsed, sent back in order.
import { parentPort, workerData } from 'node:worker_threads';
import type { NoteFile } from './note-files.js';
import { parseNoteFile } from './user-notes.js';

const files = (workerData as { files: NoteFile[] }).files;
// A Buffer arrives as a plain Uint8Array, which fs does not take for a path.
parentPort!.postMessage(files.map((f) => parseNoteFile(f.bytes ? { ...f, bytes: Buffer.from(f.bytes) } : f)));

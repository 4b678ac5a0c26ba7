// A worker thread's share of a big first parse (see parseNoteFiles in user-notes.ts): the files it
// is given, parsed, sent back in order.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { ParsedNote } from '../notes/types.js';
import type { NoteFile } from './note-files.js';
import { parseNoteFile } from './user-notes.js';

export function parseShare(files: NoteFile[]): ParsedNote[] {
  // A Buffer arrives as a plain Uint8Array, which fs does not take for a path.
  return files.map((f) => parseNoteFile(f.bytes ? { ...f, bytes: Buffer.from(f.bytes) } : f));
}

if (!isMainThread && parentPort)
  parentPort.postMessage(parseShare((workerData as { files: NoteFile[] }).files));

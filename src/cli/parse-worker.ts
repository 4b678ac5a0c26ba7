// One worker thread of a first parse (see parallel-parse.ts): it parses the batches it takes from the
// counter it shares with the other threads, and sends them back.
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { packNote } from './packed-note.js';
import { type ParseShare, parseBatches } from './parallel-parse.js';
import { parseNoteFile } from './parse-note-file.js';

/**
 * Parses the share this worker was started with and posts it, each note as the cache's JSON (a
 * string crosses to the other thread at the cost of a copy); nothing when not run as a worker.
 */
export function answerParent(port: MessagePort | null = parentPort): void {
  port?.postMessage(parseBatches(workerData as ParseShare, (file) => packNote(parseNoteFile(file))));
}

answerParent();

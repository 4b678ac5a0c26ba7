// One worker thread of a first parse (see parallel-parse.ts): it parses the batches it takes from the
// counter it shares with the other threads, and sends them back.
import { parentPort, workerData } from 'node:worker_threads';
import { type ParseShare, parseBatches } from './parallel-parse.js';
import { parseNoteFile } from './user-notes.js';

parentPort?.postMessage(parseBatches(workerData as ParseShare, parseNoteFile));

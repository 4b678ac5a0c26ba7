// A first parse of many notes (a cloned course of 2,000) spread over the machine's cores. Worker
// threads and this one take batches of files from one shared counter, so a slow note holds up only
// its own thread. A worker costs tens of milliseconds to start (it loads the parser too), so few or
// small notes are parsed on this thread alone.
import { createRequire } from 'node:module';
import type { ParsedNote } from '../notes/types.js';
import { BUILD_DIR, BUNDLED } from './build-output.js';
import type { NoteFile } from './note-files.js';
import { type PackedNote, packNote } from './packed-note.js';
import { tierForParsing } from './tiering.js';

/** Files a batch: small enough to balance the threads, large enough that taking one costs nothing. */
const BATCH = 16;
/** Below this many bytes of notes a worker would cost more than it saves (measured: see bench/). */
export const PARALLEL_BYTES = 256 * 1024;
const MAX_WORKERS = 3;

/** What a worker is handed: the files, and the counter of batches taken that all threads share. */
export interface ParseShare {
  files: NoteFile[];
  counter: Int32Array;
}

/** Each batch a thread parsed, by its first file's index: the notes packed for the cache, as a worker sends them. */
export type ParsedBatches<T = PackedNote> = { at: number; notes: T[] }[];

/** A note of the parse: packed for the cache, and whole when this thread parsed it. */
export type Parsed = PackedNote & { note?: ParsedNote };

/** Takes the next batch nobody has: its first file's index, or undefined when all are taken. */
export function takeBatch(counter: Int32Array, count: number): number | undefined {
  const at = Atomics.add(counter, 0, 1) * BATCH;
  return at < count ? at : undefined;
}

/** Parses every batch left in the share, one at a time, with `parse`. */
export function parseBatches<T>(share: ParseShare, parse: (file: NoteFile) => T): ParsedBatches<T> {
  const parsed: ParsedBatches<T> = [];
  for (let at = takeBatch(share.counter, share.files.length); at !== undefined; ) {
    parsed.push({ at, notes: share.files.slice(at, at + BATCH).map(parse) });
    at = takeBatch(share.counter, share.files.length);
  }
  return parsed;
}

/** A first parse under way: its workers started, this thread to join once its parser is loaded. */
export interface ParseRun {
  /** The notes of the files, in their order; `parse` parses on this thread. */
  finish(parse: (file: NoteFile) => ParsedNote): Promise<Parsed[]>;
}

/**
 * Starts the worker threads for `files`, if they are worth it, before this thread loads the parser
 * (50–130 ms here): a worker's own start then overlaps that load instead of following it.
 */
export function startParse(files: NoteFile[]): ParseRun {
  tierForParsing();
  const bytes = files.reduce((sum, file) => sum + (file.problem ? 0 : file.size), 0);
  // Required here, not imported: most commands start no worker, and each start would load these.
  const require = createRequire(import.meta.url);
  const { availableParallelism } = require('node:os') as typeof import('node:os');
  const count = Math.min(MAX_WORKERS, availableParallelism() - 1, Math.floor(files.length / BATCH) - 1);
  // Packed on the thread that parsed it: the cache's JSON is made in parallel too.
  const parsing = (parse: (file: NoteFile) => ParsedNote) => (file: NoteFile) => {
    const note = parse(file);
    return { ...packNote(note), note };
  };
  // Run from the sources (the tests), there is no built worker to start.
  if (!BUNDLED || bytes < PARALLEL_BYTES || count < 1)
    return { finish: async (parse) => files.map(parsing(parse)) };
  const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
  const share: ParseShare = { files, counter: new Int32Array(new SharedArrayBuffer(4)) };
  const url = new URL('lazy/parse-worker.js', BUILD_DIR);
  const workers = Array.from({ length: count }, () => runWorker(Worker, url, share));
  return {
    async finish(parse) {
      const notes: (Parsed | undefined)[] = new Array(files.length);
      const place = (batches: ParsedBatches<Parsed>) => {
        for (const { at, notes: parsed } of batches) notes.splice(at, parsed.length, ...parsed);
      };
      const here = parsing(parse);
      place(parseBatches(share, here));
      for (const batches of await Promise.all(workers)) place(batches);
      // A worker that failed took its batches with it: they are parsed here.
      return notes.map((note, i) => note ?? here(files[i]!));
    },
  };
}

/** A worker's batches, or none if it could not start or failed: the caller parses what is missing. */
function runWorker(
  Worker: typeof import('node:worker_threads').Worker,
  url: URL,
  share: ParseShare,
): Promise<ParsedBatches> {
  return new Promise((resolve) => {
    let worker: InstanceType<typeof Worker>;
    try {
      worker = new Worker(url, { workerData: share });
    } catch {
      resolve([]);
      return;
    }
    worker.once('message', (batches: ParsedBatches) => resolve(batches));
    worker.once('error', () => resolve([]));
    worker.once('exit', () => resolve([]));
  });
}

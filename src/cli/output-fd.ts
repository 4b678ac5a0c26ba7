// stdout and stderr on a pipe, a socket or a file, written with fs.writeSync as Node's own streams are
// for files (and on Linux for pipes): making process.stdout or process.stderr there loads the net and
// stream modules, some 6 ms of a start, for output that is written synchronously either way.

import { fstatSync, writeSync } from 'node:fs';
import type { Output } from './context.js';

/** Whether `fd` is a pipe, a socket or a file: surely no terminal, and written to in place. */
export function isPlainOutput(fd: number): boolean {
  try {
    const stats = fstatSync(fd);
    return stats.isFIFO() || stats.isSocket() || stats.isFile();
  } catch {
    return false;
  }
}

// A wait of a millisecond, for a pipe another process made non-blocking and that is full.
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * An Output that writes `fd` at once, every byte, before it returns (nothing is ever buffered).
 * A failed write goes to `failed` (EPIPE when the reader has gone, ENOSPC on a full disk…).
 */
export function fdOutput(
  fd: number,
  failed: (err: NodeJS.ErrnoException) => void,
): Output & { readonly writableLength: number } {
  const write = (text: string | Uint8Array) => {
    const bytes = typeof text === 'string' ? Buffer.from(text) : text;
    try {
      for (let at = 0; at < bytes.length; ) {
        try {
          at += writeSync(fd, bytes, at);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
          Atomics.wait(pause, 0, 0, 1);
        }
      }
    } catch (err) {
      failed(err as NodeJS.ErrnoException);
    }
    return true;
  };
  return { write, writableLength: 0 } as unknown as Output & { readonly writableLength: number };
}

import { createInterface } from 'node:readline';

export interface LineReader {
  /** The next line, or undefined at end of input (or after an interrupt). */
  next(): Promise<string | undefined>;
  /** `interrupt` ended the input (Ctrl-C): the caller sums up, then exits 130. */
  readonly interrupted: boolean;
  close(): void;
}

/**
 * Reads one line at a time from a stream (plain mode: stdin that is not a terminal, or --plain).
 * `interrupt` (the CLI aborts it on SIGINT) ends the input like EOF, so that answers so far are
 * summed up before the exit.
 */
export function createLineReader(input: NodeJS.ReadableStream, interrupt?: AbortSignal): LineReader {
  const rl = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  const buffered: string[] = [];
  const waiting: Array<(line: string | undefined) => void> = [];
  let ended = false;
  let interrupted = false;
  const onInterrupt = () => {
    interrupted = true;
    rl.close();
  };
  interrupt?.addEventListener('abort', onInterrupt, { once: true });
  rl.on('line', (line) => {
    const resolve = waiting.shift();
    if (resolve) resolve(line);
    else buffered.push(line);
  });
  rl.on('close', () => {
    ended = true;
    for (const resolve of waiting.splice(0)) resolve(undefined);
  });
  return {
    next() {
      if (interrupted) return Promise.resolve(undefined);
      if (buffered.length > 0) return Promise.resolve(buffered.shift());
      if (ended) return Promise.resolve(undefined);
      return new Promise((resolve) => waiting.push(resolve));
    },
    get interrupted() {
      return interrupted;
    },
    close: () => {
      interrupt?.removeEventListener('abort', onInterrupt);
      rl.close();
    },
  };
}

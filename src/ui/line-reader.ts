import { createInterface } from 'node:readline';

export interface LineReader {
  /** The next line, or undefined at end of input (or after Ctrl-C). */
  next(): Promise<string | undefined>;
  /** Ctrl-C (SIGINT) ended the input: the caller sums up, then exits 130. */
  readonly interrupted: boolean;
  close(): void;
}

/** Reads one line at a time from a stream (plain mode: stdin that is not a terminal, or --plain). */
export function createLineReader(input: NodeJS.ReadableStream): LineReader {
  const rl = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  const buffered: string[] = [];
  const waiting: Array<(line: string | undefined) => void> = [];
  let ended = false;
  let interrupted = false;
  // Ctrl-C ends the input like EOF, so that answers so far are summed up before the exit.
  const onSigint = () => {
    interrupted = true;
    rl.close();
  };
  process.once('SIGINT', onSigint);
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
      if (buffered.length > 0) return Promise.resolve(buffered.shift());
      if (ended) return Promise.resolve(undefined);
      return new Promise((resolve) => waiting.push(resolve));
    },
    get interrupted() {
      return interrupted;
    },
    close: () => {
      process.off('SIGINT', onSigint);
      rl.close();
    },
  };
}

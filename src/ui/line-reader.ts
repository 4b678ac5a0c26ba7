import { StringDecoder } from 'node:string_decoder';

export interface LineReader {
  /** The next line, or undefined at end of input (or after an interrupt). */
  next(): Promise<string | undefined>;
  /** `interrupt` ended the input (Ctrl-C): the caller sums up, then exits 130. */
  readonly interrupted: boolean;
  close(): void;
}

/** The longest answer line read: an answer is a word or a command, never a megabyte. */
export const MAX_LINE_CHARS = 64 * 1024;

/**
 * Input that is not lines (`< /dev/zero`, a binary file): the CLI prints it as one line, exit 1.
 * Named UserError because run.ts tells errors apart by name.
 */
export class InputNotLines extends Error {
  override readonly name = 'UserError';
  readonly exitCode = 1;
}

/**
 * Reads one line at a time from a stream (plain mode: stdin that is not a terminal, or --plain).
 * Lines end at \n (a \r before it is dropped; a lone \r is no line break). `interrupt` (the CLI
 * aborts it on SIGINT) ends the input like EOF, so that answers so far are summed up before the exit.
 */
export function createLineReader(input: NodeJS.ReadableStream, interrupt?: AbortSignal): LineReader {
  const decoder = new StringDecoder('utf8');
  const buffered: string[] = [];
  const waiting: Array<{ resolve: (line: string | undefined) => void; reject: (error: Error) => void }> = [];
  let partial = '';
  let ended = false;
  let failure: Error | undefined;
  let interrupted = false;

  const stop = () => {
    input.removeListener('data', onData);
    input.removeListener('end', onEnd);
    input.removeListener('error', onError);
    interrupt?.removeEventListener('abort', onInterrupt);
    input.pause();
    (input as { destroy?: () => void }).destroy?.();
  };
  const settle = () => {
    while (waiting.length > 0 && buffered.length > 0) waiting.shift()!.resolve(buffered.shift());
    if (buffered.length > 0) return;
    if (failure) for (const w of waiting.splice(0)) w.reject(failure);
    else if (ended) for (const w of waiting.splice(0)) w.resolve(undefined);
  };
  const fail = (error: Error) => {
    failure = error;
    ended = true;
    stop();
    settle();
  };
  function onData(chunk: string | Buffer) {
    const text = partial + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    const lines = text.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) buffered.push(line.endsWith('\r') ? line.slice(0, -1) : line);
    if (partial.length > MAX_LINE_CHARS || lines.some((line) => line.length > MAX_LINE_CHARS)) {
      buffered.length = 0;
      fail(
        new InputNotLines(`the input is not lines of text: a line longer than ${MAX_LINE_CHARS} characters`),
      );
      return;
    }
    settle();
  }
  function onEnd() {
    const rest = partial + decoder.end();
    if (rest !== '') buffered.push(rest.endsWith('\r') ? rest.slice(0, -1) : rest);
    partial = '';
    ended = true;
    stop();
    settle();
  }
  function onError(error: Error) {
    fail(error);
  }
  function onInterrupt() {
    interrupted = true;
    ended = true;
    stop();
    for (const w of waiting.splice(0)) w.resolve(undefined);
  }
  input.on('data', onData);
  input.on('end', onEnd);
  input.on('error', onError);
  interrupt?.addEventListener('abort', onInterrupt, { once: true });
  if (interrupt?.aborted) onInterrupt();

  return {
    next() {
      if (interrupted) return Promise.resolve(undefined);
      if (buffered.length > 0) return Promise.resolve(buffered.shift());
      if (failure) return Promise.reject(failure);
      if (ended) return Promise.resolve(undefined);
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
      });
    },
    get interrupted() {
      return interrupted;
    },
    close: () => {
      if (!ended) {
        ended = true;
        stop();
        settle();
      }
    },
  };
}

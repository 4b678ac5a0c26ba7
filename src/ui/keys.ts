import { createRequire } from 'node:module';

// readline, for its keypress events, is loaded when keys are first read rather than at every start.
const readline = () => createRequire(import.meta.url)('node:readline') as typeof import('node:readline');

export interface Key {
  name: string;
  ctrl: boolean;
  sequence: string;
}

/** What readKey-style readers need of their input: any stream, raw mode when it is a terminal. */
export type KeyInput = NodeJS.ReadableStream & {
  isTTY?: boolean;
  isRaw?: boolean;
  setRawMode?(raw: boolean): unknown;
};

export interface KeyReader {
  /** The next key pressed; `{ name: 'end' }` once the input has ended. */
  next(): Promise<Key>;
  /** Raw mode off and the input left alone (an editor runs), until `resume`. */
  pause(): void;
  resume(): void;
  close(): void;
}

const END: Key = { name: 'end', ctrl: false, sequence: '' };

/**
 * Reads single keys from `input` (raw mode on a terminal, restored on close). Keys that arrive
 * together, as from a paste or a test's fake stream, wait in order rather than being lost.
 */
export function createKeyReader(input: KeyInput): KeyReader {
  readline().emitKeypressEvents(input);
  const wasRaw = input.isRaw;
  if (input.isTTY) input.setRawMode?.(true);
  const buffered: Key[] = [];
  const waiting: Array<(key: Key) => void> = [];
  let ended = false;
  const deliver = (key: Key) => {
    const resolve = waiting.shift();
    if (resolve) resolve(key);
    else buffered.push(key);
  };
  const onKey = (sequence: string | undefined, key: Partial<Key> | undefined) =>
    deliver({ name: key?.name ?? sequence ?? '', ctrl: Boolean(key?.ctrl), sequence: sequence ?? '' });
  const onEnd = () => {
    ended = true;
    for (const resolve of waiting.splice(0)) resolve(END);
  };
  input.on('keypress', onKey);
  input.on('end', onEnd);
  input.resume();
  return {
    next() {
      const key = buffered.shift();
      if (key) return Promise.resolve(key);
      if (ended) return Promise.resolve(END);
      return new Promise((resolve) => waiting.push(resolve));
    },
    pause() {
      if (input.isTTY) input.setRawMode?.(Boolean(wasRaw));
      input.pause();
    },
    resume() {
      if (input.isTTY) input.setRawMode?.(true);
      input.resume();
    },
    close() {
      input.off('keypress', onKey);
      input.off('end', onEnd);
      if (input.isTTY) input.setRawMode?.(Boolean(wasRaw));
      input.pause();
    },
  };
}

export const isInterrupt = (key: Key) => key.ctrl && key.name === 'c';
/** q, Escape, Ctrl-D, or the end of the input. */
export const isQuit = (key: Key) =>
  key.name === 'q' || key.name === 'escape' || key.name === 'end' || (key.ctrl && key.name === 'd');
export const isReveal = (key: Key) => key.name === 'space' || key.name === 'return' || key.name === 'enter';

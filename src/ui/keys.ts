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
  /** The next key pressed; `{ name: 'eof' }` once the input has ended (the End key is 'end'). */
  next(): Promise<Key>;
  /** Raw mode off and the input left alone (an editor runs), until `resume`. */
  pause(): void;
  resume(): void;
  close(): void;
}

const END: Key = { name: 'eof', ctrl: false, sequence: '' };

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
export const isCtrlD = (key: Partial<Key> | undefined) => Boolean(key?.ctrl && key.name === 'd');
/** Ctrl-D, or the end of the input. */
export const isEnd = (key: Key) => key.name === 'eof' || isCtrlD(key);
/** q, Escape, Ctrl-D, or the end of the input. */
export const isQuit = (key: Key) => (!key.ctrl && (key.name === 'q' || key.name === 'escape')) || isEnd(key);
export const isReveal = (key: Key) => key.name === 'space' || key.name === 'return' || key.name === 'enter';

/** How a key moves a view taller than the screen: by a line, by a screen, to its top or its end. */
export type ScrollMove = 'line-up' | 'line-down' | 'page-up' | 'page-down' | 'top' | 'bottom';

/** ↑ ↓ PgUp PgDn always; k j Home End when `letters` (not while a line is being typed). */
export function scrollOf(key: Key, letters = true): ScrollMove | undefined {
  if (key.ctrl) return undefined;
  if (key.name === 'up') return 'line-up';
  if (key.name === 'down') return 'line-down';
  if (key.name === 'pageup') return 'page-up';
  if (key.name === 'pagedown') return 'page-down';
  if (!letters) return undefined;
  if (key.name === 'k') return 'line-up';
  if (key.name === 'j') return 'line-down';
  if (key.name === 'home') return 'top';
  if (key.name === 'end') return 'bottom';
  return undefined;
}

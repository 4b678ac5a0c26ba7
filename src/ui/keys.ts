import { emitKeypressEvents } from 'node:readline';

export interface Key {
  name: string;
  ctrl: boolean;
  sequence: string;
}

/**
 * Waits for one keypress in raw mode and restores the terminal afterwards. The stream is passed in so
 * that tests can feed keys.
 */
export function readKey(input: NodeJS.ReadStream): Promise<Key> {
  return new Promise((resolve) => {
    emitKeypressEvents(input);
    const wasRaw = input.isRaw;
    if (input.isTTY) input.setRawMode(true);
    input.resume();
    const onKey = (sequence: string | undefined, key: Partial<Key> | undefined) => {
      input.off('keypress', onKey);
      if (input.isTTY) input.setRawMode(wasRaw);
      input.pause();
      resolve({ name: key?.name ?? sequence ?? '', ctrl: Boolean(key?.ctrl), sequence: sequence ?? '' });
    };
    input.on('keypress', onKey);
  });
}

export const isInterrupt = (key: Key) => key.ctrl && key.name === 'c';
export const isQuit = (key: Key) => key.name === 'q' || key.name === 'escape';
export const isReveal = (key: Key) => key.name === 'space' || key.name === 'return' || key.name === 'enter';

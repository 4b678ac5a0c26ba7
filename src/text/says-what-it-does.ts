// A command's description a quiz may ask for the command by ("Type the command: …"), or not.

/**
 * Whether `text` says what a command does: not `is the nuclear option, see below`, which says what
 * it is like and points elsewhere.
 */
export function saysWhatItDoes(text: string): boolean {
  return !/^(?:is|are|was|were|has|had)\s/i.test(text) && !POINTER.test(text);
}

const POINTER = /\b(?:see|shown?)\s+(?:below|above)\b|아래\s*(?:참고|참조)/i;

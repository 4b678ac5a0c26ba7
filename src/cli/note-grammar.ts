import { canonicalPath, lookupFlag } from '../docker/index.js';
import type { NoteGrammar } from '../notes/grammar.js';

/** The notes parser learns docker's commands and flags from src/docker. */
export const noteGrammar: NoteGrammar = {
  commandPath: (words) => canonicalPath(words),
  flag: (command, flag) => {
    const spec = lookupFlag(command, flag);
    return spec && { long: spec.long, ...(spec.short ? { short: spec.short } : {}) };
  },
};

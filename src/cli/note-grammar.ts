import {
  canonicalPath,
  commandWords,
  isUncoveredCommand,
  lookupFlag,
  UNCOVERED_COMMANDS,
} from '../docker/index.js';
import type { NoteGrammar } from '../notes/grammar.js';
import { closestName } from '../text/suggest.js';

/** The notes parser learns docker's commands and flags from src/docker. */
export const noteGrammar: NoteGrammar = {
  commandPath: (words) => canonicalPath(words),
  isUncovered: (words) => isUncoveredCommand(words) !== undefined,
  suggest: (word) =>
    closestName(word, [...commandWords(), ...UNCOVERED_COMMANDS.filter((c) => !c.includes(' '))]),
  flag: (command, flag) => {
    const spec = lookupFlag(command, flag);
    return spec && { long: spec.long, ...(spec.short ? { short: spec.short } : {}) };
  },
};

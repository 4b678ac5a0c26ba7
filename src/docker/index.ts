// Public face of the docker grammar module: the CLI grammar as data, a parser
// that reads typed commands like the real client does, and grading by meaning.

export { canonicalCommand, formatCanonical } from './canonical.js';
export {
  canonicalPath,
  commandForPath,
  commandWords,
  findCommand,
  groupSubcommands,
  isCommandGroup,
  isUncoveredCommand,
  lookupFlag,
} from './commands.js';
export { compareCommands } from './compare.js';
export { COMMANDS, GLOBAL_FLAGS, UNCOVERED_COMMANDS } from './grammar.js';
export { parseCommandLine } from './parse.js';
export { splitShellWords } from './shell-words.js';
export type {
  CommandComparison,
  CommandDiff,
  CommandProblem,
  CommandSpec,
  FlagSpec,
  ParsedCommand,
  ParsedFlag,
  ParseError,
} from './types.js';

// Shapes shared by the grammar data, the parser and the grader.
// Flag names always carry their dashes ('--publish', '-p') so they print as typed.

export interface FlagSpec {
  long: string;
  short?: string;
  takesValue: boolean;
  /** Docker keeps every occurrence (list/map/filter types); other flags are last-wins. */
  repeatable?: boolean;
  description?: string;
  /** Docker's own type word from `--help`: 'bool', 'string', 'list', 'bytes', … */
  valueType?: string;
  /** What docker uses when the flag is absent, when `--help` states one ('true' for on-by-default switches). */
  defaultValue?: string;
  /** Spellings docker accepts but does not list in `--help`, e.g. '--net' for '--network'. */
  hiddenAliases?: string[];
  /** Accepted by docker but not listed in `--help`. */
  hidden?: boolean;
}

export interface CommandSpec {
  path: string[];
  aliases: string[][];
  flags: FlagSpec[];
  /** Usage after the options, as docker prints it: 'IMAGE [COMMAND] [ARG...]'. */
  args: string;
  summary?: string;
  minArgs: number;
  /** Undefined means no upper limit. */
  maxArgs?: number;
  /** Docker stops reading its own flags at the first argument (run, exec, tag, …). */
  flagsStopAtFirstArg?: boolean;
  /** How many arguments precede the container's own command (run/create: the image; exec/top: the container). */
  commandAfter?: number;
  /** The arguments are a set of targets (rm a b = rm b a), so order does not change the meaning. */
  unorderedArgs?: boolean;
}

export interface ParsedFlag {
  long: string;
  /** Absent for a switch that is on. */
  value?: string;
}

export interface ParsedCommand {
  /** 'docker container run' */
  path: string;
  flags: ParsedFlag[];
  positionals: string[];
  /** For run/create/exec/top: the words after the image/container, kept in order. */
  command: string[];
  /** Options given to docker itself before the command, e.g. --context. The parser always fills it. */
  globalFlags?: ParsedFlag[];
  /** Shell redirections such as '> out.tar', normalised to 'op target'. The parser always fills it. */
  redirects?: string[];
}

export interface CommandDiff {
  kind: 'command' | 'missing-flag' | 'extra-flag' | 'flag-value' | 'positional' | 'command-args';
  flag?: string;
  expected?: string;
  actual?: string;
  message: string;
}

export interface CommandComparison {
  equal: boolean;
  diffs: CommandDiff[];
  error?: string;
}

export interface ParseError {
  error: string;
}

// Shapes shared by the grammar data, the parser and the grader.
// Flag names always carry their dashes ('--publish', '-p') so they print as typed.

export interface FlagSpec {
  long: string;
  short?: string;
  takesValue: boolean;
  /** Docker keeps every occurrence (list/map/filter types); other flags are last-wins. */
  repeatable?: boolean;
  /** Its values apply in the order given (compose's `-f`: a later file overrides an earlier one). */
  ordered?: boolean;
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
  /** The same in Korean, for cards of Korean notes. */
  summaryKo?: string;
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
  /** Options given to the command's group before its subcommand: `docker compose -f a.yaml up`. */
  groupFlags?: ParsedFlag[];
  /** Shell redirections such as '> out.tar', normalised to 'op target'. The parser always fills it. */
  redirects?: string[];
}

/**
 * What the parser or the grader says about a command, as a code and the names and values it is
 * about: src/ui words it in the UI's language. Values are quoted as the learner would type them.
 */
export type CommandProblem =
  // The grader: how a typed command differs from the expected one.
  | { code: 'wrong-command'; expected: string; actual: string }
  /** `label` is the flag with its value as typed: `--env B=2`, `--rm=false`. */
  | { code: 'missing-flag'; label: string; short?: string }
  | { code: 'extra-flag'; label: string }
  /** A flag's or an argument's value: `--publish`, `IMAGE`. */
  | { code: 'wrong-value'; what: string; expected: string; actual: string }
  | { code: 'missing-argument'; name: string; value: string }
  /** `name` is absent for an argument past the last one the command names. */
  | { code: 'extra-argument'; name?: string; value: string }
  /**
   * The container's own command after the image (or container): missing, extra or different;
   * `stray` is a docker flag typed among its words (`docker run nginx -d`).
   */
  | { code: 'command-after'; target: string; expected?: string; actual?: string; stray?: string }
  | { code: 'redirect'; expected?: string; actual?: string }
  | { code: 'expected-unparsable'; reason: CommandProblem }
  | { code: 'uncomparable' }
  // The parser: why a line is not a docker command it can read.
  | { code: 'not-text' }
  | { code: 'empty' }
  | { code: 'not-docker'; word: string }
  | { code: 'no-command' }
  | { code: 'one-command-only'; operator: string }
  | { code: 'redirect-no-file'; operator: string }
  | { code: 'uncovered-command'; command: string }
  | { code: 'needs-subcommand'; group: string; examples: string[] }
  | { code: 'unknown-command'; command: string; suggestion?: string }
  | { code: 'too-few-arguments'; command: string; exactly: boolean; min: number; usage: string; got: number }
  | { code: 'too-many-arguments'; command: string; max: number; usage: string; got: number }
  | { code: 'no-arguments'; command: string; first: string }
  /** `within`: the cluster of short flags the flag was in (`-itx`). */
  | { code: 'unknown-flag'; flag: string; within?: string; command: string; suggestion?: string }
  | { code: 'flag-needs-value'; flag: string; command: string }
  | { code: 'bad-flag'; word: string }
  | { code: 'needs-boolean'; flag: string; value: string }
  | { code: 'needs-whole-number'; flag: string; value: string }
  | { code: 'needs-number'; flag: string; value: string }
  | { code: 'out-of-range'; flag: string; value: string }
  | { code: 'too-many-decimals'; flag: string; value: string }
  | { code: 'unclosed'; what: 'backtick' | 'substitution' | 'parameter' | 'single-quote' | 'double-quote' }
  | { code: 'lone-backslash' }
  | { code: 'unreadable' };

export interface CommandDiff {
  kind: 'command' | 'missing-flag' | 'extra-flag' | 'flag-value' | 'positional' | 'command-args';
  flag?: string;
  expected?: string;
  actual?: string;
  problem: CommandProblem;
}

export interface CommandComparison {
  equal: boolean;
  diffs: CommandDiff[];
  error?: CommandProblem;
}

export interface ParseError {
  error: CommandProblem;
}

import { closestName } from '../text/suggest.js';
import {
  commandWords,
  findCommand,
  flagIndexFor,
  globalFlagIndex,
  groupSubcommands,
  isCommandGroup,
  isUncoveredCommand,
  pathOf,
  readGroupOptions,
} from './commands.js';
import { withDefaultArguments } from './default-arguments.js';
import { readFlags } from './flag-reader.js';
import { flagsFromHits } from './flag-values.js';
import { withImpliedFlags } from './implied-flags.js';
import { type ShellToken, tokenizeShell } from './shell-words.js';
import type { CommandSpec, ParsedCommand, ParsedFlag, ParseError } from './types.js';

// Reads one typed docker command into its parts, or explains in one sentence why it can't.

const REDIRECT = /^\d*(?:>>|>&|<&|>\||&>|<<|>|<)$/;

/** 'op target', with the default descriptor dropped: '1> f' → '> f', '2>&1' stays joined. */
function formatRedirect(op: string, target: string): string {
  const normal = op.replace(/^1(?=>)/, '').replace(/^0(?=<)/, '');
  return normal.endsWith('&') ? `${normal}${target}` : `${normal} ${target}`;
}

/** Pulls redirections out of the words; anything that chains commands is an error. */
function wordsAndRedirects(tokens: ShellToken[]): { words: string[]; redirects: string[] } | ParseError {
  const words: string[] = [];
  const redirects: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    if (token.kind === 'word') {
      words.push(token.text);
      continue;
    }
    if (REDIRECT.test(token.text)) {
      const target = tokens[i + 1];
      if (target?.kind !== 'word') return { error: { code: 'redirect-no-file', operator: token.text } };
      redirects.push(formatRedirect(token.text, target.text));
      i++;
      continue;
    }
    // A trailing ';' or newline ends the one command; anything after it is a second command.
    const rest = tokens.slice(i);
    if (rest.every((t) => t.kind === 'operator' && t.text === ';')) break;
    return { error: { code: 'one-command-only', operator: token.text } };
  }
  return { words, redirects };
}

function commandNotFound(words: string[]): ParseError {
  const uncovered = isUncoveredCommand(words);
  if (uncovered) return { error: { code: 'uncovered-command', command: `docker ${uncovered}` } };
  const [first = '', second] = words;
  if (isCommandGroup(first)) {
    const subcommands = groupSubcommands(first);
    if (second === undefined || second.startsWith('-')) {
      const examples = subcommands.slice(0, 3).map((sub) => `docker ${first} ${sub}`);
      return { error: { code: 'needs-subcommand', group: `docker ${first}`, examples } };
    }
    const hint = closestName(second, subcommands);
    const command = `docker ${first} ${second}`;
    return {
      error: { code: 'unknown-command', command, ...(hint ? { suggestion: `docker ${first} ${hint}` } : {}) },
    };
  }
  const hint = closestName(first, commandWords());
  return {
    error: {
      code: 'unknown-command',
      command: `docker ${first}`,
      ...(hint ? { suggestion: `docker ${hint}` } : {}),
    },
  };
}

function arityError(spec: CommandSpec, args: string[]): ParseError | undefined {
  const command = pathOf(spec);
  const got = args.length;
  if (got < spec.minArgs) {
    const exactly = spec.maxArgs === spec.minArgs;
    return {
      error: { code: 'too-few-arguments', command, exactly, min: spec.minArgs, usage: spec.args, got },
    };
  }
  if (spec.maxArgs !== undefined && got > spec.maxArgs) {
    if (spec.maxArgs === 0) return { error: { code: 'no-arguments', command, first: args[0] ?? '' } };
    return { error: { code: 'too-many-arguments', command, max: spec.maxArgs, usage: spec.args, got } };
  }
  return undefined;
}

/** Drops a shell prompt and the leading 'docker'; refuses lines that are not docker commands. */
function dockerWords(words: string[]): string[] | ParseError {
  let rest = words;
  if (rest[0] === '$') rest = rest.slice(1);
  if (rest[0] === 'sudo') rest = rest.slice(1);
  if (rest.length === 0) return { error: { code: 'empty' } };
  if (rest[0] === 'docker') return rest.slice(1);
  const first = rest[0] ?? '';
  if (findCommand(rest) || isCommandGroup(first)) return rest; // 'run -d nginx' without the 'docker'
  return { error: { code: 'not-docker', word: first } };
}

function hasFlag(flags: ParsedFlag[], long: string): boolean {
  return flags.some((entry) => entry.long === long);
}

function parseUnsafe(line: string): ParsedCommand | ParseError {
  if (typeof line !== 'string') return { error: { code: 'not-text' } };
  const tokens = tokenizeShell(line);
  if ('error' in tokens) return tokens;
  const split = wordsAndRedirects(tokens);
  if ('error' in split) return split;
  const words = dockerWords(split.words);
  if ('error' in words) return words;

  const globals = readFlags(words, globalFlagIndex(), { stopAtFirstArg: true, commandLabel: 'docker' });
  if ('error' in globals) return globals;
  const globalFlags = flagsFromHits(globals.hits);
  if ('error' in globalFlags) return globalFlags;
  const base = { globalFlags, redirects: split.redirects };

  if (globals.args.length === 0) {
    // `docker --version` and `docker --help` are complete commands on their own.
    if (hasFlag(globalFlags, '--version') || hasFlag(globalFlags, '--help')) {
      return { path: 'docker', flags: [], positionals: [], command: [], ...base };
    }
    return { error: { code: 'no-command' } };
  }

  const grouped = readGroupOptions(globals.args);
  if ('error' in grouped) return grouped;
  const args = grouped.args;
  const found = findCommand(args);
  if (!found) return commandNotFound(args);
  const { spec } = found;
  const path = pathOf(spec);
  const groupFlags = flagsFromHits(grouped.hits);
  if ('error' in groupFlags) return groupFlags;
  // `docker compose --dry-run up` is `docker compose up --dry-run`: an option the subcommand has too is its.
  const own = flagIndexFor(spec);
  const shared = groupFlags.filter((f) => own.has(f.long));
  const onGroup = groupFlags.filter((f) => !own.has(f.long));
  if (onGroup.length > 0) Object.assign(base, { groupFlags: onGroup });

  const reading = readFlags(args.slice(found.consumed), flagIndexFor(spec), {
    stopAtFirstArg: spec.flagsStopAtFirstArg === true,
    commandLabel: path,
  });
  if ('error' in reading) return reading;
  const typed = flagsFromHits(reading.hits);
  if ('error' in typed) return typed;
  const flags = [...shared, ...typed];

  // Docker prints the help and ignores everything else when --help is given.
  if (!hasFlag(flags, '--help')) {
    const wrongCount = arityError(spec, reading.args);
    if (wrongCount) return wrongCount;
  }
  const splitAt = spec.commandAfter ?? reading.args.length;
  const read = withDefaultArguments(path, flags, reading.args.slice(0, splitAt));
  return {
    path,
    flags: withImpliedFlags(path, read.flags),
    positionals: read.positionals,
    command: reading.args.slice(splitAt),
    ...base,
  };
}

/** What parseCommandLine says when the parser itself failed; no typed line should ever produce it. */
export const UNREADABLE_COMMAND: ParseError = { error: { code: 'unreadable' } };

export function parseCommandLine(line: string): ParsedCommand | ParseError {
  try {
    return parseUnsafe(line);
  } catch {
    // A bug here must cost the user one answer, not the whole session.
    return UNREADABLE_COMMAND;
  }
}

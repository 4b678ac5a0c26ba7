import { normalizeLeadingDash } from '../text/dashes.js';
import { type FlagHit, readFlags } from './flag-reader.js';
import { flag } from './flag-syntax.js';
import { COMMANDS, GLOBAL_FLAGS, UNCOVERED_COMMANDS } from './grammar.js';
import { COMPOSE_OPTIONS } from './grammar-compose.js';
import type { CommandSpec, FlagSpec, ParseError } from './types.js';

// Lookups over the grammar. Indexes are built on first use so importing costs nothing.

let commandIndex: Map<string, CommandSpec> | undefined;
const flagIndexes = new WeakMap<CommandSpec, Map<string, FlagSpec>>();
let globalIndex: Map<string, FlagSpec> | undefined;

function getCommandIndex(): Map<string, CommandSpec> {
  if (!commandIndex) {
    commandIndex = new Map();
    for (const spec of COMMANDS) {
      for (const words of [spec.path, ...spec.aliases]) commandIndex.set(words.join(' '), spec);
    }
  }
  return commandIndex;
}

// The most words a command name takes: `buildx imagetools inspect`.
const LONGEST_NAME = 3;

/** Finds the command named by the first one to three words: ['run'], ['container','run'], ['ps']. */
export function findCommand(words: string[]): { spec: CommandSpec; consumed: number } | undefined {
  const index = getCommandIndex();
  // Longest name first, so `container run` wins over `container` and `buildx imagetools create`
  // is not cut short.
  for (let count = Math.min(words.length, LONGEST_NAME); count > 0; count--) {
    const spec = index.get(words.slice(0, count).join(' '));
    if (spec) return { spec, consumed: count };
  }
  return undefined;
}

export function pathOf(spec: CommandSpec): string {
  return `docker ${spec.path.join(' ')}`;
}

/** Resolves 'docker run' / 'docker container run' / 'run' to the spec, only if every word is used. */
export function commandForPath(path: string): CommandSpec | undefined {
  const words = path.trim().split(/\s+/);
  if (words[0] === 'docker') words.shift();
  const found = findCommand(words);
  return found && found.consumed === words.length ? found.spec : undefined;
}

/** ['run','-d','x'] → 'docker container run'. Skips a leading '$', 'docker' and docker's own options. */
export function canonicalPath(words: string[]): string | undefined {
  let rest = words;
  if (rest[0] === '$') rest = rest.slice(1);
  if (rest[0] === 'docker') rest = rest.slice(1);
  const reading = readFlags(rest, globalFlagIndex(), { stopAtFirstArg: true, commandLabel: 'docker' });
  if ('error' in reading) return undefined;
  const grouped = readGroupOptions(reading.args);
  if ('error' in grouped) return undefined;
  const found = findCommand(grouped.args);
  return found ? pathOf(found.spec) : undefined;
}

/** Options a command group reads before its subcommand (`docker compose -f a.yaml up`). */
const GROUP_OPTIONS: Record<string, FlagSpec[]> = { compose: COMPOSE_OPTIONS };
const groupIndexes = new Map<string, Map<string, FlagSpec>>();

export function groupOptionIndex(group: string): Map<string, FlagSpec> | undefined {
  const options = GROUP_OPTIONS[group];
  if (!options) return undefined;
  let index = groupIndexes.get(group);
  if (!index) {
    index = buildFlagIndex(options);
    groupIndexes.set(group, index);
  }
  return index;
}

/**
 * The words after docker's own options, with the group's own read out: `compose -p demo up -d` is
 * `compose up -d`, and `-p demo`.
 */
export function readGroupOptions(args: string[]): { args: string[]; hits: FlagHit[] } | ParseError {
  const [group = '', ...rest] = args;
  const index = groupOptionIndex(group);
  if (!index || !/^[-–—]/.test(rest[0] ?? '')) return { args, hits: [] };
  const reading = readFlags(rest, index, { stopAtFirstArg: true, commandLabel: `docker ${group}` });
  if ('error' in reading) return reading;
  return { args: [group, ...reading.args], hits: reading.hits };
}

/** Words the user may type before a subcommand: container, image, … */
export function isCommandGroup(word: string): boolean {
  return COMMANDS.some((spec) => spec.path.length === 2 && spec.path[0] === word);
}

/** The words that may follow the group: `buildx imagetools create` makes `imagetools` one, once. */
export function groupSubcommands(group: string): string[] {
  const words = COMMANDS.filter((spec) => spec.path[0] === group && spec.path.length >= 2).map(
    (spec) => spec.path[1] ?? '',
  );
  return [...new Set(words)];
}

/** Every word that can start a command, for "did you mean" hints. */
export function commandWords(): string[] {
  return [...new Set([...getCommandIndex().keys()].map((key) => key.split(' ')[0] ?? ''))];
}

export function isUncoveredCommand(words: string[]): string | undefined {
  const [first, second] = words;
  if (first === undefined) return undefined;
  if (second !== undefined && UNCOVERED_COMMANDS.includes(`${first} ${second}`)) return `${first} ${second}`;
  return UNCOVERED_COMMANDS.includes(first) ? first : undefined;
}

// Cobra gives every command --help, and -h too unless the command uses -h itself.
function helpFlagFor(taken: Map<string, FlagSpec>): FlagSpec {
  return taken.has('-h') ? flag('--help', 'Show usage') : flag('-h, --help', 'Show usage');
}

function buildFlagIndex(flags: FlagSpec[]): Map<string, FlagSpec> {
  const index = new Map<string, FlagSpec>();
  for (const spec of flags) {
    index.set(spec.long, spec);
    if (spec.short) index.set(spec.short, spec);
    for (const alias of spec.hiddenAliases ?? []) index.set(alias, spec);
  }
  const help = helpFlagFor(index);
  index.set(help.long, help);
  if (help.short) index.set(help.short, help);
  return index;
}

export function flagIndexFor(spec: CommandSpec): Map<string, FlagSpec> {
  let index = flagIndexes.get(spec);
  if (!index) {
    index = buildFlagIndex(spec.flags);
    flagIndexes.set(spec, index);
  }
  return index;
}

export function globalFlagIndex(): Map<string, FlagSpec> {
  globalIndex ??= buildFlagIndex(GLOBAL_FLAGS);
  return globalIndex;
}

/** Strips dash look-alikes and an '=value' tail: '—publish=80:80' → '--publish'. */
function flagName(flagWord: string): string {
  const word = normalizeLeadingDash(flagWord.trim());
  const eq = word.indexOf('=');
  return eq > 0 ? word.slice(0, eq) : word;
}

function lookupGlobalFlag(flagWord: string): FlagSpec | undefined {
  return globalFlagIndex().get(flagName(flagWord));
}

/** ('docker container run', '-p') and (…, '--publish') → the publish spec. */
export function lookupFlag(path: string, flagWord: string): FlagSpec | undefined {
  if (path.trim() === 'docker') return lookupGlobalFlag(flagWord);
  const spec = commandForPath(path);
  return spec ? flagIndexFor(spec).get(flagName(flagWord)) : undefined;
}

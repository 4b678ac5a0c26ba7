import { argumentWords } from './argument-spellings.js';
import { buildxAs } from './buildx-as-build.js';
import { globalFlagIndex } from './commands.js';
import { inspectAs } from './generic-inspect.js';
import {
  argumentsByMeaning,
  commandSpecOf,
  flagIndexOf,
  flagMeanings,
  groupIndexOf,
  quoteWord,
  quoteWords,
} from './meaning.js';
import { parseCommandLine } from './parse.js';
import type {
  CommandComparison,
  CommandDiff,
  CommandProblem,
  CommandSpec,
  FlagSpec,
  ParsedCommand,
  ParsedFlag,
} from './types.js';

// Grades a typed command against the expected one by meaning, and says what differs.

/** Removes one occurrence of each shared value; what is left is missing/extra. */
function multisetDifference(from: string[], remove: string[]): string[] {
  const left = [...remove];
  return from.filter((value) => {
    const at = left.indexOf(value);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

function flagLabel(spec: FlagSpec, value: string): string {
  if (!spec.takesValue) return value === 'true' ? spec.long : `${spec.long}=false`;
  return `${spec.long} ${quoteWord(value)}`;
}

function missingFlag(spec: FlagSpec, value: string): CommandDiff {
  const label = flagLabel(spec, value);
  return {
    kind: 'missing-flag',
    flag: spec.long,
    expected: value,
    problem: { code: 'missing-flag', label, ...(spec.short ? { short: spec.short } : {}) },
  };
}

function extraFlag(spec: FlagSpec, value: string): CommandDiff {
  const problem = { code: 'extra-flag', label: flagLabel(spec, value) } as const;
  return { kind: 'extra-flag', flag: spec.long, actual: value, problem };
}

function wrongValue(spec: FlagSpec, expected: string, actual: string): CommandDiff {
  return {
    kind: 'flag-value',
    flag: spec.long,
    expected,
    actual,
    problem: {
      code: 'wrong-value',
      what: spec.long,
      expected: quoteWord(expected),
      actual: quoteWord(actual),
    },
  };
}

/** The value typed for a single-valued flag, even when it is docker's default and so carries no meaning. */
function typedValue(flags: ParsedFlag[], spec: FlagSpec): string[] {
  if (spec.repeatable || !spec.takesValue) return [];
  const typed = flags.find((entry) => entry.long === spec.long)?.value;
  return typed === undefined ? [] : [typed];
}

function compareFlags(
  expectedFlags: ParsedFlag[],
  actualFlags: ParsedFlag[],
  index: Map<string, FlagSpec>,
): CommandDiff[] {
  const expected = flagMeanings(expectedFlags, index);
  const actual = flagMeanings(actualFlags, index);
  const diffs: CommandDiff[] = [];
  const longs = new Set([...expected.keys(), ...actual.keys()]);
  for (const long of longs) {
    const want = expected.get(long);
    const got = actual.get(long);
    const spec = (want ?? got)?.spec;
    if (!spec) continue;
    // `--pull missing` against `--pull always` should read as a wrong value, though 'missing' is the default.
    const wantValues = want?.values ?? typedValue(expectedFlags, spec);
    const gotValues = got?.values ?? typedValue(actualFlags, spec);
    const missing = multisetDifference(wantValues, gotValues);
    const extra = multisetDifference(gotValues, wantValues);
    // A value typed where another was wanted reads better as one "should be" than as missing + extra.
    const paired = spec.takesValue ? Math.min(missing.length, extra.length) : 0;
    for (let i = 0; i < paired; i++) diffs.push(wrongValue(spec, missing[i] ?? '', extra[i] ?? ''));
    for (const value of missing.slice(paired)) diffs.push(missingFlag(spec, value));
    for (const value of extra.slice(paired)) diffs.push(extraFlag(spec, value));
    // `-f base.yaml -f dev.yaml` is not `-f dev.yaml -f base.yaml`: the later file wins.
    if (
      spec.ordered &&
      missing.length === 0 &&
      extra.length === 0 &&
      wantValues.join('\0') !== gotValues.join('\0')
    )
      diffs.push(wrongValue(spec, wantValues.join(' '), gotValues.join(' ')));
  }
  return diffs;
}

/** Names for each argument slot, from the usage: 'IMAGE [COMMAND] [ARG...]' → IMAGE, COMMAND, ARG. */
function argumentNames(spec: CommandSpec | undefined): string[] {
  return argumentWords(spec).map((word) => {
    const bare = word
      .replace(/^\[+/, '')
      .replace(/\]+$/, '')
      .replace(/\.\.\.$/, '');
    const name = bare.split(/[|[]/)[0] ?? bare;
    return name.includes(':') ? (name.split(':')[1] ?? name) : name;
  });
}

function compareArguments(expected: ParsedCommand, actual: ParsedCommand): CommandDiff[] {
  const spec = commandSpecOf(expected);
  const names = argumentNames(spec);
  const nameAt = (i: number) => names[Math.min(i, names.length - 1)] ?? 'argument';
  const want = argumentsByMeaning(expected);
  const got = argumentsByMeaning(actual);
  const diffs: CommandDiff[] = [];
  const missing = (name: string, value: string): CommandDiff => ({
    kind: 'positional',
    expected: value,
    problem: { code: 'missing-argument', name, value: quoteWord(value) },
  });
  const extra = (name: string | undefined, value: string): CommandDiff => ({
    kind: 'positional',
    actual: value,
    problem: { code: 'extra-argument', ...(name ? { name } : {}), value: quoteWord(value) },
  });
  if (spec?.unorderedArgs) {
    for (const value of multisetDifference(want, got)) diffs.push(missing(nameAt(0), value));
    for (const value of multisetDifference(got, want)) diffs.push(extra(nameAt(0), value));
    return diffs;
  }
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    const w = want[i];
    const g = got[i];
    if (w === g) continue;
    if (w !== undefined && g !== undefined) {
      diffs.push({
        kind: 'positional',
        expected: w,
        actual: g,
        problem: { code: 'wrong-value', what: nameAt(i), expected: quoteWord(w), actual: quoteWord(g) },
      });
    } else if (w !== undefined) {
      diffs.push(missing(nameAt(i), w));
    } else if (g !== undefined) {
      diffs.push(extra(undefined, g));
    }
  }
  return diffs;
}

function compareContainerCommand(expected: ParsedCommand, actual: ParsedCommand): CommandDiff[] {
  const want = expected.command;
  const got = actual.command;
  if (want.length === got.length && want.every((word, i) => word === got[i])) return [];
  const target = (argumentNames(commandSpecOf(expected))[0] ?? 'container').toLowerCase();
  const wantText = quoteWords(want);
  const gotText = quoteWords(got);
  // `docker run nginx -d` hands -d to nginx, a classic slip.
  const stray = got.find(
    (word) => word.startsWith('-') && flagIndexOf(actual).has(word.split('=')[0] ?? word),
  );
  const problem: CommandProblem = {
    code: 'command-after',
    target,
    ...(want.length ? { expected: wantText } : {}),
    ...(got.length ? { actual: gotText } : {}),
    ...(stray ? { stray } : {}),
  };
  return [{ kind: 'command-args', expected: wantText, actual: gotText, problem }];
}

function compareRedirects(expected: ParsedCommand, actual: ParsedCommand): CommandDiff[] {
  const want = (expected.redirects ?? []).join(' ');
  const got = (actual.redirects ?? []).join(' ');
  if (want === got) return [];
  const problem: CommandProblem = {
    code: 'redirect',
    ...(want ? { expected: want } : {}),
    ...(got ? { actual: got } : {}),
  };
  return [{ kind: 'positional', expected: want, actual: got, problem }];
}

function compareParsed(wanted: ParsedCommand, typed: ParsedCommand): CommandDiff[] {
  const expected = inspectAs(wanted, typed.path) ?? buildxAs(wanted, typed.path) ?? wanted;
  const actual = inspectAs(typed, expected.path) ?? buildxAs(typed, expected.path) ?? typed;
  if (expected.path !== actual.path) {
    return [
      {
        kind: 'command',
        expected: expected.path,
        actual: actual.path,
        problem: { code: 'wrong-command', expected: expected.path, actual: actual.path },
      },
    ];
  }
  return [
    ...compareFlags(expected.globalFlags ?? [], actual.globalFlags ?? [], globalFlagIndex()),
    ...compareFlags(expected.groupFlags ?? [], actual.groupFlags ?? [], groupIndexOf(expected)),
    ...compareFlags(expected.flags, actual.flags, flagIndexOf(expected)),
    ...compareArguments(expected, actual),
    ...compareContainerCommand(expected, actual),
    ...compareRedirects(expected, actual),
  ];
}

export function compareCommands(expected: string, actual: string): CommandComparison {
  const want = parseCommandLine(expected);
  if ('error' in want)
    return { equal: false, diffs: [], error: { code: 'expected-unparsable', reason: want.error } };
  const got = parseCommandLine(actual);
  if ('error' in got) return { equal: false, diffs: [], error: got.error };
  try {
    const diffs = compareParsed(want, got);
    return { equal: diffs.length === 0, diffs };
  } catch {
    return { equal: false, diffs: [], error: { code: 'uncomparable' } };
  }
}

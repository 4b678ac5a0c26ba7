// A plain run read without commander: the global options, one of PLAIN_COMMANDS, its operands and
// options, each written the usual way. It gives what commander would give, or nothing when the
// arguments hold anything else (help, the version, `--`, an unknown or repeated-value form, a wrong
// count of operands…): commander then reads them, and says what is wrong in its own words.
import type { Context, GlobalOptions } from './context.js';
import { langNamed } from './environment.js';
import { GLOBAL_SWITCHES, GLOBAL_VALUES } from './global-options.js';
import { PLAIN_COMMANDS, type PlainCommand } from './plain-commands.js';

export interface PlainRun {
  globals: GlobalOptions;
  action: (context: Context) => Promise<void>;
}

interface Flag {
  short?: string;
  long: string;
  /** Where commander keeps its value: `--no-record` → record, `--count` → count. */
  key: string;
  takesValue: boolean;
  negated: boolean;
}

/** `-n, --count <n>` as commander reads it. */
function flagOf(flags: string): Flag {
  const [, short, long = '', value] = /^(?:(-\w), )?(--[\w-]+)(?: <\w+>)?$/.exec(flags) ?? [];
  if (!long) throw new Error(`plain-commands: flags '${flags}' are not plain`);
  const negated = long.startsWith('--no-');
  const name = long.slice(negated ? 5 : 2);
  return {
    ...(short ? { short } : {}),
    long,
    key: name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
    takesValue: value !== undefined || flags.endsWith('>'),
    negated,
  };
}

/** The operands a usage takes: how few and how many (Infinity for `[x...]`). */
function operandCount(usage: string): { min: number; max: number } {
  const operands = usage.split(' ').slice(1);
  return {
    min: operands.filter((o) => o.startsWith('<')).length,
    max: operands.some((o) => o.endsWith('...]') || o.endsWith('...>')) ? Infinity : operands.length,
  };
}

export function readPlainArguments(args: readonly string[]): PlainRun | undefined {
  const globals: GlobalOptions = { notes: [], builtin: true, color: true };
  let command: PlainCommand | undefined;
  let flags: Flag[] = [];
  const options: Record<string, unknown> = {};
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const [name, attached] =
      word.startsWith('--') && word.includes('=') ? splitAt(word, '=') : [word, undefined];
    // A value is the next word (or what follows `=`); one that looks like an option is left to commander.
    const value = () => {
      const next = attached ?? args[++i];
      return next === undefined || next.startsWith('-') ? undefined : next;
    };
    if (GLOBAL_VALUES.includes(name)) {
      const given = value();
      if (given === undefined) return undefined;
      if (name === '--notes') globals.notes = [...globals.notes, given];
      else {
        const lang = langNamed(given);
        if (!lang) return undefined;
        globals.lang = lang;
      }
    } else if (GLOBAL_SWITCHES.includes(word)) {
      if (word === '--no-builtin') globals.builtin = false;
      else globals.color = false;
    } else if (word.startsWith('-')) {
      const flag = flags.find((f) => f.long === name || (attached === undefined && f.short === name));
      if (!flag || (attached !== undefined && !flag.takesValue)) return undefined;
      if (flag.takesValue) {
        const given = value();
        if (given === undefined) return undefined;
        options[flag.key] = given;
      } else options[flag.key] = !flag.negated;
    } else if (!command) {
      if (!Object.hasOwn(PLAIN_COMMANDS, word)) return undefined;
      command = PLAIN_COMMANDS[word as keyof typeof PLAIN_COMMANDS] as PlainCommand;
      flags = command.options.map(([f]) => flagOf(f));
      // Defaults first, as commander sets them: a `--no-x` alone defaults x to true.
      for (const [i, [, , defaultValue]] of command.options.entries()) {
        const flag = flags[i]!;
        if (defaultValue !== undefined) options[flag.key] = defaultValue;
        else if (flag.negated) options[flag.key] = true;
      }
    } else operands.push(word);
  }
  if (!command) return undefined;
  const { min, max } = operandCount(command.usage);
  if (operands.length < min || operands.length > max) return undefined;
  // As commander hands them to an action: each operand in its place, a variadic one as a list.
  const slots = command.usage.split(' ').slice(1);
  const given = slots.map((slot, i) =>
    slot.endsWith('...]') || slot.endsWith('...>') ? operands.slice(i) : operands[i],
  );
  return { globals, action: command.action(...given, options) };
}

function splitAt(word: string, separator: string): [string, string] {
  const at = word.indexOf(separator);
  return [word.slice(0, at), word.slice(at + 1)];
}

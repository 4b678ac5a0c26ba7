import { argumentSpellings } from './argument-spellings.js';
import { commandForPath, flagIndexFor, groupOptionIndex } from './commands.js';
import type { CommandSpec, FlagSpec, ParsedCommand, ParsedFlag } from './types.js';

// What a parsed command means, independent of how it was spelled: the form both
// the canonical string and the grader work from.

export interface FlagMeaning {
  spec: FlagSpec;
  /** Switches hold 'true' or 'false'; repeatable flags hold every value, sorted. */
  values: string[];
}

const EMPTY_INDEX = new Map<string, FlagSpec>();

export function commandSpecOf(parsed: ParsedCommand): CommandSpec | undefined {
  return parsed.path === 'docker' ? undefined : commandForPath(parsed.path);
}

export function flagIndexOf(parsed: ParsedCommand): Map<string, FlagSpec> {
  const spec = commandSpecOf(parsed);
  return spec ? flagIndexFor(spec) : EMPTY_INDEX;
}

/** The options of the command's group (`docker compose`'s -f, -p, …), or none. */
export function groupIndexOf(parsed: ParsedCommand): Map<string, FlagSpec> {
  return groupOptionIndex(parsed.path.split(' ')[1] ?? '') ?? EMPTY_INDEX;
}

/** Flags keyed by long name, with values equal to docker's default left out (they change nothing). */
export function flagMeanings(flags: ParsedFlag[], index: Map<string, FlagSpec>): Map<string, FlagMeaning> {
  const meanings = new Map<string, FlagMeaning>();
  for (const entry of flags) {
    const spec = index.get(entry.long);
    if (!spec) continue;
    const value = entry.value ?? 'true';
    if (!spec.repeatable && spec.takesValue && value === spec.defaultValue) continue;
    const meaning = meanings.get(spec.long);
    if (meaning && spec.repeatable) meaning.values.push(value);
    else meanings.set(spec.long, { spec, values: [value] });
  }
  for (const meaning of meanings.values()) if (!meaning.spec.ordered) meaning.values.sort();
  return meanings;
}

/** Arguments in the order that matters: sorted when the command treats them as a set. */
export function argumentsByMeaning(parsed: ParsedCommand): string[] {
  const spec = commandSpecOf(parsed);
  const spelled = argumentSpellings(spec, parsed.positionals);
  return spec?.unorderedArgs ? spelled.sort() : spelled;
}

const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** Quotes a word only when a shell would otherwise split or expand it. */
export function quoteWord(word: string): string {
  if (SAFE_WORD.test(word)) return word;
  // Keep $(pwd) and $HOME working when the string is pasted into a shell.
  if (/[$`]/.test(word) && !/["\\]/.test(word)) return `"${word}"`;
  return `'${word.replaceAll("'", "'\\''")}'`;
}

export function quoteWords(words: string[]): string {
  return words.map(quoteWord).join(' ');
}

import { globalFlagIndex } from './commands.js';
import {
  argumentsByMeaning,
  type FlagMeaning,
  flagIndexOf,
  flagMeanings,
  groupIndexOf,
  quoteWord,
} from './meaning.js';
import { parseCommandLine, UNREADABLE_COMMAND } from './parse.js';
import type { ParsedCommand, ParseError } from './types.js';

// One spelling per meaning: full command path, long flag names sorted, defaults
// dropped, repeatable values sorted. Two lines mean the same iff these strings match.

function flagWords(meanings: Map<string, FlagMeaning>): string[] {
  const words: string[] = [];
  const sorted = [...meanings.values()].sort((a, b) => (a.spec.long < b.spec.long ? -1 : 1));
  for (const { spec, values } of sorted) {
    for (const value of values) {
      if (!spec.takesValue) words.push(value === 'true' ? spec.long : `${spec.long}=false`);
      else words.push(spec.long, quoteWord(value));
    }
  }
  return words;
}

export function formatCanonical(parsed: ParsedCommand): string {
  const words = ['docker', ...flagWords(flagMeanings(parsed.globalFlags ?? [], globalFlagIndex()))];
  if (parsed.path !== 'docker') {
    const [group = '', ...subcommand] = parsed.path.split(' ').slice(1);
    words.push(
      group,
      ...flagWords(flagMeanings(parsed.groupFlags ?? [], groupIndexOf(parsed))),
      ...subcommand,
    );
  }
  words.push(...flagWords(flagMeanings(parsed.flags, flagIndexOf(parsed))));
  const args = argumentsByMeaning(parsed);
  // An argument that looks like a flag must sit behind '--' to stay an argument.
  if (args.some((arg) => arg.length > 1 && arg.startsWith('-'))) words.push('--');
  words.push(...args.map(quoteWord), ...parsed.command.map(quoteWord));
  for (const redirect of parsed.redirects ?? []) {
    const [op = '', ...target] = redirect.split(' ');
    words.push(target.length > 0 ? `${op} ${quoteWord(target.join(' '))}` : redirect);
  }
  return words.join(' ');
}

export function canonicalCommand(line: string): string | ParseError {
  const parsed = parseCommandLine(line);
  if ('error' in parsed) return parsed;
  try {
    return formatCanonical(parsed);
  } catch {
    return UNREADABLE_COMMAND;
  }
}

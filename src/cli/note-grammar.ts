import {
  canonicalPath,
  commandWords,
  findCommand,
  groupSubcommands,
  isCommandGroup,
  isUncoveredCommand,
  lookupFlag,
  UNCOVERED_COMMANDS,
} from '../docker/index.js';
import type { NoteGrammar } from '../notes/grammar.js';
import { closestName } from '../text/suggest.js';

const subcommands = new Map<string, string[]>();
const subcommandsOf = (group: string) => {
  let found = subcommands.get(group);
  if (!found) {
    found = groupSubcommands(group);
    subcommands.set(group, found);
  }
  return found;
};

const flags = new Map<string, ReturnType<NoteGrammar['flag']>>();

/** The notes parser learns docker's commands and flags from src/docker. */
export const noteGrammar: NoteGrammar = {
  commandPath: (words) => canonicalPath(words),
  isUncovered: (words) => isUncoveredCommand(words) !== undefined,
  suggest: (word) =>
    closestName(word, [...commandWords(), ...UNCOVERED_COMMANDS.filter((c) => !c.includes(' '))]),
  flag: (command, flag) => {
    // Asked for the same few flags in note after note (2,000 notes ask ~8,000 times): kept, frozen.
    const key = `${command}\n${flag}`;
    if (flags.has(key)) return flags.get(key);
    const spec = lookupFlag(command, flag);
    const found =
      spec &&
      Object.freeze({
        long: spec.long,
        ...(spec.short ? { short: spec.short } : {}),
        takesValue: spec.takesValue,
      });
    flags.set(key, found);
    return found;
  },
  misplacedSubcommand: (words) => {
    const found = findCommand(words);
    const [, second] = words;
    if (found?.consumed !== 1 || !second || second.startsWith('-')) return undefined;
    const group = found.spec.path.length === 2 ? found.spec.path[0]! : undefined;
    return group && subcommandsOf(group).includes(second) ? `docker ${group} ${second}` : undefined;
  },
  summary: (command, lang) => {
    const spec = findCommand(command.split(' ').slice(1))?.spec;
    return (lang === 'ko' ? spec?.summaryKo : undefined) ?? spec?.summary;
  },
  groupProblem: (words) => {
    const [group, sub] = words;
    if (!group || !isCommandGroup(group)) return undefined;
    const subs = subcommandsOf(group);
    const hint = sub ? closestName(sub, subs) : undefined;
    const said = sub
      ? `'docker ${group}' has no subcommand '${sub}'`
      : `'docker ${group}' needs a subcommand`;
    return hint && hint !== sub
      ? `${said} (did you mean 'docker ${group} ${hint}'?)`
      : `${said}: ${subs.join(', ')}`;
  },
};

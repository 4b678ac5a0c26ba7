// commander in the UI's language: its headings and the "(default: …)" notes of the help, and its
// error messages, which it writes in English and which are put in the catalogue's words here.
import { Help, type HelpConfiguration } from 'commander';
import type { Messages } from '../ui/messages.js';
import { displayWidth } from '../ui/text.js';

const ANSI = /\u001b\[[0-9;]*m/g;

/** The help's headings, option notes and (for Korean, whose letters take two columns) widths. */
export function helpConfiguration(t: Messages, wide: boolean): HelpConfiguration {
  const notes = (text: string) =>
    text.replace(
      /\((default|choices): /g,
      (_, word: string) => `(${word === 'default' ? t.commander.default : t.commander.choices}: `,
    );
  return {
    styleTitle: (title) => t.commander.titles[title] ?? title,
    ...(wide ? { displayWidth: (text: string) => displayWidth(text.replace(ANSI, '')) } : {}),
    optionDescription(option) {
      return notes(Help.prototype.optionDescription.call(this, option));
    },
    argumentDescription(argument) {
      return notes(Help.prototype.argumentDescription.call(this, argument));
    },
  };
}

type Rule = [RegExp, (m: RegExpMatchArray) => string];

/** One commander error message (with its "Did you mean" line, if any) in the catalogue's words. */
export function translateCommanderError(text: string, t: Messages): string {
  const c = t.commander;
  const allowed = (rest: string | undefined) => {
    const choices = rest?.match(/^Allowed choices are (.*)\.$/);
    return choices ? ` ${c.allowed(choices[1]!)}` : rest ? ` ${rest}` : '';
  };
  const rules: Rule[] = [
    [/^error: unknown option '(.*)'$/, (m) => c.unknownOption(m[1]!)],
    [/^error: unknown command '(.*)'$/, (m) => c.unknownCommand(m[1]!)],
    [/^error: missing required argument '(.*)'$/, (m) => c.missingArgument(m[1]!)],
    [/^error: option '(.*)' argument missing$/, (m) => c.optionArgumentMissing(m[1]!)],
    [
      /^error: too many arguments(?: for '.*')?\. Expected (\d+) arguments? but got (\d+)\.$/,
      (m) => c.tooManyArguments(m[1]!, m[2]!),
    ],
    [
      /^error: option '(.*)' argument '(.*)' is invalid\.(?: (.*))?$/,
      (m) => `${c.invalidArgument(m[1]!, m[2]!)}${allowed(m[3])}`,
    ],
    [
      /^error: command-argument value '(.*)' is invalid for argument '(.*)'\.(?: (.*))?$/,
      (m) => `${c.invalidOperand(m[1]!, m[2]!)}${allowed(m[3])}`,
    ],
    [/^\(Did you mean (?:one of )?(.*)\?\)$/, (m) => c.didYouMean(m[1]!)],
  ];
  return text
    .split('\n')
    .map((line) => {
      for (const [pattern, say] of rules) {
        const match = line.match(pattern);
        if (match) return say(match);
      }
      return line;
    })
    .join('\n');
}

// The docker parser's and grader's problems with a typed command (codes and values, src/docker)
// as sentences in the UI's language, from the catalogue.

import type { CommandProblem } from '../docker/types.js';
import { stripControl } from '../text/safety.js';
import { type Lang, messages } from './messages.js';

export function describeProblem(problem: CommandProblem, lang: Lang): string {
  const words = messages(lang).grader;
  // Each code's words take that code's values: the catalogue's type pairs them.
  const say = (p: CommandProblem): string =>
    (words[p.code] as (p: CommandProblem, say: (p: CommandProblem) => string) => string)(p, say);
  // The values come from notes and from what was typed: no control characters reach the terminal.
  return stripControl(say(problem));
}

/**
 * What the notes parser needs to know about the docker CLI. It is passed in (src/cli/note-grammar.ts
 * hands over src/docker's grammar) so that notes stay free of the rest of the program.
 */
export interface NoteGrammar {
  /** `['run', '-d', 'nginx']` → `docker container run`; undefined when docker has no such command. */
  commandPath(words: string[]): string | undefined;
  /** A real docker command the grammar has no details of (`docker compose …`): no card, no warning. */
  isUncovered(words: string[]): boolean;
  /** The docker command word closest to a mistyped one (`warm` → `swarm`). */
  suggest(word: string): string | undefined;
  /** (`docker container run`, `-p`) → `{ long: '--publish', short: '-p' }`. */
  /** A command's flag by any of its names; `takesValue` false for a switch (`rm -f`). */
  flag(command: string, flag: string): { long: string; short?: string; takesValue?: boolean } | undefined;
  /**
   * `['images', 'inspect']` → `docker image inspect`: a command word that takes no subcommand,
   * followed by a subcommand of its group. Undefined when the words read right.
   */
  misplacedSubcommand(words: string[]): string | undefined;
  /** What a command does, in a line (`docker stack rm` → 'Remove stacks'), for a command the note only shows; in Korean for `ko`. */
  summary(command: string, lang?: string): string | undefined;
  /** `['container', 'frob']` → a message naming the group's subcommands; undefined if no group. */
  groupProblem(words: string[]): string | undefined;
}

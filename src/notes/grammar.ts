/**
 * What the notes parser needs to know about the docker CLI. It is passed in (the decks stage hands
 * over src/docker's grammar) so that notes stay free of the rest of the program.
 */
export interface NoteGrammar {
  /** `['run', '-d', 'nginx']` → `docker container run`; undefined when docker has no such command. */
  commandPath(words: string[]): string | undefined;
  /** (`docker container run`, `-p`) → `{ long: '--publish', short: '-p' }`. */
  flag(command: string, flag: string): { long: string; short?: string } | undefined;
}

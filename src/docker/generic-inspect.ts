import { commandForPath, flagIndexFor } from './commands.js';
import type { ParsedCommand } from './types.js';

// `docker inspect web` looks up whatever object is called web; where the task is about a container
// (or an image, a network, a volume) it does what `docker container inspect web` does, as long as
// --type does not name another kind and every flag is one the specific command has.

const SPECIFIC = /^docker (container|image|network|volume) inspect$/;

/** The generic `docker inspect` line read as the specific command at `path`, or undefined. */
export function inspectAs(generic: ParsedCommand, path: string): ParsedCommand | undefined {
  const kind = SPECIFIC.exec(path)?.[1];
  const spec = commandForPath(path);
  if (generic.path !== 'docker inspect' || !kind || !spec) return undefined;
  const type = generic.flags.find((f) => f.long === '--type')?.value;
  if (type !== undefined && type !== kind) return undefined;
  const flags = generic.flags.filter((f) => f.long !== '--type');
  const index = flagIndexFor(spec);
  if (flags.some((f) => !index.has(f.long))) return undefined;
  return { ...generic, path, flags };
}

import { commandForPath, flagIndexFor } from './commands.js';
import type { ParsedCommand } from './types.js';

// `docker build` runs BuildKit through buildx on current Docker, so `docker buildx build` does what
// `docker image build` does as long as every flag given is one `docker image build` has too.

/** A `docker buildx build` line read as `docker image build` (when `path` is that), or undefined. */
export function buildxAs(buildx: ParsedCommand, path: string): ParsedCommand | undefined {
  if (buildx.path !== 'docker buildx build' || path !== 'docker image build') return undefined;
  const spec = commandForPath(path);
  if (!spec) return undefined;
  const index = flagIndexFor(spec);
  if (buildx.flags.some((f) => !index.has(f.long))) return undefined;
  return { ...buildx, path };
}

import type { ParsedFlag } from './types.js';

// Arguments that say what a flag, or nothing at all, says too:
// - `docker login [SERVER]` and `docker logout [SERVER]`: no server means Docker Hub (`docker login
//   --help`: "Defaults to Docker Hub if no server is specified"), so naming Docker Hub adds nothing;
//   the client reduces a server to its host name first (`https://index.docker.io/v1/` is Hub too).
// - `docker image ls [REPOSITORY[:TAG]]`: the client turns the argument into the filter
//   `reference=REPOSITORY[:TAG]`, so `docker image ls nginx` = `docker image ls -f reference=nginx`.
// - `docker context export CONTEXT [FILE|-]`: with no FILE the client writes CONTEXT.dockercontext,
//   so naming that file adds nothing.

const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);

/** `https://index.docker.io/v1/` → `index.docker.io`, as the client reads a server. */
function serverHost(server: string): string {
  // Compared as written: the client compares the server's text with Docker Hub's names.
  return server.replace(/^https?:\/\//, '').split('/')[0] ?? '';
}

/** The flags and arguments with each argument of this kind read as what it says. */
export function withDefaultArguments(
  path: string,
  flags: ParsedFlag[],
  positionals: string[],
): { flags: ParsedFlag[]; positionals: string[] } {
  if (path === 'docker login' || path === 'docker logout') {
    return { flags, positionals: positionals.filter((server) => !DOCKER_HUB.has(serverHost(server))) };
  }
  if (path === 'docker image ls' && positionals.length > 0) {
    const references = positionals.map(
      (ref): ParsedFlag => ({ long: '--filter', value: `reference=${ref}` }),
    );
    return { flags: [...flags, ...references], positionals: [] };
  }
  if (path === 'docker context export' && positionals.length === 2) {
    const [context, file] = positionals;
    if (file === `${context}.dockercontext`) return { flags, positionals: [context ?? ''] };
  }
  return { flags, positionals };
}

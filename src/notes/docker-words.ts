// Docker's own words (`overlay2`, `SIGKILL`, `bind mount`): names a fact's blank may stand for, in code or
// in plain text (fact-clozes.ts).

/**
 * Docker's own words, which a sentence that names one is about: a blank can stand for them in code
 * (`overlay2`, `docker0`) or plain text (`whiteout`, `SIGKILL`). Not everyday words (`image`, `host`).
 */
export const VOCABULARY = new Set([
  'overlay2',
  'docker0',
  'tmpfs',
  'macvlan',
  'ipvlan',
  'json-file',
  'journald',
  'scratch',
  'distroless',
  'sigterm',
  'sigkill',
  'sigint',
  'sigquit',
  'pid 1',
  'oom killer',
  'oomkilled',
  '.dockerignore',
  'compose.yaml',
  'docker-compose.yml',
  'daemon.json',
  'docker_host',
  'buildkit',
  'buildx',
  'containerd',
  'runc',
  'dockerd',
  'docker.sock',
  'whiteout',
  'copy-on-write',
  'namespaces',
  'namespace',
  'cgroups',
  'cgroup',
  'seccomp',
  'apparmor',
  'selinux',
  'tini',
  'unless-stopped',
  'on-failure',
  'healthcheck',
  'healthy',
  'unhealthy',
  'dangling',
  'digest',
  'manifest',
  'multi-stage',
  'union filesystem',
  'storage driver',
  'embedded dns',
  'user-defined bridge',
  'named volume',
  'anonymous volume',
  'bind mount',
  'build context',
  'build cache',
  'writable layer',
  'docker hub',
]);
export const VOCABULARY_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}_.-])(?:${[...VOCABULARY]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}\\p{N}_-])`,
  'giu',
);
export const HAS_VOCABULARY_WORD = new RegExp(VOCABULARY_WORD.source, 'iu');

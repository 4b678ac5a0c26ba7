import { flag } from './flag-syntax.js';
import { PRUNE_FILTER, PRUNE_FORCE } from './grammar-shared.js';
import type { CommandSpec, FlagSpec } from './types.js';

// ── CLI plugins this client lacks: buildx (scout is in grammar-scout.ts) ────
// Not checked against a client here: written from the plugin's own reference pages
// (docker/buildx docs/reference/buildx_*.md); grammar-buildx-tools.ts has the rest of buildx.
// check-grammar.mjs compares them only where the plugin is installed.

/** A stringArray flag: repeatable, each value kept whole (commas are not split). */
export const stringArray = (syntax: string, description: string): FlagSpec => ({
  ...flag(`${syntax} string`, description),
  valueType: 'stringArray',
  repeatable: true,
});
export const BUILDER = flag('--builder string', 'Builder instance to use instead of the current one');
export const BUILDX_DEBUG = flag('-D, --debug', 'Print debug output');

export const PLUGIN_COMMANDS: CommandSpec[] = [
  {
    path: ['buildx', 'build'],
    aliases: [['buildx', 'b']],
    summary: 'Build with BuildKit: cache and secret mounts, many platforms, exporters',
    summaryKo: 'BuildKit으로 빌드한다: 캐시와 시크릿 마운트, 여러 플랫폼, 익스포터',
    args: 'PATH | URL | -',
    minArgs: 1,
    maxArgs: 1,
    flags: [
      flag('--add-host strings', 'Add a host:ip line to /etc/hosts during build'),
      flag('--allow strings', 'Grant an entitlement, e.g. network.host'),
      stringArray('--annotation', 'OCI annotation for the image'),
      stringArray('--attest', 'Attach an attestation, e.g. type=sbom'),
      stringArray('--build-arg', 'Set a build-time variable (ARG)'),
      stringArray('--build-context', 'Extra named build context, name=path or an image'),
      BUILDER,
      stringArray('--cache-from', 'Cache to import: an image or type=registry|local|gha,…'),
      stringArray('--cache-to', 'Where to export the cache: type=registry|local|inline|gha,…'),
      flag('--call string', 'Run a frontend method instead of building: check, outline, targets', {
        defaultValue: 'build',
      }),
      flag('--cgroup-parent string', 'Parent cgroup for RUN steps'),
      flag('--check', 'Only run the build checks (same as --call=check)'),
      BUILDX_DEBUG,
      flag('-f, --file string', 'Dockerfile to use (default PATH/Dockerfile)'),
      flag('--iidfile string', 'File to write the image ID into'),
      stringArray('--label', 'Attach a key=value label to the image'),
      flag('--load', 'Load the result into the local image store (same as --output=type=docker)'),
      flag('--metadata-file string', 'File to write the build result metadata into'),
      flag('--network string', 'Network mode for RUN steps', { defaultValue: 'default' }),
      flag('--no-cache', 'Rebuild every step, ignoring the cache'),
      stringArray('--no-cache-filter', 'Stage to rebuild without cache'),
      stringArray('-o, --output', 'Exporter for the result, e.g. type=local,dest=out'),
      stringArray('--platform', 'Platforms to build for, e.g. linux/amd64,linux/arm64'),
      flag('--progress string', 'Progress output: auto, quiet, plain, tty or rawjson', {
        defaultValue: 'auto',
      }),
      flag('--provenance string', 'Provenance attestation (same as --attest=type=provenance)'),
      flag('--pull', 'Always fetch newer versions of the base images'),
      flag('--push', 'Push the result to the registry (same as --output=type=registry)'),
      flag('-q, --quiet', 'Print only the image ID'),
      flag('--sbom string', 'SBOM attestation (same as --attest=type=sbom)'),
      stringArray('--secret', 'Secret for RUN --mount=type=secret: id=name[,src=path|env=VAR]'),
      flag('--shm-size bytes', 'Size of /dev/shm for build steps', { defaultValue: '0' }),
      stringArray('--ssh', 'SSH agent socket or keys for RUN --mount=type=ssh: default or id=path'),
      stringArray('-t, --tag', 'Name the image, as name:tag'),
      flag('--target string', 'Stop at this stage of a multi-stage build'),
      flag('--ulimit ulimit', 'Resource limit for build steps'),
    ],
  },
  {
    path: ['buildx', 'create'],
    aliases: [],
    summary: 'Create a builder instance',
    summaryKo: '빌더 인스턴스를 만든다',
    args: '[CONTEXT|ENDPOINT]',
    minArgs: 0,
    maxArgs: 1,
    flags: [
      flag('--append', 'Add a node to an existing builder'),
      flag('--bootstrap', 'Start the builder right away'),
      flag('--buildkitd-config string', 'Configuration file for the BuildKit daemon'),
      flag('--buildkitd-flags string', 'Extra flags for the BuildKit daemon'),
      BUILDX_DEBUG,
      flag('--driver string', 'Driver: docker-container, kubernetes or remote'),
      stringArray('--driver-opt', 'Option for the driver'),
      flag('--leave', 'Remove a node from a builder'),
      flag('--name string', 'Name of the builder'),
      flag('--node string', 'Name of the node to create or change'),
      stringArray('--platform', 'Platforms this node builds for'),
      flag('--use', 'Make it the current builder'),
    ],
  },
  {
    path: ['buildx', 'use'],
    aliases: [],
    summary: 'Switch the current builder',
    summaryKo: '현재 빌더를 바꾼다',
    args: 'NAME',
    minArgs: 1,
    maxArgs: 1,
    flags: [
      BUILDER,
      BUILDX_DEBUG,
      flag('--default', 'Make it the default for the current context'),
      flag('--global', 'Keep it when the context changes'),
    ],
  },
  {
    path: ['buildx', 'ls'],
    aliases: [],
    summary: 'List builder instances and their nodes',
    summaryKo: '빌더 인스턴스와 그 노드 목록을 보여 준다',
    args: '',
    minArgs: 0,
    maxArgs: 0,
    flags: [
      BUILDX_DEBUG,
      flag('--format string', 'Output format: table, json or a Go template', { defaultValue: 'table' }),
      flag('--no-trunc', 'Print in full'),
    ],
  },
  {
    path: ['buildx', 'inspect'],
    aliases: [],
    summary: 'Show a builder: driver, nodes, platforms',
    summaryKo: '빌더의 드라이버, 노드, 플랫폼을 보여 준다',
    args: '[NAME]',
    minArgs: 0,
    maxArgs: 1,
    flags: [flag('--bootstrap', 'Start the builder before showing it'), BUILDER, BUILDX_DEBUG],
  },
  {
    path: ['buildx', 'prune'],
    aliases: [],
    summary: "Delete the current builder's build cache",
    summaryKo: '현재 빌더의 빌드 캐시를 삭제한다',
    args: '',
    minArgs: 0,
    maxArgs: 0,
    flags: [
      flag('-a, --all', 'Also delete internal and frontend images'),
      BUILDER,
      BUILDX_DEBUG,
      PRUNE_FILTER,
      PRUNE_FORCE,
      flag('--max-used-space bytes', 'Most cache to keep', { defaultValue: '0' }),
      flag('--min-free-space bytes', 'Free disk space to reach', { defaultValue: '0' }),
      flag('--reserved-space bytes', 'Cache that is always kept', { defaultValue: '0' }),
      flag('--verbose', 'Print more detail'),
    ],
  },
];

import { flag, ON_BY_DEFAULT } from './flag-syntax.js';
import { BUILDER, BUILDX_DEBUG, stringArray } from './grammar-plugins.js';
import type { CommandSpec } from './types.js';

// ── buildx: builder upkeep and registry image tools ─────────────────────────
// The buildx subcommands grammar-plugins.ts lacks. The plugin is not installed here, so these
// follow its reference pages (docs.docker.com/reference/cli/docker/buildx/…, generated from
// docker/buildx docs/reference at v0.24, the release beside client 28.2, as the rest of buildx).
// Later buildx releases add --timeout (du, rm), --format (du), -p/--platform and --metadata-file
// (imagetools create); they are left out, as later flags are from the grammar-plugins.ts ones.

export const BUILDX_TOOL_COMMANDS: CommandSpec[] = [
  {
    path: ['buildx', 'du'],
    aliases: [],
    summary: "Show how much disk the current builder's build cache takes",
    summaryKo: '현재 빌더의 빌드 캐시가 디스크를 얼마나 차지하는지 보여 준다',
    args: '',
    minArgs: 0,
    maxArgs: 0,
    flags: [
      BUILDER,
      BUILDX_DEBUG,
      flag('--filter filter', 'Only count cache records that match, e.g. until=24h'),
      flag('--verbose', 'List every cache record, not only the totals'),
    ],
  },
  {
    // Without a NAME it removes the current builder (never the default one).
    path: ['buildx', 'rm'],
    aliases: [],
    summary: 'Remove builder instances',
    summaryKo: '빌더 인스턴스를 제거한다',
    args: '[NAME...]',
    minArgs: 0,
    unorderedArgs: true,
    flags: [
      flag('--all-inactive', 'Remove every builder that is not running'),
      BUILDER,
      BUILDX_DEBUG,
      flag('-f, --force', 'Skip the confirmation prompt'),
      flag('--keep-daemon', 'Leave the BuildKit daemon running'),
      flag('--keep-state', 'Keep the BuildKit state for a new builder of the same name'),
    ],
  },
  {
    path: ['buildx', 'stop'],
    aliases: [],
    summary: 'Stop a builder (the current one unless named); a later build starts it again',
    summaryKo: '빌더를 멈추며(이름을 주지 않으면 현재 빌더), 다음 빌드 때 다시 시작된다',
    args: '[NAME]',
    minArgs: 0,
    maxArgs: 1,
    flags: [BUILDER, BUILDX_DEBUG],
  },
  {
    path: ['buildx', 'version'],
    aliases: [],
    summary: 'Print the buildx version',
    summaryKo: 'buildx 버전을 출력한다',
    args: '',
    minArgs: 0,
    maxArgs: 0,
    flags: [BUILDX_DEBUG],
  },
  {
    // Sources are kept in order: the new list points at them in the order given.
    path: ['buildx', 'imagetools', 'create'],
    aliases: [],
    summary: 'Push a new manifest list made from images already in a registry',
    summaryKo: '레지스트리에 이미 있는 이미지들로 새 매니페스트 목록을 만들어 푸시한다',
    args: '[SOURCE...]',
    minArgs: 0,
    flags: [
      stringArray('--annotation', 'Annotation to add, e.g. index:key=value'),
      flag('--append', 'Add the sources to the list the tag already names'),
      BUILDER,
      BUILDX_DEBUG,
      flag('--dry-run', 'Print the resulting manifest instead of pushing it'),
      stringArray('-f, --file', 'Read a source descriptor from this file'),
      flag('--prefer-index', 'With one plain-manifest source, still write an index', ON_BY_DEFAULT),
      flag('--progress string', 'Progress output: auto, plain, tty or rawjson', { defaultValue: 'auto' }),
      stringArray('-t, --tag', 'Name to push the new image under'),
    ],
  },
  {
    path: ['buildx', 'imagetools', 'inspect'],
    aliases: [],
    summary: 'Show an image as the registry holds it: its manifests and platforms',
    summaryKo: '레지스트리에 저장된 그대로 이미지의 매니페스트와 플랫폼을 보여 준다',
    args: 'NAME',
    minArgs: 1,
    maxArgs: 1,
    flags: [
      BUILDER,
      BUILDX_DEBUG,
      // The printer treats a template starting {{.Manifest}} as the plain listing, so it is the default.
      flag('--format string', 'Go template for the output', { defaultValue: '{{.Manifest}}' }),
      flag('--raw', 'Print the manifest JSON exactly as stored'),
    ],
  },
];

import { flag } from './flag-syntax.js';
import type { CommandSpec } from './types.js';

// ── manifest lists: one name for an image built for several platforms ──────
// Written from this client's `--help` (28.2); check-grammar.mjs checks them, as it needs
// no daemon for these. The client marks `docker manifest` experimental but runs it anyway.

// Every subcommand that talks to a registry has its own --insecure; the wording differs a little.
const INSECURE = flag('--insecure', 'Talk to a registry without TLS verification (plain HTTP allowed)');

export const MANIFEST_COMMANDS: CommandSpec[] = [
  {
    path: ['manifest', 'annotate'],
    aliases: [],
    summary: 'Set the platform fields of one image in a local manifest list',
    summaryKo: '로컬 매니페스트 목록에 든 이미지 하나의 플랫폼 필드를 설정한다',
    args: 'MANIFEST_LIST MANIFEST',
    minArgs: 2,
    maxArgs: 2,
    flags: [
      flag('--arch string', 'Architecture, e.g. arm64'),
      flag('--os string', 'Operating system, e.g. linux'),
      flag('--os-features strings', 'Operating system features the image needs'),
      flag('--os-version string', 'Operating system version'),
      flag('--variant string', 'Architecture variant, e.g. v8'),
    ],
  },
  {
    // The first argument names the new list, the rest are the images it points at: order counts.
    path: ['manifest', 'create'],
    aliases: [],
    summary: 'Build a local manifest list from images already in a registry',
    summaryKo: '레지스트리에 이미 있는 이미지들로 로컬 매니페스트 목록을 만든다',
    args: 'MANIFEST_LIST MANIFEST [MANIFEST...]',
    minArgs: 2,
    flags: [flag('-a, --amend', 'Add to a local list of that name instead of failing'), INSECURE],
  },
  {
    // With two arguments the second picks one image out of the list named first.
    path: ['manifest', 'inspect'],
    aliases: [],
    summary: 'Show the manifest or manifest list of an image in a registry',
    summaryKo: '레지스트리에 있는 이미지의 매니페스트나 매니페스트 목록을 보여 준다',
    args: '[MANIFEST_LIST] MANIFEST',
    minArgs: 1,
    maxArgs: 2,
    flags: [INSECURE, flag('-v, --verbose', 'Add layers and platform details')],
  },
  {
    path: ['manifest', 'push'],
    aliases: [],
    summary: 'Upload a local manifest list to its registry',
    summaryKo: '로컬 매니페스트 목록을 해당 레지스트리에 올린다',
    args: 'MANIFEST_LIST',
    minArgs: 1,
    maxArgs: 1,
    flags: [INSECURE, flag('-p, --purge', 'Delete the local list once it is pushed')],
  },
  {
    path: ['manifest', 'rm'],
    aliases: [],
    summary: 'Delete manifest lists from local storage',
    summaryKo: '로컬 저장소에서 매니페스트 목록을 삭제한다',
    args: 'MANIFEST_LIST [MANIFEST_LIST...]',
    minArgs: 1,
    unorderedArgs: true,
    flags: [],
  },
];

import { flag, ON_BY_DEFAULT } from './flag-syntax.js';
import { BUILDX_TOOL_COMMANDS } from './grammar-buildx-tools.js';
import { COMPOSE_COMMANDS } from './grammar-compose.js';
import { CONTAINER_COMMANDS } from './grammar-containers.js';
import { CONTEXT_COMMANDS } from './grammar-context.js';
import { IMAGE_COMMANDS } from './grammar-images.js';
import { MANIFEST_COMMANDS } from './grammar-manifest.js';
import { PLUGIN_COMMANDS } from './grammar-plugins.js';
import { SCOUT_COMMANDS } from './grammar-scout.js';
import { FORMAT, FORMAT_F, PRUNE_FILTER, PRUNE_FORCE } from './grammar-shared.js';
import { SECRET_CONFIG_COMMANDS, STACK_COMMANDS } from './grammar-stacks.js';
import { SWARM_COMMANDS } from './grammar-swarm.js';
import type { CommandSpec, FlagSpec } from './types.js';

export { PLUGIN_COMMANDS };

// The docker CLI (client 28.2) as data: one entry per command, flags written the
// way `docker <cmd> --help` lists them, in this file and the grammar-*.ts it gathers.
// scripts/check-grammar.mjs compares them against the real client; run it after editing.
// Descriptions are our own short wording, not docker's.

/** Options docker itself takes before the command word (`docker --context x ps`). */
export const GLOBAL_FLAGS: FlagSpec[] = [
  flag('--config string', 'Directory holding client config files'),
  flag('-c, --context string', 'Docker context to talk to'),
  flag('-D, --debug', 'Print debug output'),
  flag('-H, --host list', 'Daemon socket to connect to'),
  flag('-l, --log-level string', 'Log level: debug, info, warn, error, fatal', { defaultValue: 'info' }),
  flag('--tls', 'Talk to the daemon over TLS'),
  flag('--tlscacert string', 'CA certificate to trust'),
  flag('--tlscert string', 'Client TLS certificate'),
  flag('--tlskey string', 'Client TLS key'),
  flag('--tlsverify', 'Use TLS and verify the daemon'),
  flag('-v, --version', 'Print the client version and exit'),
];

export const COMMANDS: CommandSpec[] = [
  ...CONTAINER_COMMANDS,
  ...IMAGE_COMMANDS,

  // ── system ──────────────────────────────────────────────────────────────
  {
    path: ['system', 'prune'],
    aliases: [],
    summary: 'Delete stopped containers, unused networks, dangling images and build cache',
    summaryKo: '멈춘 컨테이너, 쓰지 않는 네트워크, 댕글링 이미지, 빌드 캐시를 삭제한다',
    args: '',
    minArgs: 0,
    maxArgs: 0,
    flags: [
      flag('-a, --all', 'Delete every unused image, not only dangling ones'),
      flag('--filter filter', 'Only prune what matches, e.g. until=24h'),
      PRUNE_FORCE,
      flag('--volumes', 'Also delete anonymous volumes'),
    ],
  },
  {
    path: ['system', 'df'],
    aliases: [],
    summary: 'Show disk space used by docker',
    summaryKo: 'docker가 쓰는 디스크 공간을 보여 준다',
    args: '',
    minArgs: 0,
    maxArgs: 0,
    flags: [FORMAT, flag('-v, --verbose', 'Break usage down per object')],
  },
  {
    path: ['system', 'info'],
    aliases: [['info']],
    summary: 'Show system-wide information',
    summaryKo: '시스템 전체 정보를 보여 준다',
    args: '',
    minArgs: 0,
    maxArgs: 0,
    flags: [FORMAT_F],
  },
  {
    path: ['version'],
    aliases: [],
    summary: 'Show client and server versions',
    summaryKo: '클라이언트와 서버 버전을 보여 준다',
    args: '',
    minArgs: 0,
    maxArgs: 0,
    flags: [FORMAT_F],
  },
  {
    // Generic: works on containers, images, networks, volumes… — not an alias of container inspect.
    path: ['inspect'],
    aliases: [],
    summary: 'Show the full metadata of any docker object',
    summaryKo: '어떤 docker 객체든 전체 메타데이터를 보여 준다',
    args: 'NAME|ID [NAME|ID...]',
    minArgs: 1,
    flags: [
      FORMAT_F,
      flag('-s, --size', 'Include disk sizes (containers only)'),
      flag('--type string', 'Only look at objects of this type'),
    ],
  },

  // ── registries ──────────────────────────────────────────────────────────
  {
    path: ['search'],
    aliases: [],
    summary: 'Search Docker Hub for images',
    summaryKo: 'Docker Hub에서 이미지를 검색한다',
    args: 'TERM',
    minArgs: 1,
    maxArgs: 1,
    flags: [
      flag('-f, --filter filter', 'Only show matches, e.g. is-official=true'),
      flag('--format string', 'Go template for each result'),
      flag('--limit int', 'At most this many results'),
      flag('--no-trunc', 'Print descriptions in full'),
    ],
  },
  {
    path: ['login'],
    aliases: [],
    summary: 'Log in to a registry',
    summaryKo: '레지스트리에 로그인한다',
    args: '[SERVER]',
    minArgs: 0,
    maxArgs: 1,
    flags: [
      flag('-p, --password string', 'Password or access token'),
      flag('--password-stdin', 'Read the password or token from STDIN'),
      flag('-u, --username string', 'User name'),
    ],
  },
  {
    path: ['logout'],
    aliases: [],
    summary: 'Forget the credentials for a registry',
    summaryKo: '레지스트리 자격 증명을 지운다',
    args: '[SERVER]',
    minArgs: 0,
    maxArgs: 1,
    flags: [],
  },

  // ── networks ────────────────────────────────────────────────────────────
  {
    path: ['network', 'ls'],
    aliases: [['network', 'list']],
    summary: 'List networks',
    summaryKo: '네트워크 목록을 보여 준다',
    args: '',
    minArgs: 0,
    maxArgs: 0,
    flags: [
      flag('-f, --filter filter', 'Only show matches, e.g. driver=bridge'),
      FORMAT,
      flag('--no-trunc', 'Print IDs in full'),
      flag('-q, --quiet', 'Print network IDs only'),
    ],
  },
  {
    path: ['network', 'create'],
    aliases: [],
    summary: 'Create a network',
    summaryKo: '네트워크를 만든다',
    args: 'NETWORK',
    minArgs: 1,
    maxArgs: 1,
    flags: [
      flag('--attachable', 'Let standalone containers join (swarm networks)'),
      flag('--aux-address map', 'Extra addresses the driver should reserve'),
      flag('--config-from string', 'Network to copy the configuration from'),
      flag('--config-only', 'Create a configuration-only network'),
      flag('-d, --driver string', 'Network driver', { defaultValue: 'bridge' }),
      flag('--gateway strings', 'Gateway address for the subnet'),
      flag('--ingress', 'Create the swarm routing-mesh network'),
      flag('--internal', 'Cut the network off from the outside'),
      flag('--ip-range strings', 'Sub-range to hand container addresses from'),
      flag('--ipam-driver string', 'IP address management driver', { defaultValue: 'default' }),
      flag('--ipam-opt map', 'Option for the IPAM driver'),
      flag('--ipv4', 'Give containers IPv4 addresses', ON_BY_DEFAULT),
      flag('--ipv6', 'Give containers IPv6 addresses'),
      flag('--label list', 'Attach a key=value label'),
      flag('-o, --opt map', 'Option for the network driver'),
      flag('--scope string', "The network's scope: local or swarm"),
      flag('--subnet strings', 'Subnet in CIDR form, e.g. 172.28.0.0/16'),
    ],
  },
  {
    path: ['network', 'rm'],
    aliases: [['network', 'remove']],
    summary: 'Delete networks',
    summaryKo: '네트워크를 삭제한다',
    args: 'NETWORK [NETWORK...]',
    minArgs: 1,
    unorderedArgs: true,
    flags: [flag('-f, --force', 'No error if the network does not exist')],
  },
  {
    path: ['network', 'inspect'],
    aliases: [],
    summary: 'Show the full configuration of networks',
    summaryKo: '네트워크의 전체 설정을 보여 준다',
    args: 'NETWORK [NETWORK...]',
    minArgs: 1,
    flags: [FORMAT_F, flag('-v, --verbose', 'Add diagnostic detail')],
  },
  {
    path: ['network', 'connect'],
    aliases: [],
    summary: 'Attach a container to a network',
    summaryKo: '컨테이너를 네트워크에 연결한다',
    args: 'NETWORK CONTAINER',
    minArgs: 2,
    maxArgs: 2,
    flags: [
      flag('--alias strings', 'Extra name for the container on this network'),
      flag('--driver-opt strings', 'Option for the network driver'),
      flag('--gw-priority int', 'Highest priority network supplies the default gateway'),
      flag('--ip string', 'Fixed IPv4 address'),
      flag('--ip6 string', 'Fixed IPv6 address'),
      flag('--link list', 'Legacy link to another container'),
      flag('--link-local-ip strings', 'Link-local address for the container'),
    ],
  },
  {
    path: ['network', 'disconnect'],
    aliases: [],
    summary: 'Detach a container from a network',
    summaryKo: '컨테이너를 네트워크에서 분리한다',
    args: 'NETWORK CONTAINER',
    minArgs: 2,
    maxArgs: 2,
    flags: [flag('-f, --force', 'Disconnect even if it resists')],
  },
  {
    path: ['network', 'prune'],
    aliases: [],
    summary: 'Delete networks no container uses',
    summaryKo: '어떤 컨테이너도 쓰지 않는 네트워크를 삭제한다',
    args: '',
    minArgs: 0,
    maxArgs: 0,
    flags: [PRUNE_FILTER, PRUNE_FORCE],
  },

  // ── volumes ─────────────────────────────────────────────────────────────
  {
    path: ['volume', 'create'],
    aliases: [],
    summary: 'Create a volume',
    summaryKo: '볼륨을 만든다',
    args: '[VOLUME]',
    minArgs: 0,
    maxArgs: 1,
    flags: [
      flag('--availability string', 'Cluster volume availability: active, pause, drain', {
        defaultValue: 'active',
      }),
      flag('-d, --driver string', 'Volume driver', { defaultValue: 'local' }),
      flag('--group string', 'Cluster volume group'),
      flag('--label list', 'Attach a key=value label'),
      flag('--limit-bytes bytes', 'Cluster volume: smallest acceptable size'),
      // Older spelling of the VOLUME argument; still accepted, no longer listed.
      flag('--name string', 'Name of the volume (old spelling of the argument)', { hidden: true }),
      flag('-o, --opt map', 'Option for the volume driver'),
      flag('--required-bytes bytes', 'Cluster volume: largest acceptable size'),
      flag('--scope string', 'Cluster volume access scope: single, multi', { defaultValue: 'single' }),
      flag('--secret map', 'Cluster volume secret'),
      flag('--sharing string', 'Cluster volume sharing: none, readonly, onewriter, all', {
        defaultValue: 'none',
      }),
      flag('--topology-preferred list', 'Cluster volume: preferred topology'),
      flag('--topology-required list', 'Cluster volume: topology it must reach'),
      flag('--type string', 'Cluster volume access type: mount, block', { defaultValue: 'block' }),
    ],
  },
  {
    path: ['volume', 'ls'],
    aliases: [['volume', 'list']],
    summary: 'List volumes',
    summaryKo: '볼륨 목록을 보여 준다',
    args: '',
    minArgs: 0,
    maxArgs: 0,
    flags: [
      flag('--cluster', 'Show only cluster volumes'),
      flag('-f, --filter filter', 'Only show matches, e.g. dangling=true'),
      FORMAT,
      flag('-q, --quiet', 'Print volume names only'),
    ],
  },
  {
    path: ['volume', 'rm'],
    aliases: [['volume', 'remove']],
    summary: 'Delete volumes',
    summaryKo: '볼륨을 삭제한다',
    args: 'VOLUME [VOLUME...]',
    minArgs: 1,
    unorderedArgs: true,
    flags: [flag('-f, --force', 'Delete even if docker thinks it is in use')],
  },
  {
    path: ['volume', 'inspect'],
    aliases: [],
    summary: 'Show the full configuration of volumes',
    summaryKo: '볼륨의 전체 설정을 보여 준다',
    args: 'VOLUME [VOLUME...]',
    minArgs: 1,
    flags: [FORMAT_F],
  },
  {
    path: ['volume', 'prune'],
    aliases: [],
    summary: 'Delete volumes no container uses',
    summaryKo: '어떤 컨테이너도 쓰지 않는 볼륨을 삭제한다',
    args: '',
    minArgs: 0,
    maxArgs: 0,
    flags: [
      flag('-a, --all', 'Delete named volumes too, not only anonymous ones'),
      PRUNE_FILTER,
      PRUNE_FORCE,
    ],
  },
  ...CONTEXT_COMMANDS,
  ...MANIFEST_COMMANDS,
  ...SWARM_COMMANDS,
  ...STACK_COMMANDS,
  ...SECRET_CONFIG_COMMANDS,
  ...PLUGIN_COMMANDS,
  ...BUILDX_TOOL_COMMANDS,
  ...SCOUT_COMMANDS,
  ...COMPOSE_COMMANDS,
];

/**
 * Real docker commands this grammar does not describe yet, so the parser can say
 * "not covered" instead of "unknown command".
 */
export const UNCOVERED_COMMANDS: string[] = [
  'buildx',
  'checkpoint',
  'compose',
  'config',
  'extension',
  'help',
  'init',
  'plugin',
  'scan',
  'scout',
  'trust',
  'stack config',
  'swarm ca',
  'swarm unlock',
  'swarm unlock-key',
  'swarm update',
  'system dial-stdio',
  'volume update',
];

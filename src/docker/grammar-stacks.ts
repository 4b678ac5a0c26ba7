import { flag, ON_BY_DEFAULT } from './flag-syntax.js';
import { FORMAT, FORMAT_F } from './grammar-shared.js';
import { PRETTY, SWARM_LIST_FLAGS } from './grammar-swarm.js';
import type { CommandSpec, FlagSpec } from './types.js';

// ── what is deployed to a swarm: stacks, secrets and configs ───────────────
// Written from this client's `--help`, like the rest; scripts/check-grammar.mjs checks them.
// Secrets and configs are kept the same way (create, ls, inspect, rm); they differ in what create takes.

interface Stored {
  noun: 'secret' | 'config';
  /** create's arguments as `--help` writes them, and how many it needs. */
  args: string;
  minArgs: number;
  createFlags: FlagSpec[];
  summaries: { create: string; ls: string; inspect: string; rm: string };
  /** The same summaries in Korean. */
  summariesKo: { create: string; ls: string; inspect: string; rm: string };
}

function storedObjectCommands({
  noun,
  args,
  minArgs,
  createFlags,
  summaries,
  summariesKo,
}: Stored): CommandSpec[] {
  const NAME = noun.toUpperCase();
  return [
    {
      path: [noun, 'create'],
      aliases: [],
      summary: summaries.create,
      summaryKo: summariesKo.create,
      args,
      minArgs,
      maxArgs: 2,
      flags: createFlags,
    },
    {
      path: [noun, 'ls'],
      aliases: [[noun, 'list']],
      summary: summaries.ls,
      summaryKo: summariesKo.ls,
      args: '',
      minArgs: 0,
      maxArgs: 0,
      flags: SWARM_LIST_FLAGS,
    },
    {
      path: [noun, 'inspect'],
      aliases: [],
      summary: summaries.inspect,
      summaryKo: summariesKo.inspect,
      args: `${NAME} [${NAME}...]`,
      minArgs: 1,
      flags: [FORMAT_F, PRETTY],
    },
    {
      path: [noun, 'rm'],
      aliases: [[noun, 'remove']],
      summary: summaries.rm,
      summaryKo: summariesKo.rm,
      args: `${NAME} [${NAME}...]`,
      minArgs: 1,
      unorderedArgs: true,
      flags: [],
    },
  ];
}

export const STACK_COMMANDS: CommandSpec[] = [
  {
    path: ['stack', 'deploy'],
    aliases: [['stack', 'up']],
    summary: 'Create or update a stack from Compose files',
    summaryKo: 'Compose 파일로 스택을 만들거나 갱신한다',
    args: 'STACK',
    minArgs: 1,
    maxArgs: 1,
    flags: [
      flag('-c, --compose-file strings', 'Compose file to read, or - for STDIN'),
      flag('-d, --detach', 'Return without waiting for the services', ON_BY_DEFAULT),
      flag('--prune', 'Remove services the files no longer name'),
      flag('-q, --quiet', 'Hide the progress output'),
      flag('--resolve-image string', 'When to ask the registry for image digests: always, changed or never', {
        defaultValue: 'always',
      }),
      flag('--with-registry-auth', 'Hand the registry credentials to the nodes so they can pull'),
    ],
  },
  {
    path: ['stack', 'ls'],
    aliases: [['stack', 'list']],
    summary: 'List stacks',
    summaryKo: '스택 목록을 보여 준다',
    args: '',
    minArgs: 0,
    maxArgs: 0,
    flags: [FORMAT],
  },
  {
    path: ['stack', 'ps'],
    aliases: [],
    summary: 'List the tasks of a stack',
    summaryKo: '스택의 태스크 목록을 보여 준다',
    args: 'STACK',
    minArgs: 1,
    maxArgs: 1,
    flags: [
      flag('-f, --filter filter', 'Only show matches, e.g. desired-state=running'),
      FORMAT,
      flag('--no-resolve', 'Print IDs instead of names'),
      flag('--no-trunc', 'Print IDs and errors in full'),
      flag('-q, --quiet', 'Print task IDs only'),
    ],
  },
  {
    path: ['stack', 'services'],
    aliases: [],
    summary: 'List the services of a stack',
    summaryKo: '스택의 서비스 목록을 보여 준다',
    args: 'STACK',
    minArgs: 1,
    maxArgs: 1,
    flags: SWARM_LIST_FLAGS,
  },
  {
    path: ['stack', 'rm'],
    aliases: [
      ['stack', 'remove'],
      ['stack', 'down'],
    ],
    summary: 'Delete stacks with their services, networks, configs and secrets',
    summaryKo: '스택을 그 서비스, 네트워크, 컨피그, 시크릿과 함께 삭제한다',
    args: 'STACK [STACK...]',
    minArgs: 1,
    unorderedArgs: true,
    flags: [flag('-d, --detach', 'Return without waiting for the removal', ON_BY_DEFAULT)],
  },
];

export const SECRET_CONFIG_COMMANDS: CommandSpec[] = [
  ...storedObjectCommands({
    noun: 'secret',
    args: 'SECRET [file|-]',
    minArgs: 1,
    createFlags: [
      flag('-d, --driver string', 'Secret store plugin to keep it in'),
      flag('-l, --label list', 'Attach a key=value label'),
      flag('--template-driver string', 'Template engine for the secret'),
    ],
    summaries: {
      create: 'Store a secret in the swarm, from a file or STDIN',
      ls: 'List swarm secrets (names and dates, never the content)',
      inspect: 'Show the metadata of secrets (the content is never shown)',
      rm: 'Delete swarm secrets',
    },
    summariesKo: {
      create: '파일이나 STDIN에서 읽은 시크릿을 스웜에 저장한다',
      ls: '스웜 시크릿 목록을 보여 준다(이름과 날짜만, 내용은 보여 주지 않는다)',
      inspect: '시크릿의 메타데이터를 보여 준다(내용은 절대 보여 주지 않는다)',
      rm: '스웜 시크릿을 삭제한다',
    },
  }),
  ...storedObjectCommands({
    noun: 'config',
    args: 'CONFIG file|-',
    minArgs: 2,
    createFlags: [
      flag('-l, --label list', 'Attach a key=value label'),
      flag('--template-driver string', 'Template engine for the config'),
    ],
    summaries: {
      create: 'Store a config (a non-secret file) in the swarm, from a file or STDIN',
      ls: 'List swarm configs',
      inspect: 'Show configs in detail',
      rm: 'Delete swarm configs',
    },
    summariesKo: {
      create: '파일이나 STDIN에서 읽은 컨피그(시크릿이 아닌 파일)를 스웜에 저장한다',
      ls: '스웜 컨피그 목록을 보여 준다',
      inspect: '컨피그를 자세히 보여 준다',
      rm: '스웜 컨피그를 삭제한다',
    },
  }),
];

import { flag } from './flag-syntax.js';
import { FORMAT, FORMAT_F } from './grammar-shared.js';
import type { CommandSpec, FlagSpec } from './types.js';

// ── contexts: which daemon the client talks to ──────────────────────────────
// Written from this client's `--help` (28.2), like grammar.ts; check-grammar.mjs checks them.

/**
 * `--docker host=…,ca=…`: docker's stringToString type, a key=value map. Every occurrence
 * adds to the map, so the flag is repeatable; flag-values.ts reads the pairs apart.
 */
const DOCKER_ENDPOINT: FlagSpec = {
  ...flag('--docker string', 'Endpoint settings as key=value pairs: host, ca, cert, key, skip-tls-verify'),
  valueType: 'stringToString',
  repeatable: true,
};
const DESCRIPTION = flag('--description string', 'Free text describing the context');

export const CONTEXT_COMMANDS: CommandSpec[] = [
  {
    path: ['context', 'create'],
    aliases: [],
    summary: 'Create a context: a named daemon endpoint',
    summaryKo: '컨텍스트(이름을 붙인 데몬 엔드포인트)를 만든다',
    args: 'CONTEXT',
    minArgs: 1,
    maxArgs: 1,
    flags: [
      DESCRIPTION,
      DOCKER_ENDPOINT,
      flag('--from string', 'Copy the endpoint of this existing context'),
    ],
  },
  {
    path: ['context', 'use'],
    aliases: [],
    summary: 'Make a context the one later commands talk to',
    summaryKo: '이후 명령이 접속할 컨텍스트를 정한다',
    args: 'CONTEXT',
    minArgs: 1,
    maxArgs: 1,
    flags: [],
  },
  {
    path: ['context', 'ls'],
    aliases: [['context', 'list']],
    summary: 'List contexts, marking the current one',
    summaryKo: '컨텍스트 목록을 보여 주고 현재 컨텍스트를 표시한다',
    args: '',
    minArgs: 0,
    maxArgs: 0,
    flags: [FORMAT, flag('-q, --quiet', 'Print context names only')],
  },
  {
    path: ['context', 'rm'],
    aliases: [['context', 'remove']],
    summary: 'Delete contexts',
    summaryKo: '컨텍스트를 삭제한다',
    args: 'CONTEXT [CONTEXT...]',
    minArgs: 1,
    unorderedArgs: true,
    flags: [flag('-f, --force', 'Delete even the context in use')],
  },
  {
    path: ['context', 'inspect'],
    aliases: [],
    summary: 'Show the full settings of contexts (the current one if none is named)',
    summaryKo: '컨텍스트의 전체 설정을 보여 준다(이름이 없으면 현재 컨텍스트)',
    args: '[CONTEXT] [CONTEXT...]',
    minArgs: 0,
    flags: [FORMAT_F],
  },
  {
    path: ['context', 'show'],
    aliases: [],
    summary: 'Print the name of the context in use',
    summaryKo: '사용 중인 컨텍스트의 이름을 출력한다',
    args: '',
    minArgs: 0,
    maxArgs: 0,
    flags: [],
  },
  {
    path: ['context', 'export'],
    aliases: [],
    summary: 'Write a context to a tar file (CONTEXT.dockercontext unless named, - for STDOUT)',
    summaryKo: '컨텍스트를 tar 파일로 내보낸다(이름을 주지 않으면 CONTEXT.dockercontext, -이면 STDOUT)',
    args: 'CONTEXT [FILE|-]',
    minArgs: 1,
    maxArgs: 2,
    flags: [],
  },
  {
    path: ['context', 'import'],
    aliases: [],
    summary: 'Create a context from an exported tar or zip file (- for STDIN)',
    summaryKo: '내보낸 tar 또는 zip 파일로 컨텍스트를 만든다(-이면 STDIN)',
    args: 'CONTEXT FILE|-',
    minArgs: 2,
    maxArgs: 2,
    flags: [],
  },
  {
    path: ['context', 'update'],
    aliases: [],
    summary: "Change a context's description or endpoint",
    summaryKo: '컨텍스트의 설명이나 엔드포인트를 바꾼다',
    args: 'CONTEXT',
    minArgs: 1,
    maxArgs: 1,
    flags: [DESCRIPTION, DOCKER_ENDPOINT],
  },
];

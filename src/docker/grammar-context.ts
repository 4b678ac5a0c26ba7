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
    args: 'CONTEXT',
    minArgs: 1,
    maxArgs: 1,
    flags: [],
  },
  {
    path: ['context', 'ls'],
    aliases: [['context', 'list']],
    summary: 'List contexts, marking the current one',
    args: '',
    minArgs: 0,
    maxArgs: 0,
    flags: [FORMAT, flag('-q, --quiet', 'Print context names only')],
  },
  {
    path: ['context', 'rm'],
    aliases: [['context', 'remove']],
    summary: 'Delete contexts',
    args: 'CONTEXT [CONTEXT...]',
    minArgs: 1,
    unorderedArgs: true,
    flags: [flag('-f, --force', 'Delete even the context in use')],
  },
  {
    path: ['context', 'inspect'],
    aliases: [],
    summary: 'Show the full settings of contexts (the current one if none is named)',
    args: '[CONTEXT] [CONTEXT...]',
    minArgs: 0,
    flags: [FORMAT_F],
  },
  {
    path: ['context', 'show'],
    aliases: [],
    summary: 'Print the name of the context in use',
    args: '',
    minArgs: 0,
    maxArgs: 0,
    flags: [],
  },
  {
    path: ['context', 'export'],
    aliases: [],
    summary: 'Write a context to a tar file (CONTEXT.dockercontext unless named, - for STDOUT)',
    args: 'CONTEXT [FILE|-]',
    minArgs: 1,
    maxArgs: 2,
    flags: [],
  },
  {
    path: ['context', 'import'],
    aliases: [],
    summary: 'Create a context from an exported tar or zip file (- for STDIN)',
    args: 'CONTEXT FILE|-',
    minArgs: 2,
    maxArgs: 2,
    flags: [],
  },
  {
    path: ['context', 'update'],
    aliases: [],
    summary: "Change a context's description or endpoint",
    args: 'CONTEXT',
    minArgs: 1,
    maxArgs: 1,
    flags: [DESCRIPTION, DOCKER_ENDPOINT],
  },
];

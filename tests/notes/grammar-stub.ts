import type { NoteGrammar } from '../../src/notes/grammar.js';

// A small grammar for testing the notes stage on its own; the real one comes from src/docker.
const COMMANDS: Record<string, string> = {
  'container run': 'docker container run',
  run: 'docker container run',
  'image pull': 'docker image pull',
  'image build': 'docker image build',
};
const FLAGS: Record<string, { long: string; short?: string }> = {
  '-d': { long: '--detach', short: '-d' },
  '-i': { long: '--interactive', short: '-i' },
  '-t': { long: '--tty', short: '-t' },
  '-p': { long: '--publish', short: '-p' },
};

export const stubGrammar: NoteGrammar = {
  commandPath(words) {
    return COMMANDS[words.slice(0, 2).join(' ')] ?? COMMANDS[words[0] ?? ''];
  },
  isUncovered: (words) => words[0] === 'compose',
  suggest: (word) => (word === 'warm' ? 'swarm' : undefined),
  misplacedSubcommand: (words) =>
    words[0] === 'images' && words[1] === 'inspect' ? 'docker image inspect' : undefined,
  groupProblem: (words) =>
    words[0] === 'container' ? `'docker container' has no subcommand '${words[1]}'` : undefined,
  summary: (command) => (command === 'docker image pull' ? 'Download an image from a registry' : undefined),
  flag(command, flag) {
    if (command === 'docker image build' && flag === '-t') return { long: '--tag', short: '-t' };
    return FLAGS[flag] ?? (flag.startsWith('--') ? { long: flag } : undefined);
  },
};

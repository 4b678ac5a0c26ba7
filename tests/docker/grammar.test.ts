import { describe, expect, it } from 'vitest';
import { COMMANDS, canonicalPath, findCommand, GLOBAL_FLAGS, lookupFlag } from '../../src/docker/index.js';

const REQUIRED_COMMANDS = [
  'container run',
  'container create',
  'container start',
  'container stop',
  'container restart',
  'container rm',
  'container ls',
  'container logs',
  'container exec',
  'container cp',
  'container prune',
  'container stats',
  'container inspect',
  'container kill',
  'container top',
  'container port',
  'container attach',
  'container pause',
  'container unpause',
  'container rename',
  'image pull',
  'image push',
  'image ls',
  'image build',
  'image prune',
  'image tag',
  'image rm',
  'image history',
  'image inspect',
  'image save',
  'image load',
  'system prune',
  'system df',
  'system info',
  'search',
  'login',
  'logout',
  'network ls',
  'network create',
  'network rm',
  'network inspect',
  'network connect',
  'network disconnect',
  'network prune',
  'volume create',
  'volume ls',
  'volume rm',
  'volume inspect',
  'volume prune',
  'version',
  'inspect',
];

describe('grammar data', () => {
  it('covers every command the course needs', () => {
    const paths = new Set(COMMANDS.map((spec) => spec.path.join(' ')));
    for (const path of REQUIRED_COMMANDS) expect(paths, path).toContain(path);
  });

  it('has no two commands answering to the same words', () => {
    const seen = new Map<string, string>();
    for (const spec of COMMANDS) {
      for (const words of [spec.path, ...spec.aliases]) {
        const key = words.join(' ');
        expect(seen.get(key), `${key} is claimed twice`).toBeUndefined();
        seen.set(key, spec.path.join(' '));
      }
    }
  });

  it('gives each flag one meaning per command', () => {
    for (const spec of [...COMMANDS, { path: ['(global)'], flags: GLOBAL_FLAGS }]) {
      const names = spec.flags.flatMap((flag) => [flag.long, flag.short, ...(flag.hiddenAliases ?? [])]);
      const written = names.filter((name): name is string => name !== undefined);
      expect(new Set(written).size, spec.path.join(' ')).toBe(written.length);
      for (const flag of spec.flags) {
        expect(flag.long).toMatch(/^--[a-z0-9-]+$/);
        if (flag.short) expect(flag.short).toMatch(/^-[A-Za-z0-9]$/);
        expect(flag.description, flag.long).toBeTruthy();
      }
    }
  });

  it('keeps arity limits consistent', () => {
    for (const spec of COMMANDS) {
      if (spec.maxArgs !== undefined) expect(spec.maxArgs).toBeGreaterThanOrEqual(spec.minArgs);
      if (spec.commandAfter !== undefined) expect(spec.flagsStopAtFirstArg).toBe(true);
    }
  });

  it('records per-command facts that differ between commands', () => {
    expect(lookupFlag('docker image build', '--pull')?.takesValue).toBe(false);
    expect(lookupFlag('docker container run', '--pull')?.takesValue).toBe(true);
    expect(lookupFlag('docker container run', '--pull')?.defaultValue).toBe('missing');
    expect(lookupFlag('docker image build', '--rm')?.defaultValue).toBe('true');
    expect(lookupFlag('docker container run', '--rm')?.defaultValue).toBeUndefined();
    expect(lookupFlag('docker container run', '-h')?.long).toBe('--hostname');
    expect(lookupFlag('docker container ls', '-h')?.long).toBe('--help');
    expect(lookupFlag('docker container ls', '-f')?.long).toBe('--filter');
    expect(lookupFlag('docker container logs', '-f')?.long).toBe('--follow');
    expect(lookupFlag('docker image build', '-f')?.long).toBe('--file');
    expect(lookupFlag('docker container create', '--detach')).toBeUndefined();
  });

  it('marks list and map flags repeatable and plain values last-wins', () => {
    expect(lookupFlag('docker container run', '-p')?.repeatable).toBe(true);
    expect(lookupFlag('docker container run', '-e')?.repeatable).toBe(true);
    expect(lookupFlag('docker container run', '--sysctl')?.repeatable).toBe(true);
    expect(lookupFlag('docker container ls', '--filter')?.repeatable).toBe(true);
    expect(lookupFlag('docker container run', '--name')?.repeatable).toBeUndefined();
    expect(lookupFlag('docker container run', '-d')?.repeatable).toBeUndefined();
  });
});

describe('findCommand', () => {
  it.each([
    [['run'], 'container run', 1],
    [['container', 'run'], 'container run', 2],
    [['ps'], 'container ls', 1],
    [['container', 'ps'], 'container ls', 2],
    [['container', 'list'], 'container ls', 2],
    [['images'], 'image ls', 1],
    [['rmi', 'alpine'], 'image rm', 1],
    [['image', 'remove'], 'image rm', 2],
    [['container', 'remove'], 'container rm', 2],
    [['builder', 'build', '.'], 'image build', 2],
    [['info'], 'system info', 1],
    [['inspect', 'web'], 'inspect', 1],
    [['network', 'list'], 'network ls', 2],
    [['volume', 'remove'], 'volume rm', 2],
    [['exec', 'web', 'sh'], 'container exec', 1],
  ])('%j → %s', (words, path, consumed) => {
    const found = findCommand(words);
    expect(found?.spec.path.join(' ')).toBe(path);
    expect(found?.consumed).toBe(consumed);
  });

  it.each([[[]], [['container']], [['compose', '-p', 'shop', 'up']], [['Run']], [['image', 'nope']]])(
    '%j → nothing',
    (words) => {
      expect(findCommand(words)).toBeUndefined();
    },
  );
});

describe('canonicalPath', () => {
  it.each([
    [['run', '-d', 'x'], 'docker container run'],
    [['docker', 'ps', '-a'], 'docker container ls'],
    [['$', 'docker', 'images'], 'docker image ls'],
    [['docker', '--context', 'prod', 'rmi', 'x'], 'docker image rm'],
    [['-D', 'logs', 'web'], 'docker container logs'],
  ])('%j → %s', (words, path) => {
    expect(canonicalPath(words)).toBe(path);
  });

  it('is undefined for words that name no command', () => {
    expect(canonicalPath(['docker', 'fly'])).toBeUndefined();
    expect(canonicalPath(['docker', '--bogus', 'ps'])).toBeUndefined();
  });
});

describe('lookupFlag', () => {
  it.each([
    ['docker container run', '-p', '--publish'],
    ['docker container run', '--publish', '--publish'],
    ['docker container run', '--publish=80:80', '--publish'],
    ['docker run', '-d', '--detach'],
    ['docker container run', '\u2014rm', '--rm'],
    ['docker container run', '\u2013name', '--name'],
    ['docker container run', '--net', '--network'],
    ['docker container run', '--dns-opt', '--dns-option'],
    ['docker image ls', '--help', '--help'],
    ['docker', '-H', '--host'],
  ])('(%s, %s) → %s', (path, flag, long) => {
    expect(lookupFlag(path, flag)?.long).toBe(long);
  });

  it('is undefined for unknown flags and commands', () => {
    expect(lookupFlag('docker container run', '--bogus')).toBeUndefined();
    expect(lookupFlag('docker container ls', '-d')).toBeUndefined();
    expect(lookupFlag('docker nothing', '-d')).toBeUndefined();
  });
});

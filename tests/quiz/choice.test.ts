import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/notes/types.js';
import { choicePlans } from '../../src/quiz/choice.js';
import { optionUnit } from '../../src/quiz/option-text.js';
import { phrases } from '../../src/quiz/phrases.js';
import { card } from './cards.js';

const en = phrases('en');
const flag = (
  command: string,
  long: string,
  short: string | undefined,
  summary: string,
  deck = 'test',
): Card =>
  card({
    id: `${command.split(' ').slice(1).join('-')}-${long.slice(2)}`,
    kind: 'flag',
    deck,
    command,
    flag: long,
    ...(short ? { short } : {}),
    summary,
  });

describe('option units', () => {
  it.each([
    ['send a different first signal (e.g. SIGQUIT)', 'send a different first signal (e.g. SIGQUIT)'],
    [
      'keep only the containers that match, e.g. status=exited. More text.',
      'keep only the containers that match, e.g. status=exited',
    ],
    [
      'run in the background and print the ID; without it you stay attached',
      'run in the background and print the ID',
    ],
    ['No. Containers share the host kernel.', 'No. Containers share the host kernel'],
    ['Deletes images (all of them; really).', 'Deletes images (all of them; really)'],
    [
      'It takes its value from docker build --build-arg V=1 .',
      'It takes its value from docker build --build-arg V=1 .',
    ],
  ])('%j → %j', (summary, unit) => {
    expect(optionUnit(summary)).toBe(unit);
  });

  it('gives nothing rather than a cut-off option', () => {
    expect(optionUnit('choose the platform (e.g.')).toBeUndefined();
  });
});

describe('choice plans', () => {
  const ls = [
    flag('docker container ls', '--filter', '-f', 'keep only containers matching a condition'),
    flag('docker container ls', '--all', '-a', 'show all containers, including stopped ones'),
    flag('docker container ls', '--quiet', '-q', 'print only container IDs, one a line'),
    flag('docker container ls', '--last', '-n', 'show the n containers created last'),
    flag('docker image ls', '--filter', '-f', 'keep only images matching a condition'),
    flag('docker search', '--filter', undefined, 'keep only results matching a condition'),
  ];

  it('names flags one way, from the grammar of the same command', () => {
    const [byName] = choicePlans(ls[1]!, ls, en);
    expect(byName!.prompt).toBe(
      'Which flag of `docker container ls`: show all containers, including stopped ones',
    );
    expect(byName!.answer).toBe('--all');
    expect(byName!.wrong.every((w) => /^--[a-z-]+$/.test(w) && w !== '--all')).toBe(true);
  });

  it('never offers a flag of the same name from another command as a wrong description', () => {
    const plans = choicePlans(ls[0]!, ls, en);
    const byDescription = plans.find((p) => p.prompt.startsWith('What does'))!;
    expect(byDescription.wrong).not.toContain('keep only images matching a condition');
    expect(byDescription.wrong).not.toContain('keep only results matching a condition');
  });

  it('draws wrong options from the same deck only', () => {
    const other = ['--a1', '--b2', '--c3'].map((l) =>
      flag('docker container ls', l, undefined, `something else ${l} does`, 'other'),
    );
    const plan = choicePlans(ls[1]!, [...ls, ...other], en).find((p) => p.prompt.startsWith('What does'))!;
    expect(plan.wrong.some((w) => w.includes('something else'))).toBe(false);
  });

  it('leaves out a command that does all the asked one does', () => {
    const prune = (path: string, summary: string) =>
      card({ id: path.split(' ').slice(1).join('-'), kind: 'command', command: path, summary });
    const pool = [
      prune('docker container prune', 'Deletes every stopped container'),
      prune('docker system prune', 'Deletes stopped containers, unused networks and dangling images'),
      prune('docker container ls', 'Lists the containers there are'),
      prune('docker container rm', 'Deletes the containers you name'),
      prune('docker container logs', 'Shows what a container printed'),
    ];
    for (const plan of choicePlans(pool[0]!, pool, en)) {
      expect(plan.wrong.join('\n')).not.toMatch(/system prune|unused networks/);
    }
  });

  it('leaves out topics that speak of the asked one', () => {
    const concept = (id: string, front: string, summary: string) =>
      card({ id, kind: 'concept', front, summary });
    const pool = [
      concept('a', 'Hypervisor types', 'Type 1 runs on the hardware and type 2 on a host OS'),
      concept('b', 'Virtual machines', 'A hypervisor hands hardware out to each virtual machine'),
      concept('c', 'Namespaces', 'A kernel feature that splits what a process can see'),
      concept('d', 'Cgroups', 'A kernel feature that limits what a process may use'),
      concept('e', 'Registries', 'A server that stores and hands out images'),
      concept('f', 'Layers', 'An image is a stack of read-only layers on disk'),
      concept('g', 'Compose', 'Several containers on one host, described in one file'),
      concept('h', 'Swarm', 'Containers spread over a cluster of several hosts'),
    ];
    const [plan] = choicePlans(pool[0]!, pool, en);
    expect(plan!.prompt).toBe('Which of these is said of “Hypervisor types”?');
    expect(plan!.wrong).not.toContain('A hypervisor hands hardware out to each virtual machine');
  });
});

import type { Card } from '../../src/notes/types.js';

// A small deck written for these tests.
const base = { deck: 'test', lang: 'en' as const, tags: [], source: { file: 'test.md', line: 1 } };

// Loose on purpose: each test card sets the fields of its kind.
type CardFields = { id: string; kind: Card['kind'] } & Partial<Record<string, unknown>>;

export const card = (fields: CardFields): Card =>
  ({
    front: fields.id,
    back: (fields.summary as string | undefined) ?? '',
    summary: '',
    ...base,
    ...fields,
  }) as Card;

export const instructions: Card[] = [
  ['FROM', 'Sets the base image of a build stage.'],
  ['RUN', 'Executes a command at build time and stores the result as a layer.'],
  ['CMD', 'Gives the default command of a container.'],
  ['ENTRYPOINT', 'Fixes the executable a container always runs.'],
  ['COPY', 'Copies files from the build context into the image.'],
].map(([term, summary]) =>
  card({
    id: `dockerfile-${term!.toLowerCase()}`,
    kind: 'instruction',
    term,
    summary,
    keyTerms: [
      { term: 'docker build', sentence: `The instruction is read when docker build runs the Dockerfile.` },
    ],
  }),
);

export const runFlags: Card[] = [
  ['--detach', '-d', 'Runs the container in the background.'],
  ['--publish', '-p', 'Publishes a container port on the host.'],
  ['--volume', '-v', 'Mounts a host path or volume.'],
  ['--rm', undefined, 'Removes the container when it exits.'],
].map(([flag, short, summary]) =>
  card({
    id: `container-run-${flag!.slice(2)}`,
    kind: 'flag',
    command: 'docker container run',
    flag,
    ...(short ? { short } : {}),
    summary,
  }),
);

export const runCommand = card({
  id: 'container-run',
  kind: 'command',
  command: 'docker container run',
  summary: 'Creates and starts a container from an image.',
  tasks: [{ prompt: 'Run nginx in the background', command: 'docker container run -d nginx' }],
});

export const deck: Card[] = [...instructions, ...runFlags, runCommand];

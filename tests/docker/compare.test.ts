import { describe, expect, it } from 'vitest';
import { type CommandDiff, compareCommands } from '../../src/docker/index.js';
import { describeProblem } from '../../src/ui/grader-details.js';

function diffsOf(expected: string, actual: string): CommandDiff[] {
  const result = compareCommands(expected, actual);
  expect(result.error).toBeUndefined();
  return result.diffs;
}

// The grader says problems as codes and values; its English words are the catalogue's.
const messages = (expected: string, actual: string) =>
  diffsOf(expected, actual).map((diff) => describeProblem(diff.problem, 'en'));

describe('compareCommands: diff messages', () => {
  it.each([
    ['docker run -d nginx', 'docker run nginx', ['missing --detach (-d)']],
    ['docker run nginx', 'docker run --rm nginx', ['extra --rm']],
    [
      'docker run -p 9000:8080 x',
      'docker run -p 8080:9000 x',
      ['--publish should be 9000:8080, not 8080:9000'],
    ],
    ['docker ps', 'docker images', ['wrong command: expected docker container ls, got docker image ls']],
    ['docker run --name web x', 'docker run x', ['missing --name web']],
    ['docker run x', 'docker run --name web x', ['extra --name web']],
    ['docker run --name web x', 'docker run --name api x', ['--name should be web, not api']],
    ['docker run --pull always x', 'docker run --pull missing x', ['--pull should be always, not missing']],
    ['docker build .', 'docker build --rm=false .', ['extra --rm=false']],
    ['docker run -e A=1 -e B=2 x', 'docker run -e A=1 x', ['missing --env B=2 (-e)']],
    ['docker run nginx', 'docker run ngnix', ['IMAGE should be nginx, not ngnix']],
    ['docker pull alpine', 'docker pull alpine:3', ['NAME should be alpine, not alpine:3']],
    [
      'docker cp web:/a .',
      'docker cp . web:/a',
      ['SRC_PATH should be web:/a, not .', 'DEST_PATH should be ., not web:/a'],
    ],
    ['docker rm a b', 'docker rm a c', ['missing CONTAINER b', 'extra CONTAINER c']],
    [
      'docker exec web ls -l',
      'docker exec web ls',
      ["the command after the container should be 'ls -l', not 'ls'"],
    ],
    [
      'docker run alpine ls',
      'docker run alpine',
      ["the command after the image should be 'ls', but none was given"],
    ],
    ['docker run --name "my app" x', 'docker run --name app x', ["--name should be 'my app', not app"]],
    ['docker --context prod ps', 'docker ps', ['missing --context prod (-c)']],
    ['docker save alpine > a.tar', 'docker save alpine', ["missing the redirection '> a.tar'"]],
  ])('%s vs %s', (expected, actual, expectedMessages) => {
    expect(messages(expected, actual)).toEqual(expectedMessages);
  });

  it('points out docker flags typed after the image', () => {
    const [missing, stray] = diffsOf('docker run -d nginx', 'docker run nginx -d');
    expect(missing?.kind).toBe('missing-flag');
    expect(stray?.kind).toBe('command-args');
    expect(stray?.problem).toEqual({ code: 'command-after', target: 'image', actual: '-d', stray: '-d' });
    expect(describeProblem(stray!.problem, 'en')).toContain(
      '-d after the image goes to the container, not to docker',
    );
  });

  it('fills kind, flag, expected and actual', () => {
    expect(diffsOf('docker run -p 9000:8080 x', 'docker run -p 8080:9000 x')).toEqual([
      {
        kind: 'flag-value',
        flag: '--publish',
        expected: '9000:8080',
        actual: '8080:9000',
        problem: { code: 'wrong-value', what: '--publish', expected: '9000:8080', actual: '8080:9000' },
      },
    ]);
    expect(diffsOf('docker run -d x', 'docker run x')[0]).toMatchObject({
      kind: 'missing-flag',
      flag: '--detach',
    });
    expect(diffsOf('docker run x', 'docker run --rm x')[0]).toMatchObject({
      kind: 'extra-flag',
      flag: '--rm',
    });
    expect(diffsOf('docker ps', 'docker images')[0]).toMatchObject({
      kind: 'command',
      expected: 'docker container ls',
      actual: 'docker image ls',
    });
    expect(diffsOf('docker run x', 'docker run y')[0]).toMatchObject({
      kind: 'positional',
      expected: 'x',
      actual: 'y',
    });
  });
});

describe('compareCommands: answers that do not parse', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['docker run', 'needs at least 1 argument'],
    ['docker run --bogus x', "unknown flag '--bogus'"],
    ['docker ps | grep web', 'only one docker command'],
    ['kubectl get pods', 'not a docker command'],
  ])('%j is wrong with an error, never a throw', (actual, fragment) => {
    const result = compareCommands('docker run nginx', actual);
    expect(result.equal).toBe(false);
    expect(result.diffs).toEqual([]);
    expect(describeProblem(result.error!, 'en')).toContain(fragment);
  });

  it('says so when the expected command itself is broken', () => {
    const result = compareCommands('docker run --bogus x', 'docker run x');
    expect(result.equal).toBe(false);
    expect(result.error).toMatchObject({ code: 'expected-unparsable', reason: { code: 'unknown-flag' } });
    expect(describeProblem(result.error!, 'en')).toContain('expected command does not parse: unknown flag');
  });
});

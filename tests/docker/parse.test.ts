import { describe, expect, it } from 'vitest';
import { type ParsedCommand, parseCommandLine } from '../../src/docker/index.js';
import { UNREADABLE_COMMAND } from '../../src/docker/parse.js';
import { describeProblem } from '../../src/ui/grader-details.js';

function parsed(line: string): ParsedCommand {
  const result = parseCommandLine(line);
  if ('error' in result)
    throw new Error(`expected '${line}' to parse, got: ${describeProblem(result.error, 'en')}`);
  return result;
}

function errorOf(line: string): string {
  const result = parseCommandLine(line);
  if (!('error' in result)) throw new Error(`expected '${line}' to fail, got ${JSON.stringify(result)}`);
  return describeProblem(result.error, 'en');
}

describe('parseCommandLine: structure', () => {
  it('splits run into flags, image and the container command', () => {
    expect(parsed('docker run -d -p 9000:8080 --name web example/echo ls -l')).toEqual({
      path: 'docker container run',
      flags: [
        { long: '--detach' },
        { long: '--publish', value: '9000:8080' },
        { long: '--name', value: 'web' },
      ],
      positionals: ['example/echo'],
      command: ['ls', '-l'],
      globalFlags: [],
      redirects: [],
    });
  });

  it('accepts a shell prompt and lines without the leading docker', () => {
    expect(parsed('$ docker ps').path).toBe('docker container ls');
    expect(parsed('run alpine').path).toBe('docker container run');
    expect(parsed('sudo docker images').path).toBe('docker image ls');
  });

  it('keeps exec and top arguments after the container as its command', () => {
    const exec = parsed('docker exec -it web sh -c "echo hi"');
    expect(exec.positionals).toEqual(['web']);
    expect(exec.command).toEqual(['sh', '-c', 'echo hi']);
    expect(parsed('docker top web aux').command).toEqual(['aux']);
  });

  it('reads flags after arguments where docker does (rm, logs) but not after an image', () => {
    expect(parsed('docker rm web -f').flags).toEqual([{ long: '--force' }]);
    expect(parsed('docker logs web --follow').flags).toEqual([{ long: '--follow' }]);
    const run = parsed('docker run alpine -d');
    expect(run.flags).toEqual([]);
    expect(run.command).toEqual(['-d']);
  });

  it("handles '--' like docker: ends the flags, and is kept when it belongs to the container", () => {
    const beforeImage = parsed('docker run -d -- alpine ls');
    expect(beforeImage.positionals).toEqual(['alpine']);
    expect(beforeImage.command).toEqual(['ls']);
    expect(parsed('docker run alpine -- ls').command).toEqual(['--', 'ls']);
    expect(parsed('docker rm -- -weird').positionals).toEqual(['-weird']);
  });

  it('reads switch clusters, including one ending in a value flag', () => {
    expect(parsed('docker run -itp 80:80 x').flags).toEqual([
      { long: '--interactive' },
      { long: '--tty' },
      { long: '--publish', value: '80:80' },
    ]);
    expect(parsed('docker run -dp=80:80 x').flags).toEqual([
      { long: '--detach' },
      { long: '--publish', value: '80:80' },
    ]);
    // A value flag swallows the rest of its cluster, as in docker: -pit publishes 'it'.
    expect(parsed('docker run -pit x').flags).toEqual([{ long: '--publish', value: 'it' }]);
    expect(parsed('docker ps -an3').flags).toEqual([{ long: '--all' }, { long: '--last', value: '3' }]);
  });

  it('lets a value start with a dash, and takes empty values', () => {
    expect(parsed('docker run -e -x alpine').flags).toEqual([{ long: '--env', value: '-x' }]);
    expect(parsed('docker run --name= alpine').flags).toEqual([{ long: '--name', value: '' }]);
  });

  it('reduces switches to what docker sees', () => {
    expect(parsed('docker run --rm=true x').flags).toEqual([{ long: '--rm' }]);
    expect(parsed('docker run --detach=false x').flags).toEqual([]);
    expect(parsed('docker run -d=0 x').flags).toEqual([]);
    expect(parsed('docker run -d --detach=false x').flags).toEqual([]);
    expect(parsed('docker build --rm=false .').flags).toEqual([{ long: '--rm', value: 'false' }]);
    expect(parsed('docker build --rm .').flags).toEqual([]);
  });

  it('keeps every value of repeatable flags and the last of the others', () => {
    expect(parsed('docker run -e A=1 -e B=2 --name a --name b x').flags).toEqual([
      { long: '--env', value: 'A=1' },
      { long: '--env', value: 'B=2' },
      { long: '--name', value: 'b' },
    ]);
    expect(parsed('docker build --cache-from a,b .').flags).toEqual([
      { long: '--cache-from', value: 'a' },
      { long: '--cache-from', value: 'b' },
    ]);
  });

  it('treats a switch followed by true as a switch and an argument, like docker', () => {
    const result = parsed('docker run --rm true alpine');
    expect(result.positionals).toEqual(['true']);
    expect(result.command).toEqual(['alpine']);
  });

  it('knows --pull is a switch on build and takes a value on run', () => {
    expect(parsed('docker build --pull .').positionals).toEqual(['.']);
    expect(parsed('docker run --pull always x').flags).toEqual([{ long: '--pull', value: 'always' }]);
    expect(errorOf('docker build --pull always .')).toContain('at most 1 argument');
  });

  it('reads global options, hidden aliases, dash look-alikes and redirections', () => {
    const result = parsed('docker -H tcp://h:2375 --debug ps');
    expect(result.globalFlags).toEqual([{ long: '--host', value: 'tcp://h:2375' }, { long: '--debug' }]);
    expect(parsed('docker run --net host x').flags).toEqual([{ long: '--network', value: 'host' }]);
    expect(parsed('docker run \u2014rm \u2013name web x').flags).toEqual([
      { long: '--rm' },
      { long: '--name', value: 'web' },
    ]);
    expect(parsed('docker save alpine > alpine.tar').redirects).toEqual(['> alpine.tar']);
    expect(parsed('docker logs web 2>&1').redirects).toEqual(['2>&1']);
    expect(parsed('docker --version').path).toBe('docker');
  });

  it('skips the argument count when --help is asked for', () => {
    expect(parsed('docker run --help').flags).toEqual([{ long: '--help' }]);
    expect(parsed('docker ps -h').flags).toEqual([{ long: '--help' }]);
  });
});

describe('parseCommandLine: errors are one sentence', () => {
  it.each([
    ['', 'empty'],
    ['docker', 'a command is missing'],
    ['ls -l', "'ls' is not a docker command"],
    ['docker fly', "unknown command 'docker fly'"],
    ['docker rnu alpine', 'did you mean docker run?'],
    ['docker container lss', 'did you mean docker container ls?'],
    ['docker container', 'needs a subcommand'],
    ['docker checkpoint ls web', 'real docker command'],
    ['docker compose --nope up', "unknown flag '--nope' for docker compose"],
    ['docker run --foo x', "unknown flag '--foo' for docker container run"],
    ['docker run --publis 80:80 x', 'did you mean --publish?'],
    ['docker run -rm x', 'did you mean --rm?'],
    ['docker run -itx alpine', "unknown flag '-x' (in '-itx')"],
    ['docker ps --debug', "unknown flag '--debug' for docker container ls"],
    ['docker run --name', "flag '--name' for docker container run needs a value"],
    ['docker ps -f', "flag '-f' for docker container ls needs a value"],
    ['docker run', 'needs at least 1 argument (IMAGE [COMMAND] [ARG...]), but got none'],
    ['docker exec web', 'needs at least 2 arguments'],
    ['docker cp a', 'needs exactly 2 arguments'],
    ['docker ps web', "takes no arguments, but got 'web'"],
    ['docker logs a b', 'takes at most 1 argument'],
    ['docker image tag a b -f', 'takes at most 2 arguments'],
    ['docker run --rm=yes x', "--rm takes true or false, not 'yes'"],
    ['docker ps -n abc', '--last needs a whole number'],
    ['docker run ---rm x', 'not a valid flag'],
    ['docker ps | wc -l', "remove '|'"],
    ['docker ps && docker images', "remove '&&'"],
    ['docker save x >', 'has no file after it'],
    ["docker run --name 'x", 'unclosed single quote'],
  ])('%j → %s', (line, fragment) => {
    expect(errorOf(line)).toContain(fragment);
  });

  it('never ends in the catch-all error, whatever is typed', () => {
    const pieces = [
      'docker',
      'run',
      '-',
      '--',
      '-d',
      '-p',
      '=',
      "'",
      '"',
      '\\',
      '$(',
      ')',
      '`',
      '|',
      '>',
      '2>&1',
      '—',
      'x',
      ' ',
      '\n',
      '#',
      'ps',
      '-itp',
      '--name=',
      ';',
      '-m',
      '9e99p',
      '--cpus',
      '1/0',
      '--health-interval',
      '1.5h',
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let i = 0; i < 3000; i++) {
      const length = next() % 9;
      const line = Array.from({ length }, () => pieces[next() % pieces.length]).join(next() % 2 ? ' ' : '');
      // parseCommandLine catches its own failures; the catch-all answer is how a throw would show.
      const result = parseCommandLine(line);
      expect(result, JSON.stringify(line)).not.toEqual(UNREADABLE_COMMAND);
      expect(typeof ('error' in result ? describeProblem(result.error, 'en') : result.path)).toBe('string');
    }
    expect(parseCommandLine(undefined as unknown as string)).toHaveProperty('error');
    expect(parseCommandLine(42 as unknown as string)).toHaveProperty('error');
  });
});

describe('smart dashes', () => {
  it('lets a smart dash before one letter and = set a short flag', () => {
    expect(parsed('docker run \u2013d=false alpine').flags).toEqual([]);
    expect(parsed('docker run \u2013p=80:80 alpine').flags).toEqual([{ long: '--publish', value: '80:80' }]);
  });

  it('keeps the dashes inside a quoted value', () => {
    expect(parsed('docker run -e "MSG=a \u2014b" alpine').flags).toEqual([
      { long: '--env', value: 'MSG=a \u2014b' },
    ]);
  });
});

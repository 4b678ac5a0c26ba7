import { describe, expect, it } from 'vitest';
import { type ParseError, splitShellWords } from '../../src/docker/index.js';
import { describeProblem } from '../../src/ui/grader-details.js';

describe('splitShellWords', () => {
  it.each([
    ['docker ps', ['docker', 'ps']],
    ['  docker \t ps  ', ['docker', 'ps']],
    ["docker run --name 'my app' x", ['docker', 'run', '--name', 'my app', 'x']],
    ['docker run --name "my app" x', ['docker', 'run', '--name', 'my app', 'x']],
    ['a\\ b', ['a b']],
    ['"a\\"b"', ['a"b']],
    ['"a\\b"', ['a\\b']],
    ["'a\\b'", ['a\\b']],
    ["'it'\\''s'", ["it's"]],
    ['a""b', ['ab']],
    ["--name ''", ['--name', '']],
    ['--filter "name=echo"', ['--filter', 'name=echo']],
    ['sh -c "echo $HOME"', ['sh', '-c', 'echo $HOME']],
    ['rm $(docker ps -aq)', ['rm', '$(docker ps -aq)']],
    ['-v "$(pwd)":/app', ['-v', '$(pwd):/app']],
    ['-v $(pwd):/app', ['-v', '$(pwd):/app']],
    ['echo `date +%s`', ['echo', '`date +%s`']],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell ${…} kept verbatim is the point.
    ['-v ${PWD}/data:/data', ['-v', '${PWD}/data:/data']],
    ['docker run -d \\\n  -p 80:80 nginx', ['docker', 'run', '-d', '-p', '80:80', 'nginx']],
    ['docker ps # all running', ['docker', 'ps']],
    ['a#b', ['a#b']],
    ['docker ps|wc -l', ['docker', 'ps', '|', 'wc', '-l']],
    ['docker save x > x.tar', ['docker', 'save', 'x', '>', 'x.tar']],
    ['docker ps && docker images', ['docker', 'ps', '&&', 'docker', 'images']],
    ['"|"', ['|']],
    ['docker ps\r\n', ['docker', 'ps', ';']],
    ['', []],
  ])('%j', (line, words) => {
    expect(splitShellWords(line)).toEqual(words);
  });

  it.each([
    ["docker run --name 'web", 'single quote'],
    ['docker run --name "web', 'double quote'],
    ['docker ps \\', 'backslash'],
    ['docker rm $(docker ps -aq', '$('],
    ['echo `date', 'backtick'],
  ])('%j is an error about the %s', (line, about) => {
    const result = splitShellWords(line);
    expect(result).toHaveProperty('error');
    expect(describeProblem((result as ParseError).error, 'en')).toContain(about);
  });
});
